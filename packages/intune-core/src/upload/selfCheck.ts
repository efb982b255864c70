/**
 * The last look before commit: do the sizes, the MAC and the digest we are about to send agree with the bytes we
 * uploaded? Intune answers a mismatch with a bare commitFileFailed minutes later; this names the one check that
 * failed, right away, as our own mistake.
 */
import { encryptedLength, IV_LENGTH, MAC_LENGTH, type EncryptionResult } from '../crypto/payloadEncryptor'
import { IntunePublishError, ErrorCodes } from '../errors'
import type { FileEncryptionInfo } from '../packages/types'

export interface SelfCheckInput {
  /** `size` of the content file: plaintext length. */
  expectedSize: number
  /** `sizeEncrypted` of the content file: the blob length. */
  expectedEncryptedSize: number
  /** What the uploader stored (UploadStats.bytesUploaded). */
  uploadedBytes: number
  /** The 32 bytes uploaded as the blob's first block (UploadStats.mac), for payloads we encrypted. */
  mac?: Buffer
  /** What the encryptor computed (UploadStats.encryption), for payloads we encrypted. */
  encryption?: EncryptionResult
  /** The fileEncryptionInfo about to be committed. */
  info: FileEncryptionInfo
}

export type SelfCheckName =
  | 'uploaded-size'
  | 'encrypted-size'
  | 'plain-size'
  | 'key-lengths'
  | 'profile'
  | 'mac-length'
  | 'mac-equality'
  | 'digest'

/** Throws COMMIT_FAILED naming the first check that fails; returns the names of the checks that passed. */
export function selfCheck(input: SelfCheckInput): SelfCheckName[] {
  const passed: SelfCheckName[] = []
  const check = (name: SelfCheckName, ok: boolean, detail: () => string) => {
    if (!ok) {
      throw new IntunePublishError(
        ErrorCodes.CommitFailed,
        `Self-check before commit failed (${name}): ${detail()}. This is intune-publish's own mistake, not Intune's; nothing was committed.`,
        { fix: 'Please report it with this message; re-running will not help.' },
      )
    }
    passed.push(name)
  }
  const { info } = input
  const b64 = (v: string) => Buffer.from(v ?? '', 'base64')
  check(
    'uploaded-size',
    input.uploadedBytes === input.expectedEncryptedSize,
    () => `uploaded ${input.uploadedBytes} bytes but sizeEncrypted is ${input.expectedEncryptedSize}`,
  )
  check(
    'encrypted-size',
    input.expectedEncryptedSize === encryptedLength(input.expectedSize),
    () =>
      `sizeEncrypted ${input.expectedEncryptedSize} does not fit size ${input.expectedSize} (expected ${encryptedLength(input.expectedSize)})`,
  )
  if (input.encryption) {
    const plain = input.encryption.plainLength
    check(
      'plain-size',
      plain === input.expectedSize,
      () => `encrypted ${plain} bytes but size is ${input.expectedSize}`,
    )
  }
  const lengths: Array<[string, number, number]> = [
    ['encryptionKey', b64(info.encryptionKey).length, 32],
    ['macKey', b64(info.macKey).length, 32],
    ['initializationVector', b64(info.initializationVector).length, IV_LENGTH],
    ['fileDigest', b64(info.fileDigest).length, 32],
  ]
  const bad = lengths.find(([, got, want]) => got !== want)
  check('key-lengths', !bad, () => `${bad?.[0]} decodes to ${bad?.[1]} bytes, not ${bad?.[2]}`)
  check(
    'profile',
    info.profileIdentifier === 'ProfileVersion1' && info.fileDigestAlgorithm === 'SHA256',
    () => `profile ${info.profileIdentifier}/${info.fileDigestAlgorithm}, expected ProfileVersion1/SHA256`,
  )
  const mac = b64(info.mac)
  check(
    'mac-length',
    mac.length === MAC_LENGTH,
    () => `mac decodes to ${mac.length} bytes, not ${MAC_LENGTH}`,
  )
  const uploadedMac = input.mac ?? input.encryption?.mac
  if (uploadedMac) {
    check(
      'mac-equality',
      uploadedMac.equals(mac),
      () => 'the HMAC uploaded first in the blob differs from the commit mac',
    )
  }
  if (input.encryption) {
    check(
      'digest',
      input.encryption.digest.equals(b64(info.fileDigest)),
      () => 'fileDigest differs from the SHA-256 of the plaintext that was encrypted',
    )
  }
  return passed
}
