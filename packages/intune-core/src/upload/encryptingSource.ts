/**
 * Blocks from an encrypted payload produced on the fly, in one streaming pass with no temporary copy.
 * The blob is HMAC ‖ IV ‖ ciphertext, but the HMAC is known only at the end: so it is its own block, id 0,
 * listed first and uploaded last, while IV ‖ ciphertext is cut into blocks 1..n as it comes out.
 * A stream can't be rewound, so each block stays in its pooled buffer until stored; the pool's size stops
 * the stream when that many blocks are out, which bounds memory whatever the file size.
 */
import { once } from 'node:events'
import { pipeline, type Readable } from 'node:stream'
import {
  encryptedLength,
  MAC_LENGTH,
  PayloadEncryptor,
  type ContentKeys,
  type EncryptionResult,
} from '../crypto/payloadEncryptor'
import { IntunePublishError, ErrorCodes } from '../errors'
import { BufferPool } from './bufferPool'
import type { BlockReader, BlockSource, SourceBlock } from './blockSource'

/** What arrives once the IV ‖ ciphertext stream has ended: the HMAC alone, or the encryptor's full result. */
export type StreamFinish = Buffer | EncryptionResult

/**
 * Encrypts `plaintext()` while uploading. `plainLength` (when known) gives the blob length up front for the
 * block-count check and progress.
 */
export function encryptingSource(
  plaintext: () => Readable,
  keys: ContentKeys,
  opts: { plainLength?: number } = {},
): BlockSource {
  const length = opts.plainLength === undefined ? undefined : encryptedLength(opts.plainLength)
  return encryptedStreamSource(
    () => {
      const encryptor = new PayloadEncryptor(keys)
      const out = pipeline(plaintext(), encryptor, () => undefined)
      // 'end' fires after _flush, i.e. once result() is valid; 'error' is seen by the block reader too.
      const finish = once(encryptor, 'end').then(() => encryptor.result())
      finish.catch(() => undefined)
      return { stream: out, finish }
    },
    { length },
  )
}

/**
 * An IV ‖ ciphertext stream already being produced elsewhere (the packager's on-the-fly payload) plus the
 * HMAC it will deliver at the end. `length` is the whole blob's length (HMAC included) when known.
 */
export function encryptedStreamSource(
  start: () => { stream: Readable; finish: Promise<StreamFinish> },
  opts: { length?: number } = {},
): BlockSource {
  return {
    kind: 'stream',
    length: opts.length,
    dataLength: opts.length === undefined ? undefined : opts.length - MAC_LENGTH,
    extraBlocks: 1,
    open: async ({ blockSize, buffers }) => openStream(start(), blockSize, buffers),
  }
}

function openStream(
  { stream, finish }: { stream: Readable; finish: Promise<StreamFinish> },
  blockSize: number,
  buffers: number,
): BlockReader {
  finish.catch(() => undefined)
  const pool = new BufferPool(blockSize, buffers)
  const chunks = stream[Symbol.asyncIterator]() as AsyncIterator<Buffer>
  let leftover: Buffer | undefined
  let ended = false
  let macSent = false
  let closed = false
  let nextIndex = 1
  let result: EncryptionResult | undefined
  // Blocks come out of one stream: one reader at a time, in order.
  let queue: Promise<unknown> = Promise.resolve()

  const pull = async (): Promise<Buffer | undefined> => {
    if (leftover) {
      const l = leftover
      leftover = undefined
      return l
    }
    if (ended) return undefined
    const r = await chunks.next()
    if (r.done) {
      ended = true
      return undefined
    }
    return Buffer.isBuffer(r.value) ? r.value : Buffer.from(r.value as Uint8Array)
  }

  const readBlock = async (): Promise<SourceBlock | undefined> => {
    if (closed) return undefined
    if (!ended) {
      const buf = await pool.acquire()
      let filled = 0
      try {
        while (filled < blockSize) {
          const chunk = await pull()
          if (!chunk) break
          const take = Math.min(chunk.length, blockSize - filled)
          chunk.copy(buf, filled, 0, take)
          filled += take
          if (take < chunk.length) leftover = chunk.subarray(take)
        }
      } catch (e) {
        pool.release(buf)
        throw streamError(e)
      }
      if (filled > 0) return pooledBlock(nextIndex++, buf, filled)
      pool.release(buf)
    }
    if (macSent) return undefined
    macSent = true
    return macBlock(await finish.catch(e => Promise.reject(streamError(e))))
  }

  const pooledBlock = (index: number, buf: Buffer, filled: number): SourceBlock => {
    let released = false
    return {
      index,
      data: buf.subarray(0, filled),
      release: () => {
        if (released) return
        released = true
        pool.release(buf)
      },
    }
  }

  const macBlock = (done: StreamFinish): SourceBlock => {
    const mac = Buffer.isBuffer(done) ? done : done.mac
    if (!Buffer.isBuffer(done)) result = done
    if (mac.length !== MAC_LENGTH) {
      throw new IntunePublishError(
        ErrorCodes.UploadFailed,
        `The payload HMAC is ${mac.length} bytes, not ${MAC_LENGTH}: an internal encryption error.`,
      )
    }
    return { index: 0, data: Buffer.from(mac), release: () => undefined }
  }

  return {
    pool,
    next: () => {
      const p = queue.then(readBlock)
      queue = p.catch(() => undefined)
      return p
    },
    encryption: () => result,
    close: async () => {
      if (closed) return
      closed = true
      pool.close()
      if (!ended) stream.destroy()
    },
  }
}

function streamError(e: unknown): unknown {
  if (e instanceof IntunePublishError) return e
  const msg = e instanceof Error ? e.message : String(e)
  return new IntunePublishError(ErrorCodes.PackageInvalid, `Reading the package for upload failed: ${msg}`, {
    cause: e,
  })
}
