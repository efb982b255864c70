/**
 * Blocks from a region of a file, uploaded unchanged: the .intunewin inner payload. Reads are positional, so
 * blocks are read in parallel and a failed block's bytes are simply still in its buffer for the retry.
 */
import { promises as fs } from 'node:fs'
import { IntunePublishError, ErrorCodes } from '../errors'
import { BufferPool } from './bufferPool'
import type { BlockReader, BlockSource, SourceBlock } from './blockSource'

/** Sees each block once, in index order, before it is handed out (the .intunewin payload check). */
export type BlockObserver = (data: Buffer) => void

export function fileRangeSource(
  path: string,
  offset: number,
  length: number,
  observe?: BlockObserver,
): BlockSource {
  if (!Number.isSafeInteger(offset) || offset < 0 || !Number.isSafeInteger(length) || length < 0) {
    throw new IntunePublishError(
      ErrorCodes.UploadFailed,
      `Invalid file range for ${path}: offset ${offset}, length ${length}.`,
    )
  }
  return {
    kind: 'file',
    length,
    dataLength: length,
    extraBlocks: 0,
    open: async ({ blockSize, buffers }) => openFileRange(path, offset, length, blockSize, buffers, observe),
  }
}

async function openFileRange(
  path: string,
  offset: number,
  length: number,
  blockSize: number,
  buffers: number,
  observe?: BlockObserver,
): Promise<BlockReader> {
  const fh = await fs.open(path, 'r').catch((e: NodeJS.ErrnoException) => {
    throw new IntunePublishError(
      ErrorCodes.PackageInvalid,
      `Cannot open ${path} for upload: ${e.code ?? e.message}`,
      {
        cause: e,
      },
    )
  })
  const size = (await fh.stat()).size
  if (offset + length > size) {
    await fh.close()
    throw new IntunePublishError(
      ErrorCodes.PackageInvalid,
      `${path} is ${size} bytes, shorter than the payload it should hold (${length} bytes at offset ${offset}); the file is truncated.`,
    )
  }
  const pool = new BufferPool(Math.min(blockSize, Math.max(length, 1)), buffers)
  const blocks = Math.ceil(length / blockSize)
  let nextIndex = 0
  let closed = false

  // Reads run in parallel; the observer still sees blocks in order: each waits for the one before it.
  let observed: Promise<void> = Promise.resolve()
  const readBlock = async (index: number, before: Promise<void>): Promise<SourceBlock> => {
    const buf = await pool.acquire()
    const start = index * blockSize
    const want = Math.min(blockSize, length - start)
    try {
      let got = 0
      while (got < want) {
        const { bytesRead } = await fh.read(buf, got, want - got, offset + start + got)
        if (bytesRead === 0) {
          throw new IntunePublishError(
            ErrorCodes.PackageInvalid,
            `${path} ended early while reading the payload (changed during upload?).`,
          )
        }
        got += bytesRead
      }
      if (observe) {
        await before
        observe(buf.subarray(0, want))
      }
    } catch (e) {
      pool.release(buf)
      throw e
    }
    let released = false
    return {
      index,
      data: buf.subarray(0, want),
      release: () => {
        if (released) return
        released = true
        pool.release(buf)
      },
    }
  }

  return {
    pool,
    next: async () => {
      if (closed || nextIndex >= blocks) return undefined
      const block = readBlock(nextIndex++, observed)
      observed = block.then(
        () => undefined,
        () => undefined,
      )
      return block
    },
    encryption: () => undefined,
    close: async () => {
      if (closed) return
      closed = true
      pool.close()
      await fh.close()
    },
  }
}
