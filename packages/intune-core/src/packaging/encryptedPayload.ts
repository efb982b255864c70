/**
 * What packaging to a file and packaging straight to a blob share: validate the folder (and read the MSI)
 * before any output exists, then one streaming pass: folder -> yazl inner zip -> PayloadEncryptor.
 */
import * as path from 'node:path'
import { pipeline, type Readable } from 'node:stream'
import {
  generateContentKeys,
  PayloadEncryptor,
  type ContentKeys,
  type EncryptionResult,
} from '../crypto/payloadEncryptor'
import { isIntunePublishError, ErrorCodes, IntunePublishError } from '../errors'
import { silentLogger, type Logger } from '../logger'
import { readMsiInfo } from '../packages/readMsi'
import type { MsiInfo } from '../packages/types'
import { buildDetectionXml } from './buildDetectionXml'
import { fileEntries, innerZipStream, DEFAULT_COMPRESSION_LEVEL, type MeasuredEntry } from './innerZip'
import { listSourceFolder, sourceError, type SourceListing } from './sourceFolder'

export interface IntunewinSourceOptions {
  sourceDir: string
  /** The installer, relative to `sourceDir` (or an absolute path inside it). */
  setupFile: string
  /** Deterministic build: keys/IV from the seed, fixed timestamps. Anyone with the seed can decrypt. */
  seed?: string
  /** zlib level for the inner zip, 1-9 (default 1, what Microsoft's tool produces). */
  compressionLevel?: number
  logger?: Logger
}

export interface PreparedSource {
  listing: SourceListing
  /** Detection.xml Name: the MSI ProductName, else the setup file's name. */
  name: string
  /** Detection.xml SetupFile: relative to the folder, Windows separators (it is a Windows path). */
  setupFile: string
  msi?: MsiInfo
  /** One timestamp for all entries in deterministic builds; undefined keeps file times. */
  mtime?: Date
  compressionLevel: number
  /** Each entry's CRC and deflated size from a counting pass (see streamIntunewinPayload). */
  measured?: MeasuredEntry[]
}

/**
 * The fixed timestamp for reproducible builds: SOURCE_DATE_EPOCH when set (reproducible-builds.org), else
 * 1980-01-01 for seeded builds. Returned with the UTC fields as local fields, because zip DOS times are
 * written from local fields: the bytes then don't depend on the machine's time zone.
 */
export function fixedTimestamp(
  seed: string | undefined,
  env: NodeJS.ProcessEnv = process.env,
): Date | undefined {
  const epoch = env.SOURCE_DATE_EPOCH
  if (epoch !== undefined && /^\d+$/.test(epoch.trim())) {
    const u = new Date(Number(epoch.trim()) * 1000)
    return new Date(
      u.getUTCFullYear(),
      u.getUTCMonth(),
      u.getUTCDate(),
      u.getUTCHours(),
      u.getUTCMinutes(),
      u.getUTCSeconds(),
    )
  }
  return seed === undefined ? undefined : new Date(1980, 0, 1, 0, 0, 0)
}

export async function prepareSource(opts: IntunewinSourceOptions): Promise<PreparedSource> {
  const level = opts.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL
  if (!Number.isInteger(level) || level < 1 || level > 9) {
    throw sourceError(
      'compressionLevel',
      `must be an integer 1-9, got ${level}`,
      'Use 6 (the default) or 1 for speed.',
    )
  }
  if (opts.seed !== undefined && opts.seed.length === 0) {
    throw sourceError('seed', 'is empty', 'Pass a non-empty seed, or none for random keys.')
  }
  const listing = await listSourceFolder(opts.sourceDir, opts.setupFile)
  let msi: MsiInfo | undefined
  if (/\.msi$/i.test(listing.setupEntry)) {
    const file = listing.files.find(f => f.name === listing.setupEntry)!
    msi = await readMsiInfo(file.path)
  }
  return {
    listing,
    name: msi?.productName || path.posix.basename(listing.setupEntry),
    setupFile: listing.setupEntry.split('/').join('\\'),
    msi,
    mtime: fixedTimestamp(opts.seed),
    compressionLevel: level,
  }
}

export interface EncryptedPayload {
  /** IV ‖ ciphertext; the HMAC that leads the blob comes in `finish`. */
  stream: Readable
  finish: Promise<EncryptionResult>
  keys: ContentKeys
}

/** Runs the pass. Errors end `stream` and reject `finish` as PACKAGING_FAILED (input errors keep their code). */
export function encryptedPayload(
  prep: PreparedSource,
  seed: string | undefined,
  logger: Logger = silentLogger,
): EncryptedPayload {
  const keys = generateContentKeys(seed)
  logger.maskSecret(keys.encryptionKey.toString('base64'))
  logger.maskSecret(keys.macKey.toString('base64'))
  const total = prep.listing.totalBytes
  let done = 0
  let last = 0
  const onRead = (n: number): void => {
    done += n
    const now = Date.now()
    if (now - last < 1000 && done < total) return
    last = now
    const pct = total ? Math.floor((100 * done) / total) : 100
    logger.progress({
      phase: 'package',
      done,
      total,
      message: `packaging ${pct}% (${done} of ${total} bytes)`,
    })
  }
  const root = prep.listing.root
  const zip = innerZipStream(fileEntries(prep.listing.files), {
    mtime: prep.mtime,
    compressionLevel: prep.compressionLevel,
    onRead,
    mapError: e => packagingError(root, e),
    measured: prep.measured,
  })
  const encryptor = new PayloadEncryptor(keys)
  const finish = new Promise<EncryptionResult>((resolve, reject) => {
    // The callback fires when the encryptor has taken all input (or on any error, the reader's included);
    // 'end' fires once the reader has consumed the last byte, when result() is valid.
    pipeline(zip, encryptor, e => {
      if (e) reject(packagingError(root, e))
    })
    encryptor.once('end', () => resolve(encryptor.result()))
  })
  finish.catch(() => undefined)
  const stream: Readable = encryptor
  return { stream, finish, keys }
}

export function packagingError(root: string, e: unknown): Error {
  if (isIntunePublishError(e)) return e
  const err = e as NodeJS.ErrnoException
  const where = err.path ? ` (${err.path})` : ''
  const hint =
    err.message === 'file data stream has unexpected number of bytes'
      ? 'a file changed size while it was being packaged; package a folder nothing else writes to'
      : err.message
  return new IntunePublishError(ErrorCodes.PackagingFailed, `packaging ${root} failed${where}: ${hint}`, {
    field: 'source',
    fix: 'Check the folder is readable and stable during the build, then re-run.',
    cause: e,
  })
}

export function detectionXmlFor(prep: PreparedSource, result: EncryptionResult): string {
  return buildDetectionXml({
    name: prep.name,
    unencryptedContentSize: result.plainLength,
    setupFile: prep.setupFile,
    info: result.info,
    msi: prep.msi,
  })
}
