import { randomBytes } from 'node:crypto'
import { crc32, crc32Combine, crc32Js } from './crc32'

describe('crc32', () => {
  it('gives the standard check value and matches the table version', () => {
    expect(crc32(Buffer.from('123456789'))).toBe(0xcbf43926)
    expect(crc32Js(Buffer.from('123456789'))).toBe(0xcbf43926)
    const buf = randomBytes(10_000)
    expect(crc32(buf.subarray(5000), crc32(buf.subarray(0, 5000)))).toBe(crc32Js(buf))
  })

  it('combines crc(A) and crc(B) into crc(A ‖ B) for any split', () => {
    const buf = randomBytes(70_001)
    for (const cut of [0, 1, 32, 48, 4096, 65_537, 70_000, 70_001]) {
      const a = buf.subarray(0, cut)
      const b = buf.subarray(cut)
      expect(crc32Combine(crc32(a), crc32(b), b.length)).toBe(crc32(buf))
    }
  })

  it('handles long B (many length bits) and refuses bad lengths', () => {
    const mac = randomBytes(32)
    const rest = Buffer.alloc(3 * 1024 * 1024 + 17, 0xa5)
    expect(crc32Combine(crc32(mac), crc32(rest), rest.length)).toBe(crc32(Buffer.concat([mac, rest])))
    expect(() => crc32Combine(1, 2, -1)).toThrow(RangeError)
  })
})
