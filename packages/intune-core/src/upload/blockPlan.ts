/**
 * Block ids and block-count arithmetic for Azure block blobs.
 * The service wants every id of one blob to have the same length and at most 50,000 blocks; the observed
 * Intune SAS (`sv=2017-04-17`) caps a block at 100 MiB. An id is `blk-` + 6 digits of the block's index +
 * `-` + 24 hex digits of the SHA-256 of its bytes (35 bytes, base64 48 characters): it never changes width
 * the way the references' `0000` ids do at block 10,000, and it says what the block holds, so a resumed
 * upload can tell from storage's uncommitted block list which blocks are already there and unchanged.
 */
import { createHash } from 'node:crypto'
import { inputError } from '../errors'

export const MiB = 1024 * 1024
export const MAX_BLOCK_SIZE = 100 * MiB
export const MAX_BLOCKS = 50_000
export const MAX_CONCURRENCY = 64

/** The base64 block id for a block's position in the block list and its bytes. */
export function blockId(index: number, data: Uint8Array): string {
  if (!Number.isInteger(index) || index < 0 || index >= MAX_BLOCKS) {
    throw new RangeError(`block index ${index} is outside 0..${MAX_BLOCKS - 1}`)
  }
  const digest = createHash('sha256').update(data).digest('hex').slice(0, 24)
  return Buffer.from(`blk-${String(index).padStart(6, '0')}-${digest}`, 'ascii').toString('base64')
}

export function blockCount(length: number, blockSize: number, extra = 0): number {
  return Math.ceil(length / blockSize) + extra
}

/** Smallest whole-MiB block size that keeps `length` within the block limit, or undefined if none does. */
export function minimumBlockSize(length: number, extra = 0): number | undefined {
  const size = Math.ceil(length / (MAX_BLOCKS - extra) / MiB) * MiB
  return size <= MAX_BLOCK_SIZE ? Math.max(size, MiB) : undefined
}

export interface BlockSettings {
  blockSize: number
  concurrency: number
}

/** Validates user-supplied block settings; `length` (when known) must fit in 50,000 blocks. */
export function validateBlockSettings(s: BlockSettings, length?: number, extraBlocks = 0): void {
  if (!Number.isInteger(s.blockSize) || s.blockSize < 1 || s.blockSize > MAX_BLOCK_SIZE) {
    throw inputError(
      'upload.blockSize',
      `must be a whole number of bytes from 1 to ${MAX_BLOCK_SIZE} (100 MiB), got ${s.blockSize}`,
      'Use a block size between 1 MiB and 100 MiB, e.g. 8 MiB.',
    )
  }
  if (!Number.isInteger(s.concurrency) || s.concurrency < 1 || s.concurrency > MAX_CONCURRENCY) {
    throw inputError(
      'upload.concurrency',
      `must be a whole number from 1 to ${MAX_CONCURRENCY}, got ${s.concurrency}`,
      'Use a concurrency between 1 and 16, e.g. 4.',
    )
  }
  if (length === undefined) return
  const count = blockCount(length, s.blockSize, extraBlocks)
  if (count > MAX_BLOCKS) {
    const min = minimumBlockSize(length, extraBlocks)
    throw inputError(
      'upload.blockSize',
      `${length} bytes in ${s.blockSize}-byte blocks needs ${count} blocks; Azure allows at most ${MAX_BLOCKS}`,
      min
        ? `Raise the block size to at least ${min / MiB} MiB.`
        : 'The file is larger than 50,000 blocks of 100 MiB; it cannot be uploaded as one blob.',
    )
  }
}

/** Put Block List body: ids in list order (the order that defines the blob). */
export function blockListXml(ids: readonly string[]): Buffer {
  const items = ids.map(id => `<Latest>${id}</Latest>`).join('')
  return Buffer.from(`<?xml version="1.0" encoding="utf-8"?><BlockList>${items}</BlockList>`, 'utf8')
}
