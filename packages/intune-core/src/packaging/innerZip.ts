/**
 * The plaintext inner zip, streamed by yazl: one deflated entry per file, `/` separators, UTF-8 name flag,
 * DOS timestamps only (forceDosTimestamp: no extra fields, like Microsoft's), no directory entries.
 *
 * ZIP64: yazl switches by itself, per entry when a size or offset passes 0xFFFFFFFE (ZIP64 data descriptor
 * and central-directory extra) and for the end record at 65,535 entries or an offset past 4 GiB; so
 * `forceZip64Format` stays off and small packages keep plain records.
 * yazl streams each entry with a data descriptor (flag bit 3), because the compressed size is known only
 * after compressing; every zip reader, .NET's included, takes sizes from the central directory.
 */
import { createReadStream } from 'node:fs'
import type { Readable } from 'node:stream'
import { ZipFile } from 'yazl'

export interface InnerZipEntry {
  name: string
  size: number
  /** The file's own timestamp, used unless `InnerZipOptions.mtime` fixes one for all. */
  mtime?: Date
  open: () => Readable
}

export interface InnerZipOptions {
  /** One timestamp for every entry (deterministic builds). */
  mtime?: Date
  /** zlib level 1-9 (default 6, what `zip` uses). */
  compressionLevel?: number
  /** Called with each chunk's length as it is read from a source file (progress). */
  onRead?: (bytes: number) => void
  /** Turns a read/zip failure into the error the stream ends with. */
  mapError?: (e: Error) => Error
}

export const DEFAULT_COMPRESSION_LEVEL = 6
/** Regular file, rw-r--r--: fixed so the bytes don't depend on the build machine's umask. */
const FILE_MODE = 0o100644

export function fileEntries(
  files: Array<{ name: string; path: string; size: number; mtime: Date }>,
): InnerZipEntry[] {
  return files.map(f => ({
    name: f.name,
    size: f.size,
    mtime: f.mtime,
    open: () => createReadStream(f.path),
  }))
}

/** Starts the zip; the returned stream errors if any entry fails (unreadable, or changed size mid-run). */
export function innerZipStream(entries: InnerZipEntry[], opts: InnerZipOptions = {}): Readable {
  const zip = new ZipFile()
  const out = zip.outputStream as unknown as Readable
  zip.on('error', (e: Error) => out.destroy(opts.mapError ? opts.mapError(e) : e))
  const level = opts.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL
  for (const entry of entries) {
    const mtime = opts.mtime ?? entry.mtime ?? new Date()
    zip.addReadStreamLazy(
      entry.name,
      { size: entry.size, mtime, mode: FILE_MODE, compressionLevel: level, forceDosTimestamp: true },
      cb => {
        const stream = entry.open()
        stream.on('error', (e: Error) => zip.emit('error', e))
        if (opts.onRead) stream.on('data', (c: Buffer) => opts.onRead!(c.length))
        cb(null, stream)
      },
    )
  }
  zip.end()
  return out
}
