import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import { request } from 'undici'
import { startBlobStore, type BlobStore } from './blobStore'
import { createTestTls, type TestTls } from './test-support/testTls'
import { blockId, putBlock, putBlockList, uploadBlocks } from './test-support/rawBlobUpload'

let tls: TestTls
let store: BlobStore
let tmp: string

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'blobstore-test-'))
  tls = await createTestTls()
  store = await startBlobStore({ sasLifetimeMs: 60_000, tls, tmpDir: tmp })
})
afterAll(async () => {
  await store?.stop()
  await tls?.dispatcher.close()
  rmSync(tmp, { recursive: true, force: true })
})
beforeEach(() => {
  store.faults.clear()
  store.faults.resetStats()
})

async function readAll(container: string, blob: string): Promise<{ data: Buffer; committedBlocks: number }> {
  const opened = await store.openBlob(container, blob)
  if (!opened) throw new Error('blob missing')
  const chunks: Buffer[] = []
  for await (const c of opened.stream) chunks.push(c as Buffer)
  const data = Buffer.concat(chunks)
  expect(data.length).toBe(opened.size)
  return { data, committedBlocks: opened.committedBlocks }
}

test('uploads through the HTTPS proxy with a SAS and reads the blob back', async () => {
  const { container, blob } = await store.createUploadTarget()
  expect(blob).toMatch(/^[0-9a-f-]{36}\/[0-9a-f-]{36}\.intunewin\.bin$/)
  const sas = store.createSas(container, blob)
  expect(sas.url.startsWith(`${store.publicUrl}/${container}/`)).toBe(true)
  expect(store.publicUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$/)
  const data = randomBytes(300_000)
  const res = await uploadBlocks(tls.dispatcher, sas.url, data, 64 * 1024)
  expect(res.status).toBe(201)
  const back = await readAll(container, blob)
  expect(createHash('sha256').update(back.data).digest('hex')).toBe(
    createHash('sha256').update(data).digest('hex'),
  )
  expect(back.committedBlocks).toBe(5)
  expect(store.faults.stats.requests).toEqual({ block: 5, blocklist: 1, other: 0 })
  expect(store.faults.stats.bytesReceived).toBeGreaterThanOrEqual(300_000)
})

test('a blob written with Put Blob has no committed block list; a missing blob is undefined', async () => {
  const { container, blob } = await store.createUploadTarget()
  expect(await store.openBlob(container, blob)).toBeUndefined()
  const sas = store.createSas(container, blob)
  const res = await request(sas.url, {
    method: 'PUT',
    body: Buffer.from('whole'),
    dispatcher: tls.dispatcher,
    headers: { 'x-ms-blob-type': 'BlockBlob' },
  })
  await res.body.text()
  expect(res.statusCode).toBe(201)
  const back = await readAll(container, blob)
  expect(back.data.toString()).toBe('whole')
  expect(back.committedBlocks).toBe(0)
})

test('injects 500 and 403 with Azure XML, then lets requests through', async () => {
  const { container, blob } = await store.createUploadTarget()
  const sas = store.createSas(container, blob)
  store.faults.add({ kind: '500', match: 'block', count: 1 })
  store.faults.add({ kind: '403', match: 'blocklist', count: 1 })
  const first = await putBlock(tls.dispatcher, sas.url, blockId(0), Buffer.from('abc'))
  expect(first.status).toBe(500)
  expect(first.errorCode).toBe('InternalError')
  expect((await putBlock(tls.dispatcher, sas.url, blockId(0), Buffer.from('abc'))).status).toBe(201)
  const denied = await putBlockList(tls.dispatcher, sas.url, [blockId(0)])
  expect(denied.status).toBe(403)
  expect(denied.body).toMatch(
    /<Error><Code>AuthenticationFailed<\/Code><Message>Server failed to authenticate/,
  )
  expect((await putBlockList(tls.dispatcher, sas.url, [blockId(0)])).status).toBe(201)
  expect(store.faults.stats.injected).toMatchObject({ '500': 1, '403': 1 })
  expect(store.faults.stats.statuses.block).toEqual({ 201: 1, 500: 1 })
  expect(store.faults.pending()).toEqual([])
})

test('reset destroys the connection part way through the body', async () => {
  const { container, blob } = await store.createUploadTarget()
  const sas = store.createSas(container, blob)
  store.faults.add({ kind: 'reset', match: 'block', count: 1, afterBytes: 100_000 })
  await expect(putBlock(tls.dispatcher, sas.url, blockId(0), randomBytes(1_000_000))).rejects.toThrow()
  expect(store.faults.stats.bytesReceived).toBeGreaterThanOrEqual(100_000)
  expect(store.faults.stats.bytesReceived).toBeLessThan(1_000_000)
  expect((await putBlock(tls.dispatcher, sas.url, blockId(0), Buffer.from('ok'))).status).toBe(201)
})

test('slow delays a request by delayMs', async () => {
  const { container, blob } = await store.createUploadTarget()
  const sas = store.createSas(container, blob)
  store.faults.add({ kind: 'slow', count: 1, delayMs: 400 })
  const t0 = Date.now()
  expect((await putBlock(tls.dispatcher, sas.url, blockId(0), Buffer.from('x'))).status).toBe(201)
  expect(Date.now() - t0).toBeGreaterThanOrEqual(390)
})

test('a SAS really expires (403 from Azurite) and a renewed SAS differs and works', async () => {
  const { container, blob } = await store.createUploadTarget()
  const short = store.createSas(container, blob, 1000)
  const renewed = store.createSas(container, blob, 60_000)
  expect(new URL(renewed.url).searchParams.get('sig')).not.toBe(new URL(short.url).searchParams.get('sig'))
  // Same lifetime, same second: still a different signature.
  const again = store.createSas(container, blob, 60_000)
  expect(new URL(again.url).searchParams.get('sig')).not.toBe(new URL(renewed.url).searchParams.get('sig'))
  await new Promise(r => setTimeout(r, Math.max(0, short.expiresOn.getTime() - Date.now()) + 1100))
  const expired = await putBlock(tls.dispatcher, short.url, blockId(0), Buffer.from('late'))
  expect(expired.status).toBe(403)
  expect((await putBlock(tls.dispatcher, renewed.url, blockId(0), Buffer.from('late'))).status).toBe(201)
  expect((await putBlockList(tls.dispatcher, again.url, [blockId(0)])).status).toBe(201)
  expect((await readAll(container, blob)).data.toString()).toBe('late')
})
