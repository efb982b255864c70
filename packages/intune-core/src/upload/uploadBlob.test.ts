/** uploadBlob against the simulator's real blob store (Azurite behind the HTTPS fault proxy). */
import { createHash, createHmac } from 'node:crypto'
import { createReadStream, readFileSync } from 'node:fs'
import path from 'node:path'
import { encryptedLength, generateContentKeys } from '../crypto/payloadEncryptor'
import { MiB } from './blockPlan'
import { encryptingSource } from './encryptingSource'
import { fileRangeSource } from './fileRangeSource'
import { selfCheck } from './selfCheck'
import {
  FIXTURES,
  intunewinPayload,
  newTarget,
  randomPlaintext,
  readBlob,
  recordingLogger,
  sigOf,
  startTestStore,
  verifyEncryptedBlob,
  type TestStore,
} from './test-support/uploadFixtures'
import { uploadBlob } from './uploadBlob'

let t: TestStore
beforeAll(async () => {
  t = await startTestStore()
})
afterAll(async () => t?.stop())
beforeEach(() => {
  t.store.faults.clear()
  t.store.faults.resetStats()
})

test('uploads a .intunewin inner payload unchanged, from its range in the file', async () => {
  const file = path.join(FIXTURES, 'intunewin/msft-1.8.3.0-basisschrift-subfolder.intunewin')
  const payload = intunewinPayload(file)
  expect(payload.length).toBe(221664)
  const target = await newTarget(t.store)
  const logger = recordingLogger()
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: fileRangeSource(file, payload.offset, payload.length),
    blockSize: 64 * 1024,
    concurrency: 3,
    caPem: t.caPem,
    logger,
  })
  const back = await readBlob(t.store, target.container, target.blob)
  const expected = readFileSync(file).subarray(payload.offset, payload.offset + payload.length)
  expect(back.data.equals(expected)).toBe(true)
  expect(back.data.subarray(0, 32).toString('base64')).toBe(payload.mac)
  expect(back.committedBlocks).toBe(4)
  expect(stats).toMatchObject({ bytesUploaded: 221664, blocks: 4, retries: 0, renewals: 0 })
  expect(stats.blockIds.map(id => Buffer.from(id, 'base64').toString())).toEqual(
    [0, 1, 2, 3].map(i => expect.stringMatching(new RegExp(`^blk-00000${i}-[0-9a-f]{24}$`))),
  )
  expect(t.store.faults.stats.requests).toEqual({ block: 4, blocklist: 1, other: 0 })
  expect(logger.events.at(-1)).toMatchObject({ phase: 'upload', done: 221664, total: 221664 })
  expect(logger.events.at(-1)!.message).toMatch(/^upload 0\.2\/0\.2 MiB \(100%\)/)
  // The SAS signature was masked for the CI and never logged.
  expect(logger.masked).toContain(sigOf(target.sas.url))
  expect(logger.lines.join('\n')).not.toContain(sigOf(target.sas.url))
})

test('encrypts the APK fixture on the fly: HMAC block listed first, blob decrypts to the file', async () => {
  const file = path.join(FIXTURES, 'apk/icyleaf-android.apk')
  const plain = readFileSync(file)
  const keys = generateContentKeys()
  const target = await newTarget(t.store)
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: encryptingSource(() => createReadStream(file, { highWaterMark: MiB }), keys, {
      plainLength: plain.length,
    }),
    blockSize: MiB,
    concurrency: 4,
    caPem: t.caPem,
  })
  const back = await readBlob(t.store, target.container, target.blob)
  expect(back.data.length).toBe(encryptedLength(plain.length))
  const mac = createHmac('sha256', keys.macKey).update(back.data.subarray(32)).digest()
  expect(back.data.subarray(0, 32).equals(mac)).toBe(true)
  const verified = await verifyEncryptedBlob(t.store, target.container, target.blob, keys)
  expect(verified).toMatchObject({ macOk: true, ivOk: true, plainLength: plain.length })
  expect(verified.sha256).toBe(createHash('sha256').update(plain).digest('hex'))
  // 4,000,611 bytes of IV‖ciphertext in 1 MiB blocks = 4 blocks, plus the HMAC block.
  expect(back.committedBlocks).toBe(5)
  expect(stats.blocks).toBe(5)
  expect(stats.mac?.equals(mac)).toBe(true)
  expect(stats.encryption?.info.mac).toBe(mac.toString('base64'))
  expect(stats.bytesUploaded).toBe(back.data.length)
  expect(
    selfCheck({
      expectedSize: plain.length,
      expectedEncryptedSize: encryptedLength(plain.length),
      uploadedBytes: stats.bytesUploaded,
      mac: stats.mac,
      encryption: stats.encryption,
      info: stats.encryption!.info,
    }),
  ).toContain('digest')
})

test('blocks really go out in parallel', async () => {
  const file = path.join(FIXTURES, 'msi/putty-0.68-installer.msi')
  const size = readFileSync(file).length
  const target = await newTarget(t.store)
  // Every block waits 300 ms in the proxy: 8 blocks one at a time would take ≥ 2.4 s.
  t.store.faults.add({ kind: 'slow', match: 'block', count: 8, delayMs: 300 })
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: fileRangeSource(file, 0, size),
    blockSize: Math.ceil(size / 8),
    concurrency: 4,
    caPem: t.caPem,
  })
  expect(stats.blocks).toBe(8)
  expect(stats.maxInFlight).toBe(4)
  expect(stats.durationMs).toBeLessThan(1800)
  expect(t.store.faults.stats.injected.slow).toBe(8)
  const back = await readBlob(t.store, target.container, target.blob)
  expect(back.data.equals(readFileSync(file))).toBe(true)
})

test('memory stays bounded: 256 MiB encrypted in 4 MiB blocks never holds more than 4 block buffers', async () => {
  const size = 256 * MiB
  const keys = generateContentKeys()
  const gen = randomPlaintext(size)
  const target = await newTarget(t.store)
  const rssBefore = process.memoryUsage().rss
  let rssPeak = rssBefore
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, process.memoryUsage().rss)), 50)
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: encryptingSource(gen.stream, keys, { plainLength: size }),
    blockSize: 4 * MiB,
    concurrency: 4,
    caPem: t.caPem,
  }).finally(() => clearInterval(sampler))
  expect(stats.maxBuffersInUse).toBeLessThanOrEqual(4)
  expect(stats.blocks).toBe(65 + 1)
  // RSS is noisy (GC timing); a copy of the file would add 256 MiB, so this bound still catches one.
  expect((rssPeak - rssBefore) / MiB).toBeLessThan(160)
  const verified = await verifyEncryptedBlob(t.store, target.container, target.blob, keys)
  expect(verified).toMatchObject({ macOk: true, ivOk: true, plainLength: size, size: encryptedLength(size) })
  expect(verified.sha256).toBe(gen.sha256())
  expect(stats.encryption?.digest.toString('hex')).toBe(verified.sha256)
}, 120_000)

test('an abort signal stops the upload with its reason', async () => {
  const file = path.join(FIXTURES, 'msi/putty-0.68-installer.msi')
  const target = await newTarget(t.store)
  t.store.faults.add({ kind: 'slow', match: 'block', count: 100, delayMs: 800 })
  const ac = new AbortController()
  setTimeout(() => ac.abort(new Error('cancelled by test')), 150)
  const started = Date.now()
  await expect(
    uploadBlob({
      sasUrl: target.sas.url,
      renew: target.renew,
      source: fileRangeSource(file, 0, 1024 * 1024),
      blockSize: 256 * 1024,
      caPem: t.caPem,
      signal: ac.signal,
    }),
  ).rejects.toThrow('cancelled by test')
  expect(Date.now() - started).toBeLessThan(700)
  expect(await t.store.openBlob(target.container, target.blob)).toBeUndefined()
})
