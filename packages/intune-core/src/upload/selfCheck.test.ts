import { Readable } from 'node:stream'
import {
  encryptedLength,
  generateContentKeys,
  PayloadEncryptor,
  type EncryptionResult,
} from '../crypto/payloadEncryptor'
import { IntunePublishError } from '../errors'
import { selfCheck, type SelfCheckInput } from './selfCheck'

async function encrypt(plain: Buffer): Promise<EncryptionResult> {
  const enc = new PayloadEncryptor(generateContentKeys('selfcheck'))
  Readable.from([plain]).pipe(enc)
  for await (const _ of enc) void _
  return enc.result()
}

describe('selfCheck', () => {
  let good: SelfCheckInput
  beforeAll(async () => {
    const r = await encrypt(Buffer.alloc(1000, 7))
    good = {
      expectedSize: 1000,
      expectedEncryptedSize: encryptedLength(1000),
      uploadedBytes: encryptedLength(1000),
      mac: r.mac,
      encryption: r,
      info: r.info,
    }
  })

  it('passes every check for a consistent upload', () => {
    expect(selfCheck(good)).toEqual([
      'uploaded-size',
      'encrypted-size',
      'plain-size',
      'key-lengths',
      'profile',
      'mac-length',
      'mac-equality',
      'digest',
    ])
  })

  const failing: Array<[string, (i: SelfCheckInput) => SelfCheckInput]> = [
    ['uploaded-size', i => ({ ...i, uploadedBytes: i.uploadedBytes - 32 })],
    [
      'encrypted-size',
      i => ({
        ...i,
        expectedEncryptedSize: i.expectedEncryptedSize + 16,
        uploadedBytes: i.uploadedBytes + 16,
      }),
    ],
    ['plain-size', i => ({ ...i, encryption: { ...i.encryption!, plainLength: 999 } })],
    ['key-lengths', i => ({ ...i, info: { ...i.info, macKey: Buffer.alloc(16).toString('base64') } })],
    ['mac-length', i => ({ ...i, info: { ...i.info, mac: Buffer.alloc(31).toString('base64') } })],
    ['mac-equality', i => ({ ...i, mac: Buffer.alloc(32, 1) })],
    ['digest', i => ({ ...i, info: { ...i.info, fileDigest: Buffer.alloc(32).toString('base64') } })],
  ]
  it.each(failing)('names the failed check: %s', (name, spoil) => {
    let err: unknown
    try {
      selfCheck(spoil(good))
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(IntunePublishError)
    expect((err as IntunePublishError).code).toBe('COMMIT_FAILED')
    expect((err as IntunePublishError).message).toContain(`Self-check before commit failed (${name})`)
    expect((err as IntunePublishError).message).toContain("intune-publish's own mistake, not Intune's")
  })

  it('checks a .intunewin payload (no encryption result) by sizes and info alone', () => {
    const info = {
      encryptionKey: 'DJEo2ziC0uN+l+s8nHh4VnksXQASrhjba7zf0Mt7ew8=',
      macKey: '9WypcOiJlJsFwlsol5XZnYNSegDrZWVJVkT35xVfzfY=',
      initializationVector: 'edzn0Vy1x1H0+A5PbW32OA==',
      mac: '8C6fo4iNC8s4BciDpFGEcysggrtKNg0b5yEFn/ShIe0=',
      profileIdentifier: 'ProfileVersion1' as const,
      fileDigest: 'S+ZXJesMxhj1Opq2AWdJEZlmMJrElayFctjtlx3F/nE=',
      fileDigestAlgorithm: 'SHA256' as const,
    }
    expect(selfCheck({ expectedSize: 3078, expectedEncryptedSize: 3136, uploadedBytes: 3136, info })).toEqual(
      ['uploaded-size', 'encrypted-size', 'key-lengths', 'profile', 'mac-length'],
    )
  })
})
