/**
 * What Intune must check when a content file is committed (graph-upload-protocol §5, §11; intunewin-format §3):
 * the uploaded blob is `[HMAC-SHA256(macKey, IV‖ciphertext)][IV][AES-256-CBC/PKCS7 ciphertext]` and matches the
 * commit's fileEncryptionInfo and the file's declared sizes. For a Win32 app the plaintext is then opened as
 * a zip with the structural checks of innerZipCheck.ts (docs/simulator.md). One streaming pass, bounded memory.
 */
import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto'
import type { OpenedBlob } from './blobStore'
import { InnerZipCheck, type InnerZipProblem } from './innerZipCheck'

export type CommitCheckCode =
  | 'EncryptionInfoInvalid'
  | 'BlobMissing'
  | 'BlobNotCommitted'
  | 'SizeEncryptedMismatch'
  | 'IvMismatch'
  | 'MacMismatch'
  | 'HmacMismatch'
  | 'DecryptFailed'
  | 'SizeMismatch'
  | 'DigestMismatch'
  | InnerZipProblem['code']

export type CommitCheckResult = { ok: true } | { ok: false; code: CommitCheckCode; reason: string }

export interface CommitExpectation {
  /** Declared plaintext size (mobileAppContentFile.size). */
  size: number
  /** Declared blob size (mobileAppContentFile.sizeEncrypted). */
  sizeEncrypted: number
  /** The commit body's fileEncryptionInfo, as received. */
  encryptionInfo: unknown
  /** A Win32 app's content: the plaintext must also be a zip shaped as IntuneWinAppUtil writes it. */
  win32?: boolean
}

interface Keys {
  key: Buffer
  macKey: Buffer
  iv: Buffer
  mac: Buffer
  digest: Buffer
}

const fail = (code: CommitCheckCode, reason: string): CommitCheckResult => ({ ok: false, code, reason })

function readKeys(info: unknown): Keys | string {
  if (typeof info !== 'object' || info === null) return 'fileEncryptionInfo is missing'
  const o = info as Record<string, unknown>
  if (o.profileIdentifier !== 'ProfileVersion1') return 'profileIdentifier must be ProfileVersion1'
  if (o.fileDigestAlgorithm !== 'SHA256') return 'fileDigestAlgorithm must be SHA256'
  const fields: [keyof Keys, string, number][] = [
    ['key', 'encryptionKey', 32],
    ['macKey', 'macKey', 32],
    ['iv', 'initializationVector', 16],
    ['mac', 'mac', 32],
    ['digest', 'fileDigest', 32],
  ]
  const keys: Partial<Keys> = {}
  for (const [k, name, len] of fields) {
    const v = o[name]
    if (typeof v !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(v)) return `${name} must be a base64 string`
    const bytes = Buffer.from(v, 'base64')
    if (bytes.length !== len) return `${name} must be ${len} bytes (got ${bytes.length})`
    keys[k] = bytes
  }
  return keys as Keys
}

export async function verifyCommittedBlob(
  blob: OpenedBlob | undefined,
  expected: CommitExpectation,
): Promise<CommitCheckResult> {
  const keys = readKeys(expected.encryptionInfo)
  if (typeof keys === 'string') {
    blob?.stream.destroy()
    return fail('EncryptionInfoInvalid', keys)
  }
  if (!blob) return fail('BlobMissing', 'no blob was uploaded to the file’s storage URI')
  const early = (code: CommitCheckCode, reason: string): CommitCheckResult => {
    blob.stream.destroy()
    return fail(code, reason)
  }
  if (blob.committedBlocks === 0)
    return early('BlobNotCommitted', 'the blob was not committed with Put Block List')
  if (blob.size !== expected.sizeEncrypted)
    return early(
      'SizeEncryptedMismatch',
      `blob is ${blob.size} bytes but sizeEncrypted is ${expected.sizeEncrypted}`,
    )
  if (blob.size < 64)
    return early('DecryptFailed', `blob of ${blob.size} bytes is too short to hold HMAC, IV and data`)

  const hmac = createHmac('sha256', keys.macKey)
  const sha = createHash('sha256')
  let header = Buffer.alloc(0)
  let decipher: ReturnType<typeof createDecipheriv> | undefined
  let plainLength = 0
  const zip = expected.win32 ? new InnerZipCheck() : undefined
  const eat = (plain: Buffer): void => {
    plainLength += plain.length
    sha.update(plain)
    zip?.feed(plain)
  }
  try {
    for await (const chunk of blob.stream as AsyncIterable<Buffer>) {
      let data = chunk
      if (!decipher) {
        header = Buffer.concat([header, data])
        if (header.length < 48) continue
        const iv = header.subarray(32, 48)
        if (!iv.equals(keys.iv))
          return early('IvMismatch', 'blob bytes 32..48 differ from initializationVector')
        if (!header.subarray(0, 32).equals(keys.mac))
          return early('MacMismatch', 'blob bytes 0..32 differ from mac')
        hmac.update(iv)
        decipher = createDecipheriv('aes-256-cbc', keys.key, iv)
        data = header.subarray(48)
      }
      hmac.update(data)
      eat(decipher.update(data))
    }
    if (!decipher) return fail('DecryptFailed', 'blob ended before its 48-byte header')
    if (!timingSafeEqual(hmac.digest(), keys.mac))
      return fail(
        'HmacMismatch',
        'HMAC-SHA256(macKey, IV‖ciphertext) does not match mac: content altered or MAC computed over other bytes',
      )
    eat(decipher.final())
  } catch (err) {
    blob.stream.destroy()
    return fail('DecryptFailed', `AES-256-CBC decryption failed: ${(err as Error).message}`)
  }
  if (plainLength !== expected.size)
    return fail('SizeMismatch', `decrypted content is ${plainLength} bytes but size is ${expected.size}`)
  if (!sha.digest().equals(keys.digest))
    return fail('DigestMismatch', 'SHA-256 of the decrypted content does not match fileDigest')
  const problem = zip?.finish()
  if (problem) return fail(problem.code, problem.reason)
  return { ok: true }
}
