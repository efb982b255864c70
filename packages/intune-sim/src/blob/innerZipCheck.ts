/**
 * The structural checks Intune is known or suspected to make on a Win32 app's decrypted payload at commit
 * (docs/simulator.md, "Win32 payload structure"): it must be a zip (local header first, an end record,
 * a central directory that parses), with no entry that extracts outside its folder, and no data descriptors.
 * Fed the plaintext as it is decrypted; only the head and a bounded tail are kept, so memory stays bounded.
 */
const TAIL_BYTES = 8 * 1024 * 1024
const EOCD = 0x06054b50
const CDH = 0x02014b50
const ZIP64_LOCATOR = 0x07064b50
const ZIP64_EOCD = 0x06064b50

export type InnerZipProblem = {
  code: 'InnerZipNotAZip' | 'InnerZipDataDescriptor' | 'InnerZipUnsafeName'
  reason: string
}

export class InnerZipCheck {
  private head = Buffer.alloc(0)
  private tail: Buffer[] = []
  private tailLength = 0
  private total = 0

  feed(plain: Buffer): void {
    this.total += plain.length
    if (this.head.length < 4) this.head = Buffer.concat([this.head, plain.subarray(0, 4 - this.head.length)])
    this.tail.push(plain)
    this.tailLength += plain.length
    while (this.tail.length > 1 && this.tailLength - this.tail[0].length >= TAIL_BYTES) {
      this.tailLength -= this.tail[0].length
      this.tail.shift()
    }
  }

  /** The first problem found, or undefined when the payload looks like a zip IntuneWinAppUtil would write. */
  finish(): InnerZipProblem | undefined {
    const notZip = (why: string): InnerZipProblem => ({
      code: 'InnerZipNotAZip',
      reason: `the decrypted content is not a zip archive (${why}); Intune reports "File format is not recognized"`,
    })
    if (this.head.length < 4 || this.head.readUInt32LE(0) !== 0x04034b50)
      return notZip('no local file header at offset 0')
    const buf = Buffer.concat(this.tail)
    const base = this.total - buf.length
    const eocdAt = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]), Math.max(0, buf.length - 22))
    if (eocdAt < 0 || buf.length - eocdAt < 22 || buf.readUInt32LE(eocdAt) !== EOCD)
      return notZip('no end of central directory record')
    let count = buf.readUInt16LE(eocdAt + 10)
    let cdLength = buf.readUInt32LE(eocdAt + 12)
    let cdOffset = buf.readUInt32LE(eocdAt + 16)
    const loc = eocdAt - 20
    if (loc >= 0 && buf.readUInt32LE(loc) === ZIP64_LOCATOR) {
      const recAt = Number(buf.readBigUInt64LE(loc + 8)) - base
      if (recAt < 0 || recAt + 56 > buf.length || buf.readUInt32LE(recAt) !== ZIP64_EOCD)
        return notZip('a broken ZIP64 end record')
      count = Number(buf.readBigUInt64LE(recAt + 32))
      cdLength = Number(buf.readBigUInt64LE(recAt + 40))
      cdOffset = Number(buf.readBigUInt64LE(recAt + 48))
    }
    if (cdOffset + cdLength > this.total) return notZip('the central directory lies past the end')
    let p = cdOffset - base
    // A central directory larger than the kept tail is not walked: the end record alone was checked.
    if (p < 0) return undefined
    for (let i = 0; i < count; i++) {
      if (p + 46 > buf.length || buf.readUInt32LE(p) !== CDH)
        return notZip(`central directory entry ${i} is broken`)
      const flags = buf.readUInt16LE(p + 8)
      const nameLength = buf.readUInt16LE(p + 28)
      const name = buf.subarray(p + 46, p + 46 + nameLength).toString('utf8')
      if (flags & 0x0008) {
        return {
          code: 'InnerZipDataDescriptor',
          reason: `entry "${name}" uses a data descriptor (flag bit 3); IntuneWinAppUtil never writes one`,
        }
      }
      const parts = name.split(/[\\/]/)
      if (/^([a-z]:|[\\/])/i.test(name) || parts.includes('..')) {
        return {
          code: 'InnerZipUnsafeName',
          reason: `entry "${name}" would extract outside the app's folder`,
        }
      }
      p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
    }
    return undefined
  }
}
