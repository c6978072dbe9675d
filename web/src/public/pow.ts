// Proof-of-work solver of the public report page (docs/modules/reports-api.md,
// "Proof of work"): find a counter n such that SHA-256(prefix ‖ decimal(n)) starts
// with at least `bits` zero bits. The prefix is hashed once; each attempt hashes only
// the counter's digits. Pure and synchronous: the page runs it in a Web Worker
// (pow.worker.ts) in slices so it can report progress; tests run it directly.
import { Sha256 } from './sha256'

const encoder = new TextEncoder()

/** Number of leading zero bits of a digest. */
export function leadingZeroBits(d: Uint8Array): number {
  let n = 0
  for (const b of d) {
    if (b === 0) {
      n += 8
      continue
    }
    return n + Math.clz32(b) - 24
  }
  return n
}

/** The digest of one attempt (also what the server recomputes). */
export function attemptDigest(prefix: string, nonce: number): Uint8Array {
  return new Sha256().update(encoder.encode(prefix + String(nonce))).digest()
}

export interface SliceResult {
  /** The counter that solves the puzzle, or null when none in this slice does. */
  nonce: number | null
  /** The next counter to try. */
  next: number
}

/** Tries counters start, start+1, … for at most `count` attempts. */
export function solveSlice(prefix: string, bits: number, start: number, count: number): SliceResult {
  const head = new Sha256().update(encoder.encode(prefix))
  const digits = new Uint8Array(20)
  const end = start + count
  for (let n = start; n < end; n++) {
    // decimal digits of n without allocating a string
    let len = 0
    let v = n
    do {
      digits[len++] = 48 + (v % 10)
      v = Math.floor(v / 10)
    } while (v > 0)
    digits.subarray(0, len).reverse()
    const d = Sha256.from(head).update(digits.subarray(0, len)).digest()
    if (leadingZeroBits(d) >= bits) return { nonce: n, next: n + 1 }
  }
  return { nonce: null, next: end }
}

/** Solves the puzzle completely (tests, and a fallback when workers are unavailable). */
export function solve(prefix: string, bits: number, start = 0): number {
  for (let next = start; ; ) {
    const r = solveSlice(prefix, bits, next, 4096)
    if (r.nonce !== null) return r.nonce
    next = r.next
  }
}

/** Expected attempts for `bits` zero bits, for the progress bar (it never reaches 100 % before the end). */
export function expectedAttempts(bits: number): number {
  return Math.pow(2, bits)
}

/** Progress shown for `tried` attempts: approaches 99 % smoothly, 100 % only when solved. */
export function progressPercent(tried: number, bits: number): number {
  const x = tried / expectedAttempts(bits)
  return Math.min(99, Math.floor(100 * (1 - Math.exp(-x))))
}
