// Pure helpers of the co-construction pages (tested in tests/coop.spec.ts).

/** The feedback items of a return visit, in the order of the form (dictionary coop.feedback_item). */
export const FEEDBACK_ITEMS = ['integrity', 'service', 'efficiency', 'rules', 'coop'] as const
export type FeedbackItem = (typeof FEEDBACK_ITEMS)[number]

/** A SHA-256 fingerprint in groups of four hex digits, as read aloud over the phone to compare. */
export function groupFingerprint(fp: string | null | undefined, groups = 16): string {
  if (!fp) return ''
  const g = fp.toLowerCase().match(/.{1,4}/g) ?? []
  return g.slice(0, groups).join(' ') + (g.length > groups ? ' …' : '')
}

/** Names typed one a line (or separated by 、，,;；) → the list, blanks dropped. */
export function splitNames(text: string): string[] {
  return text
    .split(/[\n、，,;；]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
}

/** The first feedback item without a score 1..5, or null when the form is complete. */
export function firstUnscored(scores: Record<string, number | undefined>): FeedbackItem | null {
  for (const item of FEEDBACK_ITEMS) {
    const s = scores[item]
    if (s === undefined || !Number.isInteger(s) || s < 1 || s > 5) return item
  }
  return null
}

/** An average score shown with two decimals, or '—' when there is none. */
export function formatScore(v: number | null | undefined): string {
  return v === null || v === undefined ? '—' : v.toFixed(2)
}
