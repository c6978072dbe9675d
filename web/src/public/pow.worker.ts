// Web Worker that solves the public page's proof-of-work (pow.ts) off the main thread.
// In:  {prefix, bits}
// Out: {type: 'progress', tried} every slice, then {type: 'done', nonce}.
import { solveSlice } from './pow'

const SLICE = 20000

self.onmessage = (ev: MessageEvent<{ prefix: string; bits: number }>) => {
  const { prefix, bits } = ev.data
  let next = 0
  for (;;) {
    const r = solveSlice(prefix, bits, next, SLICE)
    if (r.nonce !== null) {
      ;(self as unknown as Worker).postMessage({ type: 'done', nonce: r.nonce })
      return
    }
    next = r.next
    ;(self as unknown as Worker).postMessage({ type: 'progress', tried: next })
  }
}
