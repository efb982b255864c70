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
  it('encodes blk- plus six digits, all the same length', () => {
    expect(Buffer.from(blockId(0), 'base64').toString('ascii')).toBe('blk-000000')
    expect(Buffer.from(blockId(12345), 'base64').toString('ascii')).toBe('blk-012345')
    const lengths = new Set([0, 9, 9999, 10000, 49_999].map(i => blockId(i).length))
    expect([...lengths]).toEqual([16])
  })
  it('refuses indices the service would not accept', () => {
    expect(() => blockId(MAX_BLOCKS)).toThrow(RangeError)
    expect(() => blockId(-1)).toThrow(RangeError)
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
    const xml = blockListXml([blockId(0), blockId(1)]).toString('utf8')
    expect(xml).toBe(
      `<?xml version="1.0" encoding="utf-8"?><BlockList><Latest>${blockId(0)}</Latest><Latest>${blockId(1)}</Latest></BlockList>`,
    )
  })
})
