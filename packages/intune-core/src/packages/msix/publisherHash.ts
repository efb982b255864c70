import { createHash } from 'node:crypto'

const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz'

/**
 * The package-family publisher id: SHA-256 of the UTF-16LE publisher, first 8 bytes as 64 bits plus one zero
 * pad bit, read as 13 groups of 5 bits. `CN=Microsoft Corporation, O=..., C=US` gives 8wekyb3d8bbwe.
 */
export function publisherHash(publisher: string): string {
  const digest = createHash('sha256').update(Buffer.from(publisher, 'utf16le')).digest()
  let bits = ''
  for (const byte of digest.subarray(0, 8)) bits += byte.toString(2).padStart(8, '0')
  bits += '0'
  let out = ''
  for (let i = 0; i < 65; i += 5) out += ALPHABET[parseInt(bits.slice(i, i + 5), 2)]
  return out
}
