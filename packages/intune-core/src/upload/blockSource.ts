/**
 * What the uploader reads blocks from. A source is described up front (by the package reader or the
 * orchestrator) and opened by the uploader once block size and concurrency are known.
 */
import type { EncryptionResult } from '../crypto/payloadEncryptor'

export interface SourceBlock {
  /** Position in the block list (block id index); upload order may differ. */
  index: number
  /** The bytes; a view into a pooled buffer or a small standalone buffer. */
  data: Buffer
  /** Gives the buffer back; call once, after the block is safely stored. */
  release(): void
}

export interface BlockReader {
  /** The next block in upload order, or undefined at the end. Safe to call concurrently. */
  next(): Promise<SourceBlock | undefined>
  /** For encrypting sources, once every block was read: the HMAC, digest and commit info. */
  encryption(): EncryptionResult | undefined
  /** Stops reading and frees the file/stream; idempotent. */
  close(): Promise<void>
  /** The reader's block buffers: their size, and the most alive at once (the memory bound tests assert). */
  readonly pool: BufferStats
}

export interface BufferStats {
  readonly bufferSize: number
  readonly maxLive: number
}

export interface BlockSource {
  readonly kind: 'file' | 'stream'
  /** The blob's length in bytes when known before reading (drives block-count checks and progress). */
  readonly length?: number
  /** Of `length`, the bytes cut into blockSize blocks (the rest are `extraBlocks` small blocks). */
  readonly dataLength?: number
  /** Blocks beyond `ceil(dataLength / blockSize)`, e.g. the HMAC block of an encrypted payload. */
  readonly extraBlocks: number
  open(settings: { blockSize: number; buffers: number }): Promise<BlockReader>
}
