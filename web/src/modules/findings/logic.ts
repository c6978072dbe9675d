// The findings pages' pure logic (tested in web/tests/findings.spec.ts).

/** The twelve registry file names of the cross-check contract. */
export const REGISTRY_FILES = [
  'cadres.csv', 'relatives.csv', 'declared_businesses.csv', 'enterprises.csv', 'enterprise_persons.csv',
  'contracts.csv', 'bids.csv', 'properties.csv', 'declared_properties.csv', 'travels.csv', 'declared_trips.csv',
  'side_job_approvals.csv',
] as const

/** The files that describe the cadres' own declarations (from the system or uploaded). */
export const DECLARATION_FILES = ['cadres.csv', 'relatives.csv', 'declared_businesses.csv', 'declared_properties.csv', 'declared_trips.csv', 'side_job_approvals.csv']

/** Pieces [start, end) of a file of `size` bytes sent `chunk` bytes at a time (one empty piece for an empty file). */
export function pieces(size: number, chunk: number): [number, number][] {
  if (chunk <= 0) throw new Error('chunk must be positive')
  if (size <= 0) return [[0, 0]]
  const out: [number, number][] = []
  for (let start = 0; start < size; start += chunk) out.push([start, Math.min(size, start + chunk)])
  return out
}

/** Splits chosen files into those the run takes and those it does not know (named in a message). */
export function sortFiles<T extends { name: string }>(files: T[]): { known: T[]; unknown: string[] } {
  const known: T[] = []
  const unknown: string[] = []
  const seen = new Set<string>()
  for (const f of files) {
    if ((REGISTRY_FILES as readonly string[]).includes(f.name) && !seen.has(f.name)) {
      known.push(f)
      seen.add(f.name)
    } else unknown.push(f.name)
  }
  return { known, unknown }
}

/** Whether a run is still moving (the page polls it). */
export function runMoving(state: string): boolean {
  return state === 'queued' || state === 'running'
}

/** Element Plus tag type of a severity. */
export function severityType(s: string): 'danger' | 'warning' | 'info' {
  return s === '高' ? 'danger' : s === '中' ? 'warning' : 'info'
}
