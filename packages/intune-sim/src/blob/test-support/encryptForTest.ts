import { createCipheriv, createHash, createHmac, randomBytes } from 'node:crypto'

/** Test-only: encrypts `plain` as Intune clients do (ProfileVersion1), with the commit's fileEncryptionInfo. */
export function encryptForTest(plain: Buffer): {
  blob: Buffer
  size: number
  encryptionInfo: Record<string, string>
} {
  const key = randomBytes(32)
  const macKey = randomBytes(32)
  const iv = randomBytes(16)
  const c = createCipheriv('aes-256-cbc', key, iv)
  const body = Buffer.concat([iv, c.update(plain), c.final()])
  const mac = createHmac('sha256', macKey).update(body).digest()
  return {
    blob: Buffer.concat([mac, body]),
    size: plain.length,
    encryptionInfo: {
      encryptionKey: key.toString('base64'),
      macKey: macKey.toString('base64'),
      initializationVector: iv.toString('base64'),
      mac: mac.toString('base64'),
      profileIdentifier: 'ProfileVersion1',
      fileDigest: createHash('sha256').update(plain).digest('base64'),
      fileDigestAlgorithm: 'SHA256',
    },
  }
}
