import { createDecipheriv, createHash, createHmac } from 'node:crypto'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { encryptedLength, generateContentKeys, HEADER_LENGTH, PayloadEncryptor } from './payloadEncryptor'

async function encrypt(plain: Buffer, chunk = 7000) {
  const keys = generateContentKeys()
  const enc = new PayloadEncryptor(keys)
  const parts: Buffer[] = []
  const src = Readable.from(
    (function* () {
      for (let i = 0; i < plain.length; i += chunk) yield plain.subarray(i, i + chunk)
    })(),
  )
  await pipeline(src, enc, async (s: AsyncIterable<Buffer>) => {
    for await (const c of s) parts.push(c)
  })
  const r = enc.result()
  return { keys, blob: Buffer.concat([r.mac, ...parts]), r }
}

describe('PayloadEncryptor', () => {
  it.each([0, 1, 15, 16, 17, 100_000])('produces a blob Intune can verify for %i bytes', async n => {
    const plain = Buffer.alloc(n, 0).map((_, i) => (i * 31) % 251)
    const { keys, blob, r } = await encrypt(Buffer.from(plain))
    expect(blob.length).toBe(encryptedLength(n))
    expect(r.blobLength).toBe(blob.length)
    // HMAC covers IV ‖ ciphertext, and leads the blob.
    const mac = createHmac('sha256', keys.macKey).update(blob.subarray(32)).digest()
    expect(blob.subarray(0, 32).equals(mac)).toBe(true)
    expect(blob.subarray(32, 48).equals(keys.iv)).toBe(true)
    const d = createDecipheriv('aes-256-cbc', keys.encryptionKey, keys.iv)
    const back = Buffer.concat([d.update(blob.subarray(HEADER_LENGTH)), d.final()])
    expect(back.equals(Buffer.from(plain))).toBe(true)
    expect(r.info.fileDigest).toBe(createHash('sha256').update(Buffer.from(plain)).digest('base64'))
    expect(r.info.mac).toBe(mac.toString('base64'))
  })

  it('matches the layout of a Microsoft-made .intunewin (same sizes for the same plaintext)', () => {
    const inner = readFileSync(
      resolve(__dirname, '../../../../../shared/fixtures/intunewin/msft-1.4.0.0-sample.expected-inner.zip'),
    )
    // FIXTURES.md: UnencryptedContentSize 3078, encrypted 3136 B.
    expect(inner.length).toBe(3078)
    expect(encryptedLength(inner.length)).toBe(3136)
  })

  it('derives the same keys from the same seed and different ones otherwise', () => {
    const a = generateContentKeys('seed-1')
    expect(generateContentKeys('seed-1').encryptionKey.equals(a.encryptionKey)).toBe(true)
    expect(generateContentKeys('seed-2').encryptionKey.equals(a.encryptionKey)).toBe(false)
    expect(generateContentKeys().macKey.equals(generateContentKeys().macKey)).toBe(false)
  })
})
