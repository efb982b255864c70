/**
 * Blocks of a file we encrypt, produced by a worker thread (crypto/encryptWorker) so that AES, HMAC and
 * SHA-256 never hold up the main thread's HTTP work. Same blob and block layout as encryptingSource: the
 * HMAC is block 0, listed first and sent last; IV ‖ ciphertext is blocks 1..n in stream order.
 *
 * The worker writes into `buffers` block slots of one SharedArrayBuffer and refills a slot only once the
 * uploader has stored its block, so memory stays at buffers × blockSize whatever the file size, and a
 * retried block's bytes are still in its slot.
 */
import { Worker } from 'node:worker_threads'
import {
  encryptedLength,
  MAC_LENGTH,
  toEncryptionInfo,
  type ContentKeys,
  type EncryptionResult,
} from '../crypto/payloadEncryptor'
import {
  ENCRYPT_WORKER_SOURCE,
  type EncryptWorkerData,
  type EncryptWorkerMessage,
  type FreeSlotMessage,
} from '../crypto/encryptWorker'
import { IntunePublishError, ErrorCodes } from '../errors'
import type { BlockReader, BlockSource, SourceBlock } from './blockSource'

/** Plaintext read per step: large enough to keep per-call overhead small, small next to a block. */
const READ_SIZE = 1 << 20

export function encryptingFileSource(
  path: string,
  keys: ContentKeys,
  opts: { plainLength: number },
): BlockSource {
  const length = encryptedLength(opts.plainLength)
  return {
    kind: 'stream',
    length,
    dataLength: length - MAC_LENGTH,
    extraBlocks: 1,
    open: async ({ blockSize, buffers }) => openWorker(path, keys, blockSize, buffers),
  }
}

type Waiter = { resolve: (b: SourceBlock | undefined) => void; reject: (e: unknown) => void }

function openWorker(path: string, keys: ContentKeys, blockSize: number, buffers: number): BlockReader {
  const shared = new SharedArrayBuffer(blockSize * buffers)
  const data: EncryptWorkerData = {
    path,
    shared,
    slots: buffers,
    blockSize,
    readSize: Math.min(READ_SIZE, blockSize),
    key: keys.encryptionKey,
    macKey: keys.macKey,
    iv: keys.iv,
  }
  const worker = new Worker(ENCRYPT_WORKER_SOURCE, { eval: true, workerData: data })
  const stats = { bufferSize: blockSize, live: 0, maxLive: 0 }
  const ready: Array<{ slot: number; length: number }> = []
  const waiters: Waiter[] = []
  let nextIndex = 1
  let result: EncryptionResult | undefined
  let failure: unknown
  let macSent = false
  let closed = false

  const block = (slot: number, length: number): SourceBlock => {
    let released = false
    stats.live++
    stats.maxLive = Math.max(stats.maxLive, stats.live)
    return {
      index: nextIndex++,
      data: Buffer.from(shared, slot * blockSize, length),
      release: () => {
        if (released) return
        released = true
        stats.live--
        if (!closed) worker.postMessage({ type: 'free', slot } satisfies FreeSlotMessage)
      },
    }
  }

  /** The next block if one can be handed out now; `false` when the caller must wait. */
  const take = (): SourceBlock | undefined | false => {
    if (failure) throw failure
    if (closed) return undefined
    const r = ready.shift()
    if (r) return block(r.slot, r.length)
    if (!result) return false
    if (macSent) return undefined
    macSent = true
    return { index: 0, data: Buffer.from(result.mac), release: () => undefined }
  }

  const wake = (): void => {
    while (waiters.length > 0) {
      let b: SourceBlock | undefined | false
      try {
        b = take()
      } catch (e) {
        for (const w of waiters.splice(0)) w.reject(e)
        return
      }
      if (b === false) return
      waiters.shift()?.resolve(b)
    }
  }

  const fail = (e: unknown): void => {
    if (!failure && !result) failure = e
    wake()
  }

  worker.on('message', (m: EncryptWorkerMessage) => {
    if (m.type === 'block') ready.push({ slot: m.slot, length: m.length })
    else if (m.type === 'end') result = encryptionResult(keys, m)
    else fail(readError(path, m.code ? `${m.code}: ${m.message}` : m.message))
    wake()
  })
  worker.on('error', e => fail(readError(path, e.message, e)))
  worker.on('exit', code => {
    if (!closed) fail(readError(path, `the encryption worker stopped (exit ${code})`))
  })

  return {
    pool: stats,
    next: () => {
      const b = take()
      if (b !== false) return Promise.resolve(b)
      return new Promise((resolve, reject) => waiters.push({ resolve, reject }))
    },
    encryption: () => result,
    close: async () => {
      if (closed) return
      closed = true
      wake()
      await worker.terminate()
    },
  }
}

function encryptionResult(
  keys: ContentKeys,
  m: Extract<EncryptWorkerMessage, { type: 'end' }>,
): EncryptionResult {
  const mac = Buffer.from(m.mac)
  const digest = Buffer.from(m.digest)
  return {
    mac,
    digest,
    plainLength: m.plainLength,
    blobLength: encryptedLength(m.plainLength),
    info: toEncryptionInfo(keys, mac, digest),
  }
}

function readError(path: string, msg: string, cause?: unknown): IntunePublishError {
  return new IntunePublishError(ErrorCodes.PackageInvalid, `Reading ${path} for upload failed: ${msg}`, {
    cause,
  })
}
