import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { verifyCommittedBlob } from '../../../intune-sim/src/blob/verifyCommittedBlob'
import { encryptedLength, generateContentKeys, PayloadEncryptor } from '../crypto/payloadEncryptor'
import type { BlockReader, SourceBlock } from './blockSource'
import { encryptingFileSource } from './encryptingFileSource'
import { newTarget, startTestStore, type TestStore } from './test-support/uploadFixtures'
import { uploadBlob } from './uploadBlob'

const dir = mkdtempSync(path.join(os.tmpdir(), 'enc-file-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, bytes: Buffer): string {
  const p = path.join(dir, name)
  writeFileSync(p, bytes)
  return p
}

/** The blob as the main-thread encryptor makes it: HMAC ‖ IV ‖ ciphertext. */
async function reference(plain: Buffer, keys = generateContentKeys('ref')): Promise<Buffer> {
  const enc = new PayloadEncryptor(keys)
  const parts: Buffer[] = []
  for await (const c of Readable.from([plain]).pipe(enc)) parts.push(c as Buffer)
  return Buffer.concat([enc.result().mac, ...parts])
}

/** Reads every block in upload order, releasing each, and puts the blob back together in list order. */
async function drain(reader: BlockReader): Promise<{ order: number[]; blob: Buffer }> {
  const order: number[] = []
  const byIndex = new Map<number, Buffer>()
  for (let b = await reader.next(); b; b = await reader.next()) {
    order.push(b.index)
    byIndex.set(b.index, Buffer.from(b.data))
    b.release()
  }
  await reader.close()
  const blob = Buffer.concat([...byIndex.keys()].sort((a, b) => a - b).map(i => byIndex.get(i)!))
  return { order, blob }
}

describe('encryptingFileSource (worker thread)', () => {
  it.each([
    ['empty', 0],
    ['under one AES block', 15],
    ['exactly one AES block', 16],
    ['a few blocks and a tail', 100_003],
    ['IV‖ciphertext exactly 4 blocks', 4 * 16_384 - 16 - 16],
  ])('makes the same blob as the main-thread encryptor: %s (%d bytes)', async (_name, size) => {
    const keys = generateContentKeys('ref')
    const plain = randomBytes(size)
    const source = encryptingFileSource(file(`p${size}.bin`, plain), keys, { plainLength: size })
    expect(source.length).toBe(encryptedLength(size))
    const reader = await source.open({ blockSize: 16_384, buffers: 2 })
    const { order, blob } = await drain(reader)
    expect(blob.equals(await reference(plain, keys))).toBe(true)
    const n = Math.ceil((encryptedLength(size) - 32) / 16_384)
    expect(order).toEqual([...Array.from({ length: n }, (_, i) => i + 1), 0])
    const result = reader.encryption()!
    expect(result.plainLength).toBe(size)
    expect(result.digest.toString('hex')).toBe(createHash('sha256').update(plain).digest('hex'))
    expect(result.info.mac).toBe(blob.subarray(0, 32).toString('base64'))
  })

  it('refills a slot only after its block is released (memory stays at buffers × blockSize)', async () => {
    const plain = randomBytes(10 * 8192)
    const reader = await encryptingFileSource(file('bound.bin', plain), generateContentKeys(), {
      plainLength: plain.length,
    }).open({ blockSize: 8192, buffers: 2 })
    const held: SourceBlock[] = [(await reader.next())!, (await reader.next())!]
    let third: SourceBlock | undefined
    const pending = reader.next().then(b => (third = b))
    await new Promise(r => setTimeout(r, 100))
    expect(third).toBeUndefined()
    const firstBytes = Buffer.from(held[0].data)
    held[1].release()
    await pending
    expect(third!.index).toBe(3)
    // Block 1 was not released, so its slot was not reused: its bytes are intact for a retry.
    expect(held[0].data.equals(firstBytes)).toBe(true)
    expect(reader.pool.maxLive).toBe(2)
    await reader.close()
    expect(await reader.next()).toBeUndefined()
  })

  it('turns a file it cannot read into a PACKAGE_INVALID error naming the file', async () => {
    const missing = path.join(dir, 'missing.bin')
    const reader = await encryptingFileSource(missing, generateContentKeys(), { plainLength: 10 }).open({
      blockSize: 1024,
      buffers: 1,
    })
    await expect(reader.next()).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/missing\.bin.*ENOENT/),
    })
    await reader.close()
  })

  describe('through uploadBlob to Azurite', () => {
    let t: TestStore
    beforeAll(async () => {
      t = await startTestStore()
    }, 60_000)
    afterAll(() => t?.stop())

    it("uploads out of order and passes the simulator's commit check (Intune's verification)", async () => {
      const size = 3 * 1024 * 1024 + 77
      const plain = randomBytes(size)
      const keys = generateContentKeys()
      const target = await newTarget(t.store)
      // Slow early blocks so later ones are stored first.
      t.store.faults.add({ kind: 'slow', match: 'block', count: 2, delayMs: 300 })
      const stats = await uploadBlob({
        sasUrl: target.sas.url,
        renew: target.renew,
        source: encryptingFileSource(file('upload.bin', plain), keys, { plainLength: size }),
        blockSize: 256 * 1024,
        concurrency: 4,
        caPem: t.caPem,
      })
      expect(stats.blocks).toBe(Math.ceil((encryptedLength(size) - 32) / (256 * 1024)) + 1)
      expect(stats.maxBuffersInUse).toBeLessThanOrEqual(4)
      const expectation = {
        size,
        sizeEncrypted: encryptedLength(size),
        encryptionInfo: stats.encryption!.info,
      }
      const opened = await t.store.openBlob(target.container, target.blob)
      expect(await verifyCommittedBlob(opened, expectation)).toEqual({ ok: true })
      // The check is real: the same blob with another digest is refused.
      const wrong = { ...expectation.encryptionInfo, fileDigest: Buffer.alloc(32).toString('base64') }
      const again = await t.store.openBlob(target.container, target.blob)
      expect(await verifyCommittedBlob(again, { ...expectation, encryptionInfo: wrong })).toMatchObject({
        ok: false,
        code: 'DigestMismatch',
      })
    }, 60_000)
  })
})
