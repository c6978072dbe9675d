// Runs the proof-of-work (pow.ts) in a Web Worker and reports progress; falls back to
// solving on the page in small slices (yielding between them) when workers are
// unavailable. Returns the nonce as the decimal string the server expects.
import { progressPercent, solveSlice } from './pow'

export function solveInBackground(salt: string, bits: number, onProgress: (pct: number) => void): Promise<string> {
  if (typeof Worker !== 'undefined') {
    return new Promise((resolve, reject) => {
      let worker: Worker
      try {
        worker = new Worker(new URL('./pow.worker.ts', import.meta.url), { type: 'module' })
      } catch (e) {
        solveOnPage(salt, bits, onProgress).then(resolve, reject)
        return
      }
      worker.onmessage = (ev: MessageEvent<{ type: string; tried?: number; nonce?: number }>) => {
        if (ev.data.type === 'progress') onProgress(progressPercent(ev.data.tried || 0, bits))
        else if (ev.data.type === 'done') {
          worker.terminate()
          onProgress(100)
          resolve(String(ev.data.nonce))
        }
      }
      worker.onerror = (ev) => {
        ev.preventDefault()
        worker.terminate()
        solveOnPage(salt, bits, onProgress).then(resolve, reject)
      }
      worker.postMessage({ prefix: salt, bits })
    })
  }
  return solveOnPage(salt, bits, onProgress)
}

async function solveOnPage(salt: string, bits: number, onProgress: (pct: number) => void): Promise<string> {
  let next = 0
  for (;;) {
    const r = solveSlice(salt, bits, next, 5000)
    if (r.nonce !== null) {
      onProgress(100)
      return String(r.nonce)
    }
    next = r.next
    onProgress(progressPercent(next, bits))
    await new Promise((res) => setTimeout(res, 0))
  }
}

/** Reads a chosen file as standard base64 (no data: prefix). */
export function fileBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const r = new FileReader()
    r.onload = () => {
      const s = String(r.result || '')
      resolve(s.slice(s.indexOf(',') + 1))
    }
    r.onerror = () => reject(r.error)
    r.readAsDataURL(file)
  })
}
