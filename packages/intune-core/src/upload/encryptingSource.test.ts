import { createDecipheriv, createHmac } from 'node:crypto'
import { Readable } from 'node:stream'
import { encryptedLength, generateContentKeys } from '../crypto/payloadEncryptor'
import type { SourceBlock } from './blockSource'
import { encryptingSource } from './encryptingSource'

/** A plaintext stream of `size` pseudo-random bytes in 64 KiB chunks, produced only when read. */
function generated(size: number, seed = 7): Readable {
  let left = size
  let x = seed
  return new Readable({
    read() {
      if (left === 0) return void this.push(null)
      const n = Math.min(65536, left)
      const b = Buffer.allocUnsafe(n)
      for (let i = 0; i < n; i++) b[i] = x = (x * 1103515245 + 12345) & 0xff
      left -= n
      this.push(b)
    },
  })
}

async function collect(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = []
  for await (const c of stream) parts.push(c as Buffer)
  return Buffer.concat(parts)
}

describe('encryptingSource', () => {
  it('yields IV‖ciphertext blocks 1..n in order, then the HMAC as block 0; the list order rebuilds the blob', async () => {
    const keys = generateContentKeys('ordering')
    const plain = await collect(generated(100_003))
    const source = encryptingSource(() => Readable.from([plain]), keys, { plainLength: plain.length })
    expect(source.length).toBe(encryptedLength(plain.length))
    const reader = await source.open({ blockSize: 16_384, buffers: 2 })
    const order: number[] = []
    const byIndex = new Map<number, Buffer>()
    for (let b = await reader.next(); b; b = await reader.next()) {
      order.push(b.index)
      byIndex.set(b.index, Buffer.from(b.data))
      b.release()
    }
    const n = Math.ceil((source.length! - 32) / 16_384)
    expect(order).toEqual([...Array.from({ length: n }, (_, i) => i + 1), 0])
    const blob = Buffer.concat([...byIndex.keys()].sort((a, b) => a - b).map(i => byIndex.get(i)!))
    expect(blob.length).toBe(source.length)
    // HMAC first, over IV‖ciphertext; then decrypt and compare.
    const mac = createHmac('sha256', keys.macKey).update(blob.subarray(32)).digest()
    expect(blob.subarray(0, 32)).toEqual(mac)
    expect(blob.subarray(32, 48)).toEqual(keys.iv)
    const d = createDecipheriv('aes-256-cbc', keys.encryptionKey, keys.iv)
    expect(Buffer.concat([d.update(blob.subarray(48)), d.final()])).toEqual(plain)
    expect(reader.encryption()?.mac).toEqual(mac)
    expect(reader.encryption()?.plainLength).toBe(plain.length)
  })

  it('stops reading the stream while every buffer is out (backpressure bounds memory)', async () => {
    const keys = generateContentKeys('bound')
    let produced = 0
    const src = generated(8 * 1024 * 1024)
    src.on('data', (c: Buffer) => (produced += c.length))
    const reader = await encryptingSource(() => src, keys).open({ blockSize: 262_144, buffers: 3 })
    const held: SourceBlock[] = []
    for (let i = 0; i < 3; i++) held.push((await reader.next())!)
    const pending = reader.next()
    let fourth: SourceBlock | undefined
    void pending.then(b => (fourth = b))
    await new Promise(r => setTimeout(r, 50))
    expect(fourth).toBeUndefined()
    // The stream is paused: only about 3 blocks plus stream buffers were read, not the 8 MiB.
    expect(produced).toBeLessThan(4 * 262_144 + 2 * 65_536)
    held[0].release()
    expect((await pending)!.index).toBe(4)
    expect(reader.pool.maxLive).toBe(3)
    await reader.close()
  })

  it('turns a failing plaintext stream into a PACKAGE_INVALID error', async () => {
    const broken = new Readable({
      read() {
        this.destroy(new Error('disk on fire'))
      },
    })
    const reader = await encryptingSource(() => broken, generateContentKeys()).open({
      blockSize: 1024,
      buffers: 1,
    })
    await expect(reader.next()).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringContaining('disk on fire'),
    })
  })
})
