import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import * as yauzl from 'yauzl'
import {
  centralDirectoryAndEnd,
  localHeader,
  localHeaderLength,
  PAYLOAD_ENTRY,
  DETECTION_ENTRY,
  RESERVED_EXTRA,
  type OuterEntry,
} from './outerZip'

const dos = { time: 0, date: 33 } // 1980-01-01
const u64 = (b: Buffer, at: number): number => b.readUInt32LE(at) + b.readUInt32LE(at + 4) * 0x100000000

describe('outer zip writer', () => {
  const FIVE_GIB = 5 * 1024 ** 3 + 48
  const payload: OuterEntry = {
    name: PAYLOAD_ENTRY,
    crc32: 0x12345678,
    size: FIVE_GIB,
    offset: 0,
    dos,
    extraLength: RESERVED_EXTRA,
  }
  const xmlOffset = localHeaderLength(PAYLOAD_ENTRY, RESERVED_EXTRA) + FIVE_GIB
  const xml: OuterEntry = {
    name: DETECTION_ENTRY,
    crc32: 0xdeadbeef,
    size: 900,
    offset: xmlOffset,
    dos,
    extraLength: 0,
  }
  const cdOffset = xmlOffset + localHeaderLength(DETECTION_ENTRY, 0) + 900

  it('puts ZIP64 sizes in the reserved local extra when the payload passes 4 GiB', () => {
    const h = localHeader(payload)
    expect(h.readUInt32LE(0)).toBe(0x04034b50)
    expect(h.readUInt16LE(4)).toBe(45)
    expect(h.readUInt32LE(18)).toBe(0xffffffff)
    expect(h.readUInt32LE(22)).toBe(0xffffffff)
    const x = 30 + PAYLOAD_ENTRY.length
    expect(h.readUInt16LE(28)).toBe(28)
    expect(h.readUInt16LE(x)).toBe(0x0001)
    expect(h.readUInt16LE(x + 2)).toBe(16)
    expect(u64(h, x + 4)).toBe(FIVE_GIB)
    expect(u64(h, x + 12)).toBe(FIVE_GIB)
    expect([h.readUInt16LE(x + 20), h.readUInt16LE(x + 22)]).toEqual([0xa220, 4]) // the padding that is left
  })

  it('uses a 0xA220 padding extra and plain sizes when the payload is small', () => {
    const h = localHeader({ ...payload, size: 1000 })
    expect(h.readUInt16LE(4)).toBe(10)
    expect(h.readUInt32LE(18)).toBe(1000)
    expect(h.readUInt16LE(30 + PAYLOAD_ENTRY.length)).toBe(0xa220)
    expect(h.length).toBe(localHeaderLength(PAYLOAD_ENTRY, RESERVED_EXTRA))
  })

  it('writes ZIP64 central records, end record and locator that parse back', () => {
    const tail = centralDirectoryAndEnd([payload, xml], cdOffset)
    // central header 1: sizes in the zip64 extra
    expect(tail.readUInt32LE(0)).toBe(0x02014b50)
    expect(tail.readUInt32LE(20)).toBe(0xffffffff)
    const x1 = 46 + PAYLOAD_ENTRY.length
    expect(tail.readUInt16LE(x1)).toBe(1)
    expect(u64(tail, x1 + 4)).toBe(FIVE_GIB)
    expect(tail.readUInt32LE(42)).toBe(0) // offset fits in 32 bits
    // central header 2: only the offset in the zip64 extra
    const c2 = x1 + 4 + 16
    expect(tail.readUInt32LE(c2)).toBe(0x02014b50)
    expect(tail.readUInt32LE(c2 + 20)).toBe(900)
    expect(tail.readUInt32LE(c2 + 42)).toBe(0xffffffff)
    const x2 = c2 + 46 + DETECTION_ENTRY.length
    expect(tail.readUInt16LE(x2 + 2)).toBe(8)
    expect(u64(tail, x2 + 4)).toBe(xmlOffset)
    const cdLength = x2 + 12
    // zip64 end record, locator, end record
    expect(tail.readUInt32LE(cdLength)).toBe(0x06064b50)
    expect(u64(tail, cdLength + 40)).toBe(cdLength)
    expect(u64(tail, cdLength + 48)).toBe(cdOffset)
    expect(tail.readUInt32LE(cdLength + 56)).toBe(0x07064b50)
    expect(u64(tail, cdLength + 64)).toBe(cdOffset + cdLength)
    expect(tail.readUInt32LE(cdLength + 76)).toBe(0x06054b50)
    expect(tail.readUInt32LE(cdLength + 76 + 16)).toBe(0xffffffff)
    expect(tail.length).toBe(cdLength + 76 + 22)
  })

  it('is read as ZIP64 by yauzl from a sparse 5 GiB file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'z64-'))
    const file = path.join(dir, 'big.intunewin')
    const fd = openSync(file, 'w')
    try {
      writeSync(fd, localHeader(payload), 0, undefined, 0)
      const lh2 = localHeader(xml)
      writeSync(fd, lh2, 0, undefined, xmlOffset)
      writeSync(fd, centralDirectoryAndEnd([payload, xml], cdOffset), 0, undefined, cdOffset)
    } finally {
      closeSync(fd)
    }
    const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
      yauzl.open(file, { lazyEntries: false, validateEntrySizes: false }, (err, zip) => {
        if (err || !zip) return reject(err)
        const out: yauzl.Entry[] = []
        zip.on('entry', (e: yauzl.Entry) => out.push(e))
        zip.on('end', () => (zip.close(), resolve(out)))
        zip.on('error', reject)
      })
    })
    rmSync(dir, { recursive: true, force: true })
    expect(entries.map(e => [e.fileName, e.compressedSize, e.relativeOffsetOfLocalHeader, e.crc32])).toEqual([
      [PAYLOAD_ENTRY, FIVE_GIB, 0, 0x12345678],
      [DETECTION_ENTRY, 900, xmlOffset, 0xdeadbeef],
    ])
  })
})
