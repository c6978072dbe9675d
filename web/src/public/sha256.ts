// SHA-256 (FIPS 180-4) over bytes, synchronous, written for the public report page's
// proof-of-work: WebCrypto's digest() is asynchronous, and awaiting it per attempt
// costs more than the hash itself. Not constant-time and not meant for secrets — the
// proof-of-work hashes only public data (the server's challenge and a counter).
//
// Contract: sha256(bytes) -> 32-byte digest. Sha256 keeps a reusable state so a
// solver can hash a fixed prefix once and then only the changing tail
// (Sha256.from(prefixState).update(tail).digest()).

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
])

const INIT = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19]

const W = new Uint32Array(64) // message schedule, shared (the page is single-threaded per worker)

function rotr(x: number, n: number): number {
  return (x >>> n) | (x << (32 - n))
}

/** Runs the compression function over the 64-byte block at `block[off..off+64)`. */
function compress(h: Uint32Array, block: Uint8Array, off: number): void {
  for (let i = 0; i < 16; i++) {
    const j = off + i * 4
    W[i] = (block[j] << 24) | (block[j + 1] << 16) | (block[j + 2] << 8) | block[j + 3]
  }
  for (let i = 16; i < 64; i++) {
    const w15 = W[i - 15]
    const w2 = W[i - 2]
    const s0 = rotr(w15, 7) ^ rotr(w15, 18) ^ (w15 >>> 3)
    const s1 = rotr(w2, 17) ^ rotr(w2, 19) ^ (w2 >>> 10)
    W[i] = (W[i - 16] + s0 + W[i - 7] + s1) | 0
  }
  let a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7]
  for (let i = 0; i < 64; i++) {
    const S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)
    const ch = (e & f) ^ (~e & g)
    const t1 = (k + S1 + ch + K[i] + W[i]) | 0
    const S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)
    const maj = (a & b) ^ (a & c) ^ (b & c)
    const t2 = (S0 + maj) | 0
    k = g
    g = f
    f = e
    e = (d + t1) | 0
    d = c
    c = b
    b = a
    a = (t1 + t2) | 0
  }
  h[0] = (h[0] + a) | 0
  h[1] = (h[1] + b) | 0
  h[2] = (h[2] + c) | 0
  h[3] = (h[3] + d) | 0
  h[4] = (h[4] + e) | 0
  h[5] = (h[5] + f) | 0
  h[6] = (h[6] + g) | 0
  h[7] = (h[7] + k) | 0
}

export class Sha256 {
  private h = new Uint32Array(INIT)
  private buf = new Uint8Array(64)
  private bufLen = 0
  private total = 0 // bytes hashed so far

  /** A copy of another hash's running state (for hashing a shared prefix once). */
  static from(other: Sha256): Sha256 {
    const s = new Sha256()
    s.h.set(other.h)
    s.buf.set(other.buf)
    s.bufLen = other.bufLen
    s.total = other.total
    return s
  }

  update(data: Uint8Array): this {
    let i = 0
    this.total += data.length
    if (this.bufLen > 0) {
      const take = Math.min(64 - this.bufLen, data.length)
      this.buf.set(data.subarray(0, take), this.bufLen)
      this.bufLen += take
      i = take
      if (this.bufLen < 64) return this
      compress(this.h, this.buf, 0)
      this.bufLen = 0
    }
    for (; i + 64 <= data.length; i += 64) compress(this.h, data, i)
    if (i < data.length) {
      this.buf.set(data.subarray(i), 0)
      this.bufLen = data.length - i
    }
    return this
  }

  /** Finishes the hash (the object must not be updated afterwards). */
  digest(): Uint8Array {
    const bits = this.total * 8
    const pad = new Uint8Array(this.bufLen < 56 ? 64 - this.bufLen : 128 - this.bufLen)
    pad[0] = 0x80
    // 64-bit big-endian length; messages here are far below 2^53 bits.
    const hi = Math.floor(bits / 0x100000000)
    const lo = bits >>> 0
    const n = pad.length
    pad[n - 8] = hi >>> 24
    pad[n - 7] = (hi >>> 16) & 0xff
    pad[n - 6] = (hi >>> 8) & 0xff
    pad[n - 5] = hi & 0xff
    pad[n - 4] = lo >>> 24
    pad[n - 3] = (lo >>> 16) & 0xff
    pad[n - 2] = (lo >>> 8) & 0xff
    pad[n - 1] = lo & 0xff
    const total = this.total
    this.update(pad)
    this.total = total
    const out = new Uint8Array(32)
    for (let i = 0; i < 8; i++) {
      out[i * 4] = this.h[i] >>> 24
      out[i * 4 + 1] = (this.h[i] >>> 16) & 0xff
      out[i * 4 + 2] = (this.h[i] >>> 8) & 0xff
      out[i * 4 + 3] = this.h[i] & 0xff
    }
    return out
  }
}

export function sha256(data: Uint8Array): Uint8Array {
  return new Sha256().update(data).digest()
}

export function toHex(bytes: Uint8Array): string {
  let s = ''
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return s
}
