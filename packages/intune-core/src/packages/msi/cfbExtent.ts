/**
 * How many bytes an OLE compound file (MS-CFB) must have at least: its header plus every sector a FAT
 * chain points to. cfb reads whatever bytes are there, so an MSI cut by a sector or two still parses, with the tail of
 * some stream missing; comparing this with the file's size catches that before any metadata is trusted.
 */

const FREESECT = 0xffffffff
const ENDOFCHAIN = 0xfffffffe
const FATSECT = 0xfffffffd
const DIFSECT = 0xfffffffc
const MAXREGSECT = 0xfffffffa
/** The header's DIFAT array holds the first 109 FAT sector numbers (MS-CFB 2.2). */
const HEADER_DIFAT = 109

/** The byte length the FAT says the file spans, or undefined when the header itself is unusable. */
export function cfbRequiredSize(buf: Buffer): number | undefined {
  if (buf.length < 512) return undefined
  const shift = buf.readUInt16LE(0x1e)
  if (shift !== 9 && shift !== 12) return undefined
  const sector = 1 << shift
  const at = (n: number): number => (n + 1) * sector
  const fatCount = buf.readUInt32LE(0x2c)
  const fatSectors: number[] = []
  for (let i = 0; i < HEADER_DIFAT && fatSectors.length < fatCount; i++) {
    const n = buf.readUInt32LE(0x4c + 4 * i)
    if (n === FREESECT || n === ENDOFCHAIN) break
    fatSectors.push(n)
  }
  // Further FAT sector numbers sit in a chain of DIFAT sectors; the seen-set stops a loop.
  let difat = buf.readUInt32LE(0x44)
  const seen = new Set<number>()
  let maxSector = -1
  while (fatSectors.length < fatCount && difat < ENDOFCHAIN - 1 && !seen.has(difat)) {
    seen.add(difat)
    maxSector = Math.max(maxSector, difat)
    if (at(difat) + sector > buf.length) return at(difat) + sector
    const per = sector / 4 - 1
    for (let i = 0; i < per && fatSectors.length < fatCount; i++) {
      fatSectors.push(buf.readUInt32LE(at(difat) + 4 * i))
    }
    difat = buf.readUInt32LE(at(difat) + 4 * per)
  }
  for (const [index, fat] of fatSectors.entries()) {
    maxSector = Math.max(maxSector, fat)
    if (at(fat) + sector > buf.length) return at(fat) + sector
    for (let i = 0; i < sector / 4; i++) {
      const next = buf.readUInt32LE(at(fat) + 4 * i)
      // A pointer to the next sector of a chain, or a FAT/DIFAT sector, is a sector that must exist.
      // ENDOFCHAIN alone is not: some writers (SheetJS cfb) pad unused FAT entries with it, not FREESECT.
      if (next <= MAXREGSECT) maxSector = Math.max(maxSector, next, index * (sector / 4) + i)
      else if (next === FATSECT || next === DIFSECT) maxSector = Math.max(maxSector, index * (sector / 4) + i)
    }
  }
  return at(maxSector) + sector
}
