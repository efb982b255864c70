/**
 * CRC-32 (zip's polynomial) and zlib's crc32_combine. The outer zip's payload entry starts with the HMAC,
 * which is known only after the last byte of IV ‖ ciphertext went to disk; combining CRC(HMAC) with the
 * CRC computed while streaming gives the entry's CRC without reading the payload back.
 */
import * as zlib from 'node:zlib'

const POLY = 0xedb88320

let table: Uint32Array | undefined
function crcTable(): Uint32Array {
  if (table) return table
  table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? (c >>> 1) ^ POLY : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/** Plain table-driven CRC-32, for Node builds without zlib.crc32 (added in 20.15). */
export function crc32Js(buf: Uint8Array, prev = 0): number {
  const t = crcTable()
  let c = ~prev >>> 0
  for (let i = 0; i < buf.length; i++) c = t[(c ^ buf[i]!) & 0xff]! ^ (c >>> 8)
  return ~c >>> 0
}

type NativeCrc = (data: Uint8Array, value?: number) => number
const native = (zlib as unknown as { crc32?: NativeCrc }).crc32

/** CRC-32 of `buf`, continuing from `prev` (the CRC of the bytes before it). */
export function crc32(buf: Uint8Array, prev = 0): number {
  return native ? native(buf, prev) >>> 0 : crc32Js(buf, prev)
}

/** a(x)·b(x) mod p(x), in the reflected bit order CRC-32 uses (zlib's multmodp). */
function multModP(a: number, b: number): number {
  let m = 0x80000000
  let p = 0
  for (;;) {
    if ((a & m) !== 0) {
      p = (p ^ b) >>> 0
      if ((a & (m - 1)) === 0) break
    }
    m >>>= 1
    b = b & 1 ? ((b >>> 1) ^ POLY) >>> 0 : b >>> 1
  }
  return p >>> 0
}

let x2n: number[] | undefined
/** x^(2^k) mod p(x) for k = 0..31. */
function x2nTable(): number[] {
  if (x2n) return x2n
  x2n = []
  let p = 0x40000000 // x^1
  x2n.push(p)
  for (let n = 1; n < 32; n++) x2n.push((p = multModP(p, p)))
  return x2n
}

/** x^(n·2^k) mod p(x); n may exceed 2^32 (payloads past 4 GiB), so no bit shifts on it. */
function x2nModP(n: number, k: number): number {
  const t = x2nTable()
  let p = 0x80000000 // x^0
  while (n > 0) {
    if (n % 2 === 1) p = multModP(t[k & 31]!, p)
    n = Math.floor(n / 2)
    k++
  }
  return p
}

/** CRC-32 of A ‖ B from crc(A), crc(B) and B's length: zlib's crc32_combine64. */
export function crc32Combine(crcA: number, crcB: number, lengthB: number): number {
  if (!Number.isSafeInteger(lengthB) || lengthB < 0) throw new RangeError(`bad length ${lengthB}`)
  return (multModP(x2nModP(lengthB, 3), crcA >>> 0) ^ (crcB >>> 0)) >>> 0
}
