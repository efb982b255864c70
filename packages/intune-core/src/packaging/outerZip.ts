/**
 * The outer .intunewin zip, written by hand: two stored entries (payload, then Detection.xml), no
 * directory entries, DOS timestamps, made-by 4.5 FAT / needs 1.0 like IntuneWinAppUtil, ZIP64 records
 * only where a size or offset needs them.
 *
 * Both local headers carry the 28-byte 0xA220 padding ("growth hint") field System.IO.Packaging writes in
 * Microsoft's packages; the payload's length is known only once it is written, so when it passes 4 GiB the
 * field's first 20 bytes become the ZIP64 sizes and the padding shrinks to 8.
 */
export const PAYLOAD_ENTRY = 'IntuneWinPackage/Contents/IntunePackage.intunewin'
export const DETECTION_ENTRY = 'IntuneWinPackage/Metadata/Detection.xml'

const LFH_SIG = 0x04034b50
const CDH_SIG = 0x02014b50
const EOCD_SIG = 0x06054b50
const ZIP64_EOCD_SIG = 0x06064b50
const ZIP64_LOCATOR_SIG = 0x07064b50
const MADE_BY = 45 // spec 4.5, host 0 (FAT), as Microsoft's tool writes
const NEEDS_PLAIN = 10
const NEEDS_ZIP64 = 45
const MAX32 = 0xffffffff
/** The local extra field Microsoft's tool writes on both entries: a 28-byte 0xA220 padding field. */
export const RESERVED_EXTRA = 28

export interface OuterEntry {
  name: string
  crc32: number
  size: number
  /** Offset of the entry's local header. */
  offset: number
  dos: DosDateTime
  /** Bytes of the local header's extra field: RESERVED_EXTRA (Microsoft's padding field), or 0. */
  extraLength: number
}

export interface DosDateTime {
  time: number
  date: number
}

/** DOS date/time from the Date's local fields, like yazl (callers pass local-field dates for fixed stamps). */
export function dosDateTime(d: Date): DosDateTime {
  const year = Math.min(Math.max(d.getFullYear(), 1980), 2107)
  return {
    date: (((year - 1980) & 0x7f) << 9) | ((d.getMonth() + 1) << 5) | d.getDate(),
    time: (d.getHours() << 11) | (d.getMinutes() << 5) | Math.floor(d.getSeconds() / 2),
  }
}

const needs64 = (n: number): boolean => n >= MAX32

function writeU64(buf: Buffer, n: number, at: number): void {
  buf.writeUInt32LE(n % 0x100000000, at)
  buf.writeUInt32LE(Math.floor(n / 0x100000000), at + 4)
}

/** Length of the local header for `name` with `extraLength` extra bytes; the data follows it. */
export function localHeaderLength(name: string, extraLength: number): number {
  return 30 + Buffer.byteLength(name) + extraLength
}

/** The local header (final values). A stored entry: compressed size == size. */
export function localHeader(e: OuterEntry): Buffer {
  const name = Buffer.from(e.name, 'utf8')
  const big = needs64(e.size)
  if (big && e.extraLength !== RESERVED_EXTRA) throw new Error(`${e.name}: no room for ZIP64 sizes`)
  const h = Buffer.alloc(30 + name.length + e.extraLength)
  h.writeUInt32LE(LFH_SIG, 0)
  h.writeUInt16LE(big ? NEEDS_ZIP64 : NEEDS_PLAIN, 4)
  h.writeUInt16LE(0, 6) // flags: ASCII names, sizes in the header, no data descriptor
  h.writeUInt16LE(0, 8) // stored
  h.writeUInt16LE(e.dos.time, 10)
  h.writeUInt16LE(e.dos.date, 12)
  h.writeUInt32LE(e.crc32 >>> 0, 14)
  h.writeUInt32LE(big ? MAX32 : e.size, 18)
  h.writeUInt32LE(big ? MAX32 : e.size, 22)
  h.writeUInt16LE(name.length, 26)
  h.writeUInt16LE(e.extraLength, 28)
  name.copy(h, 30)
  const x = 30 + name.length
  if (e.extraLength === RESERVED_EXTRA) {
    let at = x
    if (big) {
      h.writeUInt16LE(0x0001, at)
      h.writeUInt16LE(16, at + 2)
      writeU64(h, e.size, at + 4) // original size
      writeU64(h, e.size, at + 12) // compressed size
      at += 20
    }
    // The rest is System.IO.Packaging's growth-hint field: 0xA220, its length, signature 0xA028, the padding
    // length, zeros. Byte for byte what Microsoft's local headers hold (20a2 1800 28a0 1400 00…).
    const rest = RESERVED_EXTRA - (at - x)
    h.writeUInt16LE(0xa220, at)
    h.writeUInt16LE(rest - 4, at + 2)
    h.writeUInt16LE(0xa028, at + 4)
    h.writeUInt16LE(rest - 8, at + 6)
  } else if (e.extraLength !== 0) {
    throw new Error(`${e.name}: unsupported extra length ${e.extraLength}`)
  }
  return h
}

function centralHeader(e: OuterEntry): Buffer {
  const name = Buffer.from(e.name, 'utf8')
  const bigSize = needs64(e.size)
  const bigOffset = needs64(e.offset)
  // ZIP64 extra holds only the fields whose 32-bit slot says 0xFFFFFFFF, in spec order.
  const z64: number[] = []
  if (bigSize) z64.push(e.size, e.size)
  if (bigOffset) z64.push(e.offset)
  const extraLength = z64.length ? 4 + 8 * z64.length : 0
  const h = Buffer.alloc(46 + name.length + extraLength)
  h.writeUInt32LE(CDH_SIG, 0)
  h.writeUInt16LE(MADE_BY, 4)
  h.writeUInt16LE(z64.length ? NEEDS_ZIP64 : NEEDS_PLAIN, 6)
  h.writeUInt16LE(0, 8)
  h.writeUInt16LE(0, 10)
  h.writeUInt16LE(e.dos.time, 12)
  h.writeUInt16LE(e.dos.date, 14)
  h.writeUInt32LE(e.crc32 >>> 0, 16)
  h.writeUInt32LE(bigSize ? MAX32 : e.size, 20)
  h.writeUInt32LE(bigSize ? MAX32 : e.size, 24)
  h.writeUInt16LE(name.length, 28)
  h.writeUInt16LE(extraLength, 30)
  // comment length, disk start, internal and external attributes: 0, as in Microsoft's packages
  h.writeUInt32LE(bigOffset ? MAX32 : e.offset, 42)
  name.copy(h, 46)
  if (z64.length) {
    const x = 46 + name.length
    h.writeUInt16LE(0x0001, x)
    h.writeUInt16LE(8 * z64.length, x + 2)
    z64.forEach((v, i) => writeU64(h, v, x + 4 + 8 * i))
  }
  return h
}

/** Central directory, then (when an offset needs it) the ZIP64 end record and locator, then the end record. */
export function centralDirectoryAndEnd(entries: OuterEntry[], cdOffset: number): Buffer {
  const cd = Buffer.concat(entries.map(centralHeader))
  const parts = [cd]
  const big = needs64(cdOffset) || needs64(cd.length) || entries.length >= 0xffff
  if (big) {
    const rec = Buffer.alloc(56)
    rec.writeUInt32LE(ZIP64_EOCD_SIG, 0)
    writeU64(rec, 56 - 12, 4)
    rec.writeUInt16LE(MADE_BY, 12)
    rec.writeUInt16LE(NEEDS_ZIP64, 14)
    writeU64(rec, entries.length, 24)
    writeU64(rec, entries.length, 32)
    writeU64(rec, cd.length, 40)
    writeU64(rec, cdOffset, 48)
    const loc = Buffer.alloc(20)
    loc.writeUInt32LE(ZIP64_LOCATOR_SIG, 0)
    writeU64(loc, cdOffset + cd.length, 8)
    loc.writeUInt32LE(1, 16)
    parts.push(rec, loc)
  }
  const end = Buffer.alloc(22)
  end.writeUInt32LE(EOCD_SIG, 0)
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 8)
  end.writeUInt16LE(Math.min(entries.length, 0xffff), 10)
  end.writeUInt32LE(needs64(cd.length) ? MAX32 : cd.length, 12)
  end.writeUInt32LE(needs64(cdOffset) ? MAX32 : cdOffset, 16)
  parts.push(end)
  return Buffer.concat(parts)
}
