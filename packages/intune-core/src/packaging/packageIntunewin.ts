/**
 * Builds a .intunewin from a folder in one streaming pass, with no temporary copy:
 *   folder -> yazl inner zip -> PayloadEncryptor -> outer zip file, at the payload's data offset + 32.
 * The HMAC (known at the end) is then written at the data offset, and the payload entry's local header is
 * rewritten with its size and CRC. That CRC is crc32_combine(CRC(HMAC), CRC(IV ‖ ciphertext)), the latter
 * computed while streaming, so the payload is never read back. Detection.xml and the central directory
 * follow the payload. The package is written to a temporary file beside `outFile` and renamed over it only once
 * complete; a failed run removes that temporary file and nothing else (outputFile.ts).
 */
import { createWriteStream } from 'node:fs'
import { stat, type FileHandle } from 'node:fs/promises'
import { Transform, type TransformCallback } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { MAC_LENGTH, encryptedLength } from '../crypto/payloadEncryptor'
import { ErrorCodes, IntunePublishError } from '../errors'
import { safeLogger, silentLogger } from '../logger'
import type { FileEncryptionInfo, MsiInfo } from '../packages/types'
import { crc32, crc32Combine } from './crc32'
import {
  detectionXmlFor,
  encryptedPayload,
  packagingError,
  prepareSource,
  type IntunewinSourceOptions,
} from './encryptedPayload'
import {
  centralDirectoryAndEnd,
  dosDateTime,
  localHeader,
  localHeaderLength,
  DETECTION_ENTRY,
  PAYLOAD_ENTRY,
  RESERVED_EXTRA,
  type OuterEntry,
} from './outerZip'
import { openPendingOutput, type PendingOutput } from './outputFile'
import { assertOutsideSource } from './sourceFolder'

export interface PackageIntunewinOptions extends IntunewinSourceOptions {
  /** The .intunewin to write (outside `sourceDir`); replaced if it exists and is a regular file. */
  outFile: string
}

export interface PackageIntunewinResult {
  outFile: string
  /** Detection.xml Name and SetupFile. */
  name: string
  setupFile: string
  fileCount: number
  /** Sum of the source files' sizes. */
  sourceBytes: number
  /** UnencryptedContentSize: the inner zip's length. */
  unencryptedSize: number
  /** The encrypted payload's length (sizeEncrypted). */
  encryptedSize: number
  /** The .intunewin's length. */
  packageSize: number
  /** SHA-256 of the inner zip, base64 (Detection.xml FileDigest). */
  fileDigest: string
  /** Keys included: treat as secret (the .intunewin itself carries them in clear). */
  encryptionInfo: FileEncryptionInfo
  msi?: MsiInfo
  deterministic: boolean
}

/** Passes chunks through, keeping their CRC-32 and length. */
class CrcTap extends Transform {
  crc = 0
  length = 0
  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.crc = crc32(chunk, this.crc)
    this.length += chunk.length
    done(null, chunk)
  }
}

async function writeAt(fh: FileHandle, buf: Buffer, position: number): Promise<void> {
  let off = 0
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off, position + off)
    off += bytesWritten
  }
}

export async function packageIntunewin(opts: PackageIntunewinOptions): Promise<PackageIntunewinResult> {
  const logger = opts.logger ? safeLogger(opts.logger) : silentLogger
  const prep = await prepareSource(opts)
  const outFile = await assertOutsideSource(prep.listing.root, opts.outFile)
  const dos = dosDateTime(prep.mtime ?? new Date())
  logger.info(
    `Packaging ${prep.listing.files.length} files (${prep.listing.totalBytes} bytes) from ${prep.listing.root}`,
  )

  let out: PendingOutput | undefined
  try {
    out = await openPendingOutput(outFile)
    const fh: FileHandle = out.handle
    const dataOffset = localHeaderLength(PAYLOAD_ENTRY, RESERVED_EXTRA)
    // Placeholder header and HMAC; both are rewritten once the payload is known.
    await writeAt(fh, Buffer.alloc(dataOffset + MAC_LENGTH), 0)
    const payload = encryptedPayload(prep, opts.seed, logger)
    const tap = new CrcTap()
    const sink = createWriteStream('', { fd: fh.fd, start: dataOffset + MAC_LENGTH, autoClose: false })
    await pipeline(payload.stream, tap, sink)
    const result = await payload.finish
    await writeAt(fh, result.mac, dataOffset)

    const payloadSize = MAC_LENGTH + tap.length
    if (payloadSize !== encryptedLength(result.plainLength)) {
      throw new Error(`payload is ${payloadSize} bytes, expected ${encryptedLength(result.plainLength)}`)
    }
    const first: OuterEntry = {
      name: PAYLOAD_ENTRY,
      crc32: crc32Combine(crc32(result.mac), tap.crc, tap.length),
      size: payloadSize,
      offset: 0,
      dos,
      extraLength: RESERVED_EXTRA,
    }
    const xml = Buffer.from(detectionXmlFor(prep, result), 'utf8')
    const second: OuterEntry = {
      name: DETECTION_ENTRY,
      crc32: crc32(xml),
      size: xml.length,
      offset: dataOffset + payloadSize,
      dos,
      extraLength: RESERVED_EXTRA,
    }
    const cdOffset = second.offset + localHeaderLength(DETECTION_ENTRY, RESERVED_EXTRA) + xml.length
    const tail = Buffer.concat([localHeader(second), xml, centralDirectoryAndEnd([first, second], cdOffset)])
    await writeAt(fh, tail, second.offset)
    await writeAt(fh, localHeader(first), 0)
    await fh.truncate(second.offset + tail.length)
    await out.commit()
    out = undefined
    const packageSize = (await stat(outFile)).size
    logger.info(`Wrote ${outFile} (${packageSize} bytes; payload ${payloadSize} bytes)`)
    return {
      outFile,
      name: prep.name,
      setupFile: prep.setupFile,
      fileCount: prep.listing.files.length,
      sourceBytes: prep.listing.totalBytes,
      unencryptedSize: result.plainLength,
      encryptedSize: payloadSize,
      packageSize,
      fileDigest: result.info.fileDigest,
      encryptionInfo: result.info,
      msi: prep.msi,
      deterministic: opts.seed !== undefined,
    }
  } catch (e) {
    await out?.abandon()
    if (e instanceof IntunePublishError && e.code !== ErrorCodes.PackagingFailed) throw e
    throw packagingError(prep.listing.root, e)
  }
}
