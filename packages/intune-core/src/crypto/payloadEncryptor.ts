/**
 * Intune's content encryption (ProfileVersion1), as one streaming pass:
 *   blob = HMAC-SHA256(macKey, IV ‖ ciphertext) ‖ IV ‖ AES-256-CBC-PKCS7(key, IV, plaintext)
 * and fileDigest = SHA-256(plaintext).
 *
 * The HMAC leads the blob but is known only at the end, so this transform emits the blob from byte 32
 * on (IV, then ciphertext) and hands the HMAC over afterwards through `result()`. Callers place it
 * first: the uploader as its own block listed first, the packager by writing it back at offset 0.
 */
import {
  createCipheriv,
  createHash,
  createHmac,
  randomBytes,
  type Cipher,
  type Hash,
  type Hmac,
} from 'node:crypto'
import { Transform, type TransformCallback } from 'node:stream'
import type { FileEncryptionInfo } from '../packages/types'

export const MAC_LENGTH = 32
export const IV_LENGTH = 16
/** Bytes before the ciphertext: HMAC then IV. */
export const HEADER_LENGTH = MAC_LENGTH + IV_LENGTH

export interface ContentKeys {
  encryptionKey: Buffer
  macKey: Buffer
  iv: Buffer
}

export interface EncryptionResult {
  /** HMAC-SHA256 over IV ‖ ciphertext: the blob's first 32 bytes. */
  mac: Buffer
  /** SHA-256 of the plaintext. */
  digest: Buffer
  plainLength: number
  /** Length of the whole blob, HMAC included. */
  blobLength: number
  info: FileEncryptionInfo
}

/**
 * Fresh random keys, or deterministic ones from a seed (reproducible packages and tests). A seed gives
 * no secrecy: anyone with the seed has the keys, so the packager only uses it when asked.
 */
export function generateContentKeys(seed?: string): ContentKeys {
  if (seed === undefined) {
    return { encryptionKey: randomBytes(32), macKey: randomBytes(32), iv: randomBytes(IV_LENGTH) }
  }
  const derive = (label: string, len: number) =>
    createHash('sha256').update(`intune-publish:${label}:${seed}`).digest().subarray(0, len)
  return { encryptionKey: derive('key', 32), macKey: derive('mac', 32), iv: derive('iv', IV_LENGTH) }
}

/** Blob length for a plaintext of n bytes: PKCS7 always adds 1–16 bytes. */
export function encryptedLength(plainLength: number): number {
  return HEADER_LENGTH + 16 * (Math.floor(plainLength / 16) + 1)
}

export function toEncryptionInfo(keys: ContentKeys, mac: Buffer, digest: Buffer): FileEncryptionInfo {
  return {
    encryptionKey: keys.encryptionKey.toString('base64'),
    macKey: keys.macKey.toString('base64'),
    initializationVector: keys.iv.toString('base64'),
    mac: mac.toString('base64'),
    profileIdentifier: 'ProfileVersion1',
    fileDigest: digest.toString('base64'),
    fileDigestAlgorithm: 'SHA256',
  }
}

/** Plaintext in; IV ‖ ciphertext out. Call `result()` after the stream has finished. */
export class PayloadEncryptor extends Transform {
  private readonly cipher: Cipher
  private readonly hmac: Hmac
  private readonly sha: Hash
  private plainLength = 0
  private outcome?: EncryptionResult

  constructor(private readonly keys: ContentKeys) {
    super()
    this.cipher = createCipheriv('aes-256-cbc', keys.encryptionKey, keys.iv)
    this.hmac = createHmac('sha256', keys.macKey)
    this.sha = createHash('sha256')
    this.hmac.update(keys.iv)
    this.push(keys.iv)
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.plainLength += chunk.length
    this.sha.update(chunk)
    const out = this.cipher.update(chunk)
    if (out.length) {
      this.hmac.update(out)
      this.push(out)
    }
    done()
  }

  override _flush(done: TransformCallback): void {
    const last = this.cipher.final()
    this.hmac.update(last)
    this.push(last)
    const mac = this.hmac.digest()
    const digest = this.sha.digest()
    this.outcome = {
      mac,
      digest,
      plainLength: this.plainLength,
      blobLength: encryptedLength(this.plainLength),
      info: toEncryptionInfo(this.keys, mac, digest),
    }
    done()
  }

  /** The HMAC, digest and commit info; only valid once the stream has ended. */
  result(): EncryptionResult {
    if (!this.outcome) throw new Error('PayloadEncryptor.result() called before the stream ended')
    return this.outcome
  }
}
