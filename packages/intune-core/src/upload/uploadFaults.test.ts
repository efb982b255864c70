/** uploadBlob under injected faults and real SAS expiry, against the simulator's blob store. */
import { createHash, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isIntunePublishError, type IntunePublishError } from '../errors'
import { fileRangeSource } from './fileRangeSource'
import {
  FIXTURES,
  newTarget,
  readBlob,
  recordingLogger,
  sigOf,
  startTestStore,
  type TestStore,
} from './test-support/uploadFixtures'
import { uploadBlob } from './uploadBlob'

const fast = { baseDelayMs: 10, maxDelayMs: 100 }
let t: TestStore
let tmp: string
let bigFile: string
beforeAll(async () => {
  t = await startTestStore()
  tmp = mkdtempSync(path.join(os.tmpdir(), 'upload-faults-'))
  bigFile = path.join(tmp, 'data.bin')
  writeFileSync(bigFile, randomBytes(2 * 1024 * 1024))
})
afterAll(async () => {
  await t?.stop()
  rmSync(tmp, { recursive: true, force: true })
})
beforeEach(() => {
  t.store.faults.clear()
  t.store.faults.resetStats()
})

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex')

test('500, 503 and connection resets part way through a block body are retried; the blob is byte-exact', async () => {
  const target = await newTarget(t.store)
  t.store.faults.add({ kind: '500', match: 'block', count: 2 })
  t.store.faults.add({ kind: 'reset', match: 'block', count: 2, afterBytes: 100_000 })
  t.store.faults.add({ kind: '503', match: 'block', count: 1 })
  t.store.faults.add({ kind: '500', match: 'blocklist', count: 1 })
  const logger = recordingLogger()
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: fileRangeSource(bigFile, 0, 2 * 1024 * 1024),
    blockSize: 256 * 1024,
    concurrency: 4,
    caPem: t.caPem,
    retry: fast,
    logger,
  })
  expect(t.store.faults.stats.injected).toMatchObject({ '500': 3, '503': 1, reset: 2 })
  expect(stats.retries).toBe(6)
  expect(stats.renewals).toBe(0)
  const back = await readBlob(t.store, target.container, target.blob)
  expect(sha(back.data)).toBe(sha(readFileSync(bigFile)))
  expect(back.committedBlocks).toBe(8)
  const debug = logger.lines.join('\n')
  expect(debug).toMatch(/block \d+: HTTP 500 InternalError; retry 1 in \d+ ms \(exponential\)/)
  expect(debug).toMatch(/: (UND_ERR_SOCKET|ECONNRESET|EPIPE); retry/)
  expect(debug).toMatch(/the block list: HTTP 500 InternalError; retry/)
  expect(debug).not.toContain(sigOf(target.sas.url))
})

test('an injected 403 on a block renews the SAS once and the upload goes on with the new URL', async () => {
  const target = await newTarget(t.store)
  t.store.faults.add({ kind: '403', match: 'block', count: 1 })
  const logger = recordingLogger()
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: fileRangeSource(bigFile, 0, 1024 * 1024),
    blockSize: 128 * 1024,
    concurrency: 2,
    caPem: t.caPem,
    retry: fast,
    logger,
  })
  expect(stats.renewals).toBe(1)
  expect(target.urls).toHaveLength(2)
  expect(t.store.faults.stats.statuses.block).toEqual({ 201: 8, 403: 1 })
  const back = await readBlob(t.store, target.container, target.blob)
  expect(sha(back.data)).toBe(sha(readFileSync(bigFile).subarray(0, 1024 * 1024)))
  expect(logger.lines.join('\n')).toContain('block 0: HTTP 403 AuthenticationFailed; renewing the SAS URL')
  // Both signatures were masked and neither was logged.
  for (const url of target.urls) {
    expect(logger.masked).toContain(sigOf(url))
    expect(logger.lines.join('\n')).not.toContain(sigOf(url))
  }
})

test('a SAS that really expires mid-upload gets a 403 from Azurite, is renewed, and the upload completes', async () => {
  const target = await newTarget(t.store, 1500)
  // 8 blocks one at a time, each held 400 ms by the proxy: the 1.5 s SAS runs out part way.
  t.store.faults.add({ kind: 'slow', match: 'block', count: 8, delayMs: 400 })
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    renew: target.renew,
    source: fileRangeSource(bigFile, 0, 1024 * 1024),
    blockSize: 128 * 1024,
    concurrency: 1,
    caPem: t.caPem,
    retry: fast,
  })
  expect(t.store.faults.stats.injected['403']).toBe(0)
  expect(t.store.faults.stats.statuses.block[403]).toBe(1)
  expect(stats.renewals).toBe(1)
  const back = await readBlob(t.store, target.container, target.blob)
  expect(sha(back.data)).toBe(sha(readFileSync(bigFile).subarray(0, 1024 * 1024)))
})

test('with a known expiry the SAS is renewed before it runs out, without any 403', async () => {
  const target = await newTarget(t.store, 2000)
  t.store.faults.add({ kind: 'slow', match: 'block', count: 8, delayMs: 400 })
  const stats = await uploadBlob({
    sasUrl: target.sas.url,
    sasExpiresOn: target.sas.expiresOn,
    renew: target.renew,
    source: fileRangeSource(bigFile, 0, 1024 * 1024),
    blockSize: 128 * 1024,
    concurrency: 1,
    caPem: t.caPem,
  })
  expect(stats.renewals).toBe(1)
  expect(t.store.faults.stats.statuses.block).toEqual({ 201: 8 })
  const back = await readBlob(t.store, target.container, target.blob)
  expect(back.data.length).toBe(1024 * 1024)
})

async function failure(p: Promise<unknown>): Promise<IntunePublishError> {
  const e = await p.then(
    () => undefined,
    (err: unknown) => err,
  )
  if (!isIntunePublishError(e)) throw new Error(`expected IntunePublishError, got ${String(e)}`)
  return e
}

test('a 4xx other than 403 fails at once with the blob error code and no signature', async () => {
  // A valid SAS for a container that does not exist: Azurite answers 404 ContainerNotFound.
  const sasUrl = t.store.createSas('nosuchcontainer', 'a/b.intunewin.bin').url
  let renewed = 0
  const err = await failure(
    uploadBlob({
      sasUrl,
      renew: async () => {
        renewed++
        return { url: sasUrl }
      },
      source: fileRangeSource(path.join(FIXTURES, 'msi/msi_with_external_cab.msi'), 0, 32768),
      blockSize: 8192,
      caPem: t.caPem,
    }),
  )
  expect(err.code).toBe('UPLOAD_FAILED')
  expect(err.status).toBe(404)
  expect(err.graphCode).toBe('ContainerNotFound')
  expect(err.message).toMatch(/^Uploading block \d to Azure Storage failed: HTTP 404 ContainerNotFound\.$/)
  expect(err.message).not.toContain(sigOf(sasUrl))
  expect(renewed).toBe(0)
  expect(t.store.faults.stats.requests.block).toBeLessThanOrEqual(4)
})

test('a 403 that renewal does not cure gives up after the renewal limit', async () => {
  const target = await newTarget(t.store)
  const bad = target.sas.url.replace(/sig=[^&]+/, 'sig=AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA%3D')
  let renewed = 0
  const err = await failure(
    uploadBlob({
      sasUrl: bad,
      renew: async () => {
        renewed++
        return { url: bad.replace('sig=A', `sig=${renewed}`) }
      },
      source: fileRangeSource(bigFile, 0, 4096),
      blockSize: 4096,
      caPem: t.caPem,
      retry: { ...fast, renewalsPerBlock: 2 },
    }),
  )
  expect(err.code).toBe('UPLOAD_FAILED')
  expect(err.status).toBe(403)
  expect(renewed).toBe(2)
  expect(err.message).toContain('after 2 SAS renewals')
  expect(err.message).not.toContain('AAAAAAAAAAAA')
})

test('retries are bounded: a block that keeps failing fails the upload with the last error', async () => {
  const target = await newTarget(t.store)
  t.store.faults.add({ kind: '503', match: 'block', count: 10 })
  const err = await failure(
    uploadBlob({
      sasUrl: target.sas.url,
      renew: target.renew,
      source: fileRangeSource(bigFile, 0, 4096),
      blockSize: 4096,
      caPem: t.caPem,
      retry: { ...fast, maxAttempts: 3 },
    }),
  )
  expect(err.message).toBe('Uploading block 0 to Azure Storage failed: HTTP 503 ServerBusy after 3 attempts.')
  expect(t.store.faults.stats.requests.block).toBe(3)
  expect(await t.store.openBlob(target.container, target.blob)).toBeUndefined()
})
