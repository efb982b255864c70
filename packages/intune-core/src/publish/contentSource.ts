/**
 * What goes into the content file: sizes Intune must be told before the upload starts, and how to
 * produce the blob. Intune wants `size` and `sizeEncrypted` when the file entity is created, so every
 * kind knows its sizes up front (for an on-the-fly folder package that takes a counting pass first).
 */
import type { Readable } from 'node:stream'
import type { FileEncryptionInfo } from '../packages/types'

export type ContentSource =
  /** A .intunewin's inner payload, uploaded unchanged. */
  | {
      kind: 'fileRange'
      path: string
      offset: number
      length: number
      size: number
      info: FileEncryptionInfo
    }
  /** A file we encrypt while uploading. */
  | { kind: 'encryptFile'; path: string; size: number }
  /** An already-encrypting stream (IV ‖ ciphertext) whose HMAC and info arrive at the end. */
  | {
      kind: 'encryptedStream'
      size: number
      sizeEncrypted: number
      open: () => { stream: Readable; done: Promise<{ mac: Buffer; info: FileEncryptionInfo }> }
    }
