/**
 * Checks a .intunewin's encrypted payload against its own Detection.xml while the bytes stream past (the
 * upload reads them anyway): the HMAC leading the blob and the Mac, the HMAC over IV ‖ ciphertext, the
 * decrypted length and SHA-256 (FileDigest). Intune checks the same at commit and answers a bare
 * commitFileFailed; this names the file and what is wrong before anything is committed.
 * The caller feeds the bytes in order (fileRangeSource orders its parallel reads); nothing is copied.
 */
import { createDecipheriv, createHash, createHmac, timingSafeEqual } from 'node:crypto'
import { HEADER_LENGTH, IV_LENGTH, MAC_LENGTH } from '../../crypto/payloadEncryptor'
import { packageInvalid } from '../packageErrors'
import type { FileEncryptionInfo } from '../types'

export interface PayloadVerifier {
  /** Hashes the next bytes of the blob, in order. */
  feed(data: Buffer): void
  /** Throws PACKAGE_INVALID naming the file when the payload and Detection.xml disagree. */
  finish(): void
}

export function payloadVerifier(
  file: string,
  info: FileEncryptionInfo,
  unencryptedSize: number,
): PayloadVerifier {
  const b64 = (v: string): Buffer => Buffer.from(v, 'base64')
  const macKey = b64(info.macKey)
  const hmac = createHmac('sha256', macKey)
  const digest = createHash('sha256')
  const header = Buffer.alloc(HEADER_LENGTH)
  let headerFill = 0
  let decipher: ReturnType<typeof createDecipheriv> | undefined
  let plain = 0
  let broken: string | undefined

  const consume = (data: Buffer): void => {
    let rest = data
    if (headerFill < HEADER_LENGTH) {
      const take = Math.min(HEADER_LENGTH - headerFill, rest.length)
      rest.copy(header, headerFill, 0, take)
      headerFill += take
      rest = rest.subarray(take)
      if (headerFill < HEADER_LENGTH) return
      const iv = header.subarray(MAC_LENGTH)
      hmac.update(iv)
      try {
        decipher = createDecipheriv('aes-256-cbc', b64(info.encryptionKey), iv)
      } catch {
        broken = 'its EncryptionKey is not an AES-256 key'
        return
      }
    }
    if (!rest.length || !decipher) return
    hmac.update(rest)
    const out = decipher.update(rest)
    plain += out.length
    digest.update(out)
  }

  return {
    feed(data) {
      if (!broken) consume(data)
    },
    finish() {
      if (!broken && decipher) {
        try {
          const out = decipher.final()
          plain += out.length
          digest.update(out)
        } catch {
          broken = 'its payload does not decrypt with its EncryptionKey (bad padding)'
        }
      }
      if (!broken && headerFill < HEADER_LENGTH) broken = `its payload is shorter than ${HEADER_LENGTH} bytes`
      const mac = hmac.digest()
      if (!broken && !timingSafeEqual(mac, header.subarray(0, MAC_LENGTH)))
        broken = 'its payload was altered: the HMAC over IV and ciphertext does not match the one it carries'
      if (!broken && !b64(info.mac).equals(header.subarray(0, MAC_LENGTH)))
        broken = "its payload's HMAC differs from Detection.xml's Mac"
      if (
        !broken &&
        !b64(info.initializationVector).equals(header.subarray(MAC_LENGTH, MAC_LENGTH + IV_LENGTH))
      )
        broken = "its payload's IV differs from Detection.xml's InitializationVector"
      if (!broken && plain !== unencryptedSize)
        broken = `its payload decrypts to ${plain} bytes, not the UnencryptedContentSize ${unencryptedSize}`
      if (!broken && !digest.digest().equals(b64(info.fileDigest)))
        broken = "its payload's SHA-256 does not match Detection.xml's FileDigest"
      if (broken) {
        throw packageInvalid(
          file,
          `${broken}; nothing was committed`,
          'The .intunewin was altered or damaged after it was made: package it again (IntuneWinAppUtil or --source).',
        )
      }
    },
  }
}
