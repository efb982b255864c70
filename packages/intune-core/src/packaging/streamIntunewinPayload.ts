/**
 * Packaging straight to the blob (`publish --source` without `--out`): the encrypted payload is streamed to
 * the uploader and never touches disk. Intune wants the plaintext size when the content file is created,
 * before the upload, and a deflated zip's size is known only by compressing; so `prepareIntunewinPayload`
 * makes one counting pass first (zip only, output discarded), then `open()` streams the real pass and checks
 * it came out the same size.
 */
import { createHash } from 'node:crypto'
import { PassThrough, Writable, type Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { encryptedLength } from '../crypto/payloadEncryptor'
import { ErrorCodes, IntunePublishError } from '../errors'
import { safeLogger, silentLogger } from '../logger'
import type { FileEncryptionInfo, MsiInfo } from '../packages/types'
import {
  detectionXmlFor,
  encryptedPayload,
  packagingError,
  prepareSource,
  type IntunewinSourceOptions,
  type PreparedSource,
} from './encryptedPayload'
import { fileEntries, innerZipStream, type MeasuredEntry } from './innerZip'

export interface IntunewinPayloadResult {
  /** HMAC: the blob's first 32 bytes (the uploader sends it first). */
  mac: Buffer
  info: FileEncryptionInfo
  unencryptedSize: number
  detectionXml: string
  name: string
  setupFile: string
  msi?: MsiInfo
}

export interface IntunewinPayloadStream {
  /** IV ‖ ciphertext. */
  stream: Readable
  done: Promise<IntunewinPayloadResult>
}

function run(
  prep: PreparedSource,
  opts: IntunewinSourceOptions,
  expectedSize?: number,
): IntunewinPayloadStream {
  const logger = opts.logger ? safeLogger(opts.logger) : silentLogger
  const payload = encryptedPayload(prep, opts.seed, logger)
  const done = payload.finish.then(result => {
    if (expectedSize !== undefined && result.plainLength !== expectedSize) {
      throw new IntunePublishError(
        ErrorCodes.PackagingFailed,
        `packaging ${prep.listing.root}: the folder changed while it was being packaged (zip was ${expectedSize} bytes, now ${result.plainLength})`,
        { field: 'source', fix: 'Package a folder nothing else writes to during the publish, then re-run.' },
      )
    }
    return {
      mac: result.mac,
      info: result.info,
      unencryptedSize: result.plainLength,
      detectionXml: detectionXmlFor(prep, result),
      name: prep.name,
      setupFile: prep.setupFile,
      msi: prep.msi,
    }
  })
  done.catch(() => undefined)
  return { stream: payload.stream, done }
}

/**
 * Streams the payload of the package `packageIntunewin` would write. Validation runs first; its errors (and
 * any read error) end `stream` with the error and reject `done`.
 */
export function streamIntunewinPayload(opts: IntunewinSourceOptions): IntunewinPayloadStream {
  const out = new PassThrough()
  const done = prepareSource(opts).then(prep => {
    const inner = run(prep, opts)
    pipeline(inner.stream, out).catch(() => undefined) // errors reach the reader through `out`
    return inner.done
  })
  done.catch(e => out.destroy(e as Error))
  return { stream: out, done }
}

export interface PreparedIntunewinPayload {
  /** Plaintext (inner zip) length: mobileAppContentFile `size`. */
  size: number
  /** Blob length, HMAC included: `sizeEncrypted`. */
  sizeEncrypted: number
  name: string
  setupFile: string
  msi?: MsiInfo
  fileCount: number
  sourceBytes: number
  /**
   * SHA-256 (hex) of the plaintext inner zip. With a seed (fixed timestamps) it depends only on the folder's
   * names and bytes, so it identifies "the same build" across runs.
   */
  digest: string
  /** Starts the real pass (call once per upload attempt; each call re-reads the folder). */
  open: () => IntunewinPayloadStream
}

/** Validates the folder and measures the inner zip with a counting pass; nothing is written anywhere. */
export async function prepareIntunewinPayload(
  opts: IntunewinSourceOptions,
): Promise<PreparedIntunewinPayload> {
  const prep = await prepareSource(opts)
  let size = 0
  const sha = createHash('sha256')
  const counter = new Writable({
    write(chunk: Buffer, _enc, cb) {
      size += chunk.length
      sha.update(chunk)
      cb()
    },
  })
  const root = prep.listing.root
  // Each entry's CRC and deflated size, so that the real pass writes its headers up front (no data
  // descriptors, as Microsoft's tool) and deflates each file only once.
  const measured: MeasuredEntry[] = []
  try {
    await pipeline(
      innerZipStream(fileEntries(prep.listing.files), {
        mtime: prep.mtime,
        compressionLevel: prep.compressionLevel,
        mapError: e => packagingError(root, e),
        collect: measured,
      }),
      counter,
    )
  } catch (e) {
    throw packagingError(root, e)
  }
  return {
    size,
    sizeEncrypted: encryptedLength(size),
    name: prep.name,
    setupFile: prep.setupFile,
    msi: prep.msi,
    fileCount: prep.listing.files.length,
    sourceBytes: prep.listing.totalBytes,
    digest: sha.digest('hex'),
    open: () => run({ ...prep, measured }, opts, size),
  }
}
