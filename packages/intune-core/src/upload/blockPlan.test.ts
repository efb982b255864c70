import { IntunePublishError } from '../errors'
import {
  blockCount,
  blockId,
  blockListXml,
  MAX_BLOCKS,
  MiB,
  minimumBlockSize,
  validateBlockSettings,
} from './blockPlan'

describe('blockId', () => {
  const bytes = Buffer.from('some block bytes')
  it('encodes the index and a digest of the bytes, at one width whatever the index', () => {
    expect(Buffer.from(blockId(0, bytes), 'base64').toString('ascii')).toMatch(/^blk-000000-[0-9a-f]{24}$/)
    expect(Buffer.from(blockId(12345, bytes), 'base64').toString('ascii')).toMatch(/^blk-012345-/)
    const lengths = new Set([0, 9, 9999, 10000, 49_999].map(i => blockId(i, bytes).length))
    expect(lengths.size).toBe(1)
    expect(blockId(3, bytes)).toBe(blockId(3, Buffer.from('some block bytes')))
    expect(blockId(3, bytes)).not.toBe(blockId(3, Buffer.from('some block bytez')))
    expect(blockId(3, bytes)).not.toBe(blockId(4, bytes))
  })
  it('refuses indices outside the 50,000-block limit', () => {
    expect(() => blockId(MAX_BLOCKS, bytes)).toThrow(RangeError)
    expect(() => blockId(-1, bytes)).toThrow(RangeError)
  })
})

describe('block counts', () => {
  it('counts partial blocks and extra blocks', () => {
    expect(blockCount(8 * MiB, 8 * MiB)).toBe(1)
    expect(blockCount(8 * MiB + 1, 8 * MiB)).toBe(2)
    expect(blockCount(8 * MiB + 1, 8 * MiB, 1)).toBe(3)
  })
  it('finds the smallest whole-MiB block size that fits 50,000 blocks', () => {
    const thirtyGB = 30e9
    const size = minimumBlockSize(thirtyGB) as number
    expect(blockCount(thirtyGB, size)).toBeLessThanOrEqual(MAX_BLOCKS)
    expect(blockCount(thirtyGB, size - MiB)).toBeGreaterThan(MAX_BLOCKS)
    expect(minimumBlockSize(MAX_BLOCKS * 100 * MiB + 1)).toBeUndefined()
  })
  it('rejects a block size that would need more than 50,000 blocks, naming the fix', () => {
    let err: unknown
    try {
      validateBlockSettings({ blockSize: 1 * MiB, concurrency: 4 }, 60_000 * MiB)
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(IntunePublishError)
    expect((err as IntunePublishError).code).toBe('INPUT_INVALID')
    expect((err as IntunePublishError).message).toContain('60000 blocks')
    expect((err as IntunePublishError).fix).toBe('Raise the block size to at least 2 MiB.')
  })
  it('rejects blocks above 100 MiB and silly concurrency', () => {
    expect(() => validateBlockSettings({ blockSize: 100 * MiB + 1, concurrency: 4 })).toThrow(/100 MiB/)
    expect(() => validateBlockSettings({ blockSize: 0, concurrency: 4 })).toThrow(/upload.blockSize/)
    expect(() => validateBlockSettings({ blockSize: MiB, concurrency: 0 })).toThrow(/upload.concurrency/)
    expect(() => validateBlockSettings({ blockSize: MiB, concurrency: 2.5 })).toThrow(/upload.concurrency/)
    expect(() => validateBlockSettings({ blockSize: 100 * MiB, concurrency: 8 }, 30e9)).not.toThrow()
  })
})

describe('blockListXml', () => {
  it('lists ids as Latest in the given order', () => {
    const xml = blockListXml([blockId(0, Buffer.alloc(1)), blockId(1, Buffer.alloc(1))]).toString('utf8')
    expect(xml).toBe(
      `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${blockId(0, Buffer.alloc(1))}</Latest><Latest>${blockId(1, Buffer.alloc(1))}</Latest></BlockList>`,
    )
  })
})
