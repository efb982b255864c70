import { Readable } from 'node:stream'
import * as yauzl from 'yauzl'
import { innerZipStream, type InnerZipEntry } from './innerZip'

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of r) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

const empty = (name: string): InnerZipEntry => ({ name, size: 0, open: () => Readable.from([]) })

describe('inner zip writer', () => {
  it('writes plain records for a small zip: no ZIP64 end record, no extras, deflate', async () => {
    const zip = await collect(
      innerZipStream([{ name: 'a/b.txt', size: 3, open: () => Readable.from([Buffer.from('abc')]) }]),
    )
    expect(zip.includes(Buffer.from([0x50, 0x4b, 0x06, 0x06]))).toBe(false)
    expect(zip.readUInt16LE(8)).toBe(8) // deflate
    expect(zip.readUInt16LE(6) & 0x800).toBe(0x800) // UTF-8 names
    expect(zip.readUInt16LE(28)).toBe(0) // no extra field
  })

  it('switches to ZIP64 end records by itself past 65,535 entries', async () => {
    const n = 65_540
    const entries = Array.from({ length: n }, (_, i) => empty(`f${i}`))
    const zip = await collect(innerZipStream(entries, { compressionLevel: 1 }))
    const eocd = zip.subarray(zip.length - 22)
    expect(eocd.readUInt32LE(0)).toBe(0x06054b50)
    expect(eocd.readUInt16LE(10)).toBe(0xffff)
    expect(zip.readUInt32LE(zip.length - 22 - 20)).toBe(0x07064b50) // locator
    const count = await new Promise<number>((resolve, reject) =>
      yauzl.fromBuffer(zip, { lazyEntries: false }, (err, z) =>
        err || !z ? reject(err) : resolve(z.entryCount),
      ),
    )
    expect(count).toBe(n)
  }, 120_000)

  it('fails when a file changes size between listing and zipping', async () => {
    const zip = innerZipStream([{ name: 'x', size: 10, open: () => Readable.from([Buffer.from('short')]) }])
    await expect(collect(zip)).rejects.toThrow(/x changed size while it was being packaged/)
  })
})
