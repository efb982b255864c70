/**
 * Byte structure of `--source` packages against the Microsoft-made fixtures (issue 9 item 11): everything but
 * keys, timestamps and the deflate bytes themselves must match IntuneWinAppUtil's output field by field.
 * The differences that remain are listed, with why, in docs/packaging.md.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { FIXTURES } from '../packages/test-support/buildZip'
import { packageIntunewin } from './packageIntunewin'
import { decryptBlob, parseDetection } from './test-support/intunewinKit'

interface Header {
  name: string
  madeBy: number
  needs: number
  flags: number
  method: number
  internal: number
  external: number
  centralExtra: string
  localNeeds: number
  localFlags: number
  localExtra: string
}

/** Every central and local header field that is not a size, CRC, offset or time. */
function headers(zip: Buffer): Header[] {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  const out: Header[] = []
  for (let i = 0; i < count; i++) {
    const n = zip.readUInt16LE(p + 28)
    const x = zip.readUInt16LE(p + 30)
    const lo = zip.readUInt32LE(p + 42)
    const ln = zip.readUInt16LE(lo + 26)
    out.push({
      name: zip.subarray(p + 46, p + 46 + n).toString('utf8'),
      madeBy: zip.readUInt16LE(p + 4),
      needs: zip.readUInt16LE(p + 6),
      flags: zip.readUInt16LE(p + 8),
      method: zip.readUInt16LE(p + 10),
      internal: zip.readUInt16LE(p + 36),
      external: zip.readUInt32LE(p + 38),
      centralExtra: zip.subarray(p + 46 + n, p + 46 + n + x).toString('hex'),
      localNeeds: zip.readUInt16LE(lo + 4),
      localFlags: zip.readUInt16LE(lo + 6),
      localExtra: zip.subarray(lo + 30 + ln, lo + 30 + ln + zip.readUInt16LE(lo + 28)).toString('hex'),
    })
    p += 46 + n + x + zip.readUInt16LE(p + 32)
  }
  return out
}

const shape = (h: Header): Omit<Header, 'name'> => {
  const { name: _name, ...rest } = h
  return rest
}

function payloadOf(file: string): { outer: Buffer; inner: Buffer; xml: string } {
  const outer = readFileSync(file)
  const hs = headers(outer)
  expect(hs.map(h => h.name)).toEqual([
    'IntuneWinPackage/Contents/IntunePackage.intunewin',
    'IntuneWinPackage/Metadata/Detection.xml',
  ])
  const entry = (i: number): Buffer => {
    const eocd = outer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
    let p = outer.readUInt32LE(eocd + 16)
    for (let k = 0; k < i; k++) p += 46 + outer.readUInt16LE(p + 28) + outer.readUInt16LE(p + 30)
    const lo = outer.readUInt32LE(p + 42)
    const start = lo + 30 + outer.readUInt16LE(lo + 26) + outer.readUInt16LE(lo + 28)
    return outer.subarray(start, start + outer.readUInt32LE(p + 20))
  }
  const xml = entry(1).toString('utf8')
  return { outer, xml, inner: decryptBlob(entry(0), parseDetection(xml).values) }
}

let tmp: string
let ours: ReturnType<typeof payloadOf>
const MS = ['msft-1.8.4.0-7zip-tiny.intunewin', 'msft-1.8.3.0-basisschrift-subfolder.intunewin']

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'ms-struct-'))
  const src = path.join(tmp, 'src')
  // The basisschrift fixture's own layout: files at the top, then a sub-folder.
  mkdirSync(path.join(src, 'Fonts'), { recursive: true })
  for (const f of ['uninstall.ps1', 'Basisschrift.png', 'install.ps1', 'check.ps1'])
    writeFileSync(path.join(src, f), f)
  writeFileSync(path.join(src, 'Fonts', 'DCH-Basisschrift.otf'), 'font'.repeat(1000))
  const outFile = path.join(tmp, 'ours.intunewin')
  await packageIntunewin({ sourceDir: src, setupFile: 'install.ps1', outFile })
  ours = payloadOf(outFile)
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

describe.each(MS)('like %s', fixture => {
  const ms = () => payloadOf(path.join(FIXTURES, 'intunewin', fixture))

  test('outer zip: every header field but sizes, CRCs, offsets and times', () => {
    expect(headers(ours.outer).map(shape)).toEqual(headers(ms().outer).map(shape))
  })

  test('outer zip: end record with no comment, nothing between directory and end', () => {
    for (const z of [ours.outer, ms().outer]) {
      const eocd = z.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
      expect(eocd).toBe(z.length - 22)
      expect(z.readUInt32LE(eocd + 12) + z.readUInt32LE(eocd + 16)).toBe(eocd)
    }
  })

  test('inner zip: each entry shaped as Microsoft writes it (no data descriptor, FAT 2.0, UTF-8 flag only)', () => {
    const want = shape(headers(ms().inner)[0])
    expect(want).toMatchObject({ flags: 0x800, madeBy: 0x14, external: 0, localExtra: '' })
    for (const h of headers(ours.inner)) expect(shape(h)).toEqual(want)
  })

  test('Detection.xml: no BOM, no declaration, the same element sequence and root attributes', () => {
    const a = parseDetection(ms().xml)
    const b = parseDetection(ours.xml)
    expect(b.sequence).toEqual(a.sequence)
    expect(Object.keys(b.rootAttributes)).toEqual(Object.keys(a.rootAttributes))
    expect(ours.xml.startsWith('<ApplicationInfo xmlns:xsd=')).toBe(true)
  })
})

test('inner zip: the entry order and `\\` separators of msft-1.8.3.0-basisschrift-subfolder', () => {
  const ms = payloadOf(path.join(FIXTURES, 'intunewin', MS[1]))
  expect(headers(ours.inner).map(h => h.name)).toEqual(headers(ms.inner).map(h => h.name))
})
