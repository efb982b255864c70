/**
 * The plaintext inner zip, streamed, in the structure IntuneWinAppUtil's .NET ZipArchive writes (measured
 * on the Microsoft-made fixtures; docs/packaging.md): each local header carries the CRC and sizes (no data
 * descriptors), version 2.0 made on FAT (0x0014), the UTF-8 flag only, no extra fields, external
 * attributes 0, `\` separators, deflate at zlib level 1 (Microsoft's bytes equal classic zlib level 1),
 * the files of a folder before its subfolders, each in case-insensitive order, and no directory entries.
 *
 * No data descriptor means the compressed size must be known before the entry's bytes: each file is
 * deflated once to measure it (kept, and not deflated again, when it is small) and then streamed. A counting
 * pass that already measured every entry (`measured`) lets the real pass deflate each file once.
 * ZIP64 fields appear only where a size, an offset or the entry count needs them, as .NET does.
 */
import { createReadStream } from 'node:fs'
import { Readable } from 'node:stream'
import { createDeflateRaw, deflateRawSync } from 'node:zlib'
import { crc32 } from './crc32'
import { dosDateTime } from './outerZip'

export interface InnerZipEntry {
  /** `/`-separated path inside the package. */
  name: string
  size: number
  /** The file's own timestamp, used unless `InnerZipOptions.mtime` fixes one for all. */
  mtime?: Date
  open: () => Readable
}

/** What a measuring pass learns of one entry (in the order entries are written). */
export interface MeasuredEntry {
  crc: number
  compressedSize: number
}

export interface InnerZipOptions {
  /** One timestamp for every entry (deterministic builds). */
  mtime?: Date
  /** zlib level 1-9 (default 1, what Microsoft's tool produces). */
  compressionLevel?: number
  /** Called with each chunk's length as it is read from a source file (progress). */
  onRead?: (bytes: number) => void
  /** Turns a read/zip failure into the error the stream ends with. */
  mapError?: (e: Error) => Error
  /** Each entry's CRC and compressed size from an earlier pass over the same files. */
  measured?: MeasuredEntry[]
  /** Filled with each entry's CRC and compressed size as they are written. */
  collect?: MeasuredEntry[]
}

export const DEFAULT_COMPRESSION_LEVEL = 1
/** A measured file whose deflated bytes are at most this is written from memory, not deflated twice. */
const KEEP_BYTES = 4 * 1024 * 1024
/**
 * A file up to this size is read whole and deflated in one call: a zlib stream per entry costs far more than
 * the bytes of a small file (a folder of 65,000 small files took minutes). One-shot and streamed deflate
 * with a single finish give the same bytes.
 */
const ONE_SHOT_BYTES = 256 * 1024
const MAX32 = 0xffffffff
const UTF8 = 0x0800
const MADE_BY = 0x0014 // FAT, version 2.0: what Microsoft's entries say
const NEEDS = 20
const NEEDS_ZIP64 = 45

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

/** Files of a folder first, then its subfolders; within each, case-insensitive order (as NTFS lists). */
export function microsoftOrder(a: string, b: string): number {
  const pa = a.split('/')
  const pb = b.split('/')
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const fileA = i === pa.length - 1
    const fileB = i === pb.length - 1
    if (fileA !== fileB) return fileA ? -1 : 1
    const ua = pa[i].toUpperCase()
    const ub = pb[i].toUpperCase()
    if (ua !== ub) return ua < ub ? -1 : 1
    if (pa[i] !== pb[i]) return pa[i] < pb[i] ? -1 : 1
  }
  return pa.length - pb.length
}

interface Written {
  name: Buffer
  crc: number
  size: number
  compressedSize: number
  offset: number
  dos: { time: number; date: number }
}

const u64 = (buf: Buffer, n: number, at: number): void => {
  buf.writeUInt32LE(n % 0x100000000, at)
  buf.writeUInt32LE(Math.floor(n / 0x100000000), at + 4)
}

function zip64Extra(values: number[]): Buffer {
  if (!values.length) return Buffer.alloc(0)
  const x = Buffer.alloc(4 + 8 * values.length)
  x.writeUInt16LE(0x0001, 0)
  x.writeUInt16LE(8 * values.length, 2)
  values.forEach((v, i) => u64(x, v, 4 + 8 * i))
  return x
}

function localHeader(e: Written): Buffer {
  const big = e.size >= MAX32 || e.compressedSize >= MAX32
  const extra = zip64Extra(big ? [e.size, e.compressedSize] : [])
  const h = Buffer.alloc(30)
  h.writeUInt32LE(0x04034b50, 0)
  h.writeUInt16LE(big ? NEEDS_ZIP64 : NEEDS, 4)
  h.writeUInt16LE(UTF8, 6)
  h.writeUInt16LE(8, 8)
  h.writeUInt16LE(e.dos.time, 10)
  h.writeUInt16LE(e.dos.date, 12)
  h.writeUInt32LE(e.crc >>> 0, 14)
  h.writeUInt32LE(big ? MAX32 : e.compressedSize, 18)
  h.writeUInt32LE(big ? MAX32 : e.size, 22)
  h.writeUInt16LE(e.name.length, 26)
  h.writeUInt16LE(extra.length, 28)
  return Buffer.concat([h, e.name, extra])
}

function centralHeader(e: Written): Buffer {
  const z: number[] = []
  if (e.size >= MAX32) z.push(e.size)
  if (e.compressedSize >= MAX32) z.push(e.compressedSize)
  if (e.offset >= MAX32) z.push(e.offset)
  const extra = zip64Extra(z)
  const h = Buffer.alloc(46)
  h.writeUInt32LE(0x02014b50, 0)
  h.writeUInt16LE(MADE_BY, 4)
  h.writeUInt16LE(z.length ? NEEDS_ZIP64 : NEEDS, 6)
  h.writeUInt16LE(UTF8, 8)
  h.writeUInt16LE(8, 10)
  h.writeUInt16LE(e.dos.time, 12)
  h.writeUInt16LE(e.dos.date, 14)
  h.writeUInt32LE(e.crc >>> 0, 16)
  h.writeUInt32LE(e.compressedSize >= MAX32 ? MAX32 : e.compressedSize, 20)
  h.writeUInt32LE(e.size >= MAX32 ? MAX32 : e.size, 24)
  h.writeUInt16LE(e.name.length, 28)
  h.writeUInt16LE(extra.length, 30)
  h.writeUInt32LE(e.offset >= MAX32 ? MAX32 : e.offset, 42) // comment, disk, attributes: all 0
  return Buffer.concat([h, e.name, extra])
}

function endRecords(count: number, cdOffset: number, cdLength: number): Buffer {
  const parts: Buffer[] = []
  if (count >= 0xffff || cdOffset >= MAX32 || cdLength >= MAX32) {
    const rec = Buffer.alloc(56)
    rec.writeUInt32LE(0x06064b50, 0)
    u64(rec, 44, 4)
    rec.writeUInt16LE(NEEDS_ZIP64, 12)
    rec.writeUInt16LE(NEEDS_ZIP64, 14)
    u64(rec, count, 24)
    u64(rec, count, 32)
    u64(rec, cdLength, 40)
    u64(rec, cdOffset, 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(0x07064b50, 0)
    u64(loc, cdOffset + cdLength, 8)
    loc.writeUInt32LE(1, 16)
    parts.push(rec, loc)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Math.min(count, 0xffff), 8)
  end.writeUInt16LE(Math.min(count, 0xffff), 10)
  end.writeUInt32LE(Math.min(cdLength, MAX32), 12)
  end.writeUInt32LE(Math.min(cdOffset, MAX32), 16)
  parts.push(end)
  return Buffer.concat(parts)
}

/** Deflates one file, yielding its compressed chunks; `stats` ends with the CRC and both lengths. */
async function* deflated(
  entry: InnerZipEntry,
  level: number,
  stats: { crc: number; size: number; compressedSize: number },
  onRead?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  if (entry.size <= ONE_SHOT_BYTES) {
    yield* deflatedSmall(entry, level, stats, onRead)
    return
  }
  const deflate = createDeflateRaw({ level })
  const source = entry.open()
  source.on('data', (c: Buffer) => {
    stats.crc = crc32(c, stats.crc)
    stats.size += c.length
    onRead?.(c.length)
  })
  source.on('error', (e: Error) => deflate.destroy(e))
  source.pipe(deflate)
  for await (const chunk of deflate as AsyncIterable<Buffer>) {
    stats.compressedSize += chunk.length
    yield chunk
  }
  if (stats.size !== entry.size) throw changedSize(entry, stats.size)
}

async function* deflatedSmall(
  entry: InnerZipEntry,
  level: number,
  stats: { crc: number; size: number; compressedSize: number },
  onRead?: (bytes: number) => void,
): AsyncGenerator<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of entry.open() as AsyncIterable<Buffer>) {
    stats.crc = crc32(c, stats.crc)
    stats.size += c.length
    onRead?.(c.length)
    // A file that grew past its listed size is reported below, without holding more than one extra chunk.
    if (stats.size > ONE_SHOT_BYTES) break
    chunks.push(c)
  }
  if (stats.size !== entry.size) throw changedSize(entry, stats.size)
  const out = deflateRawSync(Buffer.concat(chunks), { level })
  stats.compressedSize = out.length
  yield out
}

function changedSize(entry: InnerZipEntry, read: number): Error {
  return new Error(
    `${entry.name} changed size while it was being packaged (read ${read} bytes, listed as ${entry.size})`,
  )
}

async function* zipChunks(entries: InnerZipEntry[], opts: InnerZipOptions): AsyncGenerator<Buffer> {
  const level = opts.compressionLevel ?? DEFAULT_COMPRESSION_LEVEL
  const order = entries.map((e, i) => ({ e, i })).sort((a, b) => microsoftOrder(a.e.name, b.e.name))
  const written: Written[] = []
  let offset = 0
  for (const [pos, { e }] of order.entries()) {
    let known = opts.measured?.[pos]
    let kept: Buffer[] | undefined
    if (!known) {
      // Measuring pass for this file: keep the bytes when they are small, so they are deflated only once.
      const stats = { crc: 0, size: 0, compressedSize: 0 }
      kept = []
      for await (const c of deflated(e, level, stats, opts.onRead)) {
        if (kept && stats.compressedSize <= KEEP_BYTES) kept.push(c)
        else kept = undefined
      }
      known = { crc: stats.crc, compressedSize: stats.compressedSize }
    }
    opts.collect?.push(known)
    const w: Written = {
      name: Buffer.from(e.name.split('/').join('\\'), 'utf8'),
      crc: known.crc,
      size: e.size,
      compressedSize: known.compressedSize,
      offset,
      dos: dosDateTime(opts.mtime ?? e.mtime ?? new Date()),
    }
    const header = localHeader(w)
    yield header
    if (kept) {
      yield* kept
    } else {
      const again = { crc: 0, size: 0, compressedSize: 0 }
      yield* deflated(e, level, again, opts.measured ? opts.onRead : undefined)
      if (again.crc !== known.crc || again.compressedSize !== known.compressedSize) {
        throw new Error(`${e.name}: its bytes changed while being packaged`)
      }
    }
    offset += header.length + w.compressedSize
    written.push(w)
  }
  const cd = Buffer.concat(written.map(centralHeader))
  yield cd
  yield endRecords(written.length, offset, cd.length)
}

/** Starts the zip; the returned stream errors if any entry fails (unreadable, or changed mid-run). */
export function innerZipStream(entries: InnerZipEntry[], opts: InnerZipOptions = {}): Readable {
  const out = Readable.from(zipChunks(entries, opts), { objectMode: false })
  const mapped = new Readable({ read: () => undefined })
  out.on('data', (c: Buffer) => {
    if (!mapped.push(c)) out.pause()
  })
  mapped._read = () => out.resume()
  out.on('end', () => mapped.push(null))
  out.on('error', (e: Error) => mapped.destroy(opts.mapError ? opts.mapError(e) : e))
  return mapped
}
