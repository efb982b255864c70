import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHmac, randomBytes } from 'node:crypto'
import { request } from 'undici'
import { startBlobStore, type BlobStore } from './blobStore'
import { verifyCommittedBlob, type CommitCheckResult } from './verifyCommittedBlob'
import { encryptForTest } from './test-support/encryptForTest'
import { loadIntunewinFixture, type IntunewinFixture } from './test-support/intunewinFixture'
import { uploadBlocks } from './test-support/rawBlobUpload'
import { createTestTls, type TestTls } from './test-support/testTls'

let tls: TestTls
let store: BlobStore
let tmp: string

beforeAll(async () => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'verify-test-'))
  tls = await createTestTls()
  store = await startBlobStore({ sasLifetimeMs: 60_000, tls, tmpDir: tmp })
})
afterAll(async () => {
  await store?.stop()
  await tls?.dispatcher.close()
  rmSync(tmp, { recursive: true, force: true })
})

async function uploadAndCheck(
  blob: Buffer,
  expected: { size: number; sizeEncrypted?: number; encryptionInfo: unknown },
  blockSize = 64 * 1024,
): Promise<CommitCheckResult> {
  const target = await store.createUploadTarget()
  const res = await uploadBlocks(
    tls.dispatcher,
    store.createSas(target.container, target.blob).url,
    blob,
    blockSize,
  )
  expect(res.status).toBe(201)
  const opened = await store.openBlob(target.container, target.blob)
  return verifyCommittedBlob(opened, { sizeEncrypted: blob.length, ...expected })
}

const FIXTURES = [
  'msft-1.4.0.0-sample.intunewin',
  'msft-1.8.3.0-basisschrift-subfolder.intunewin',
  'msft-1.8.4.0-7zip-tiny.intunewin',
  'contentprep-unix-m365apps.intunewin',
]

test.each(FIXTURES)('accepts the inner payload of %s with its Detection.xml values', async name => {
  const fx = loadIntunewinFixture(name)
  expect(fx.blob.length).toBe(48 + 16 * (Math.floor(fx.size / 16) + 1))
  expect(await uploadAndCheck(fx.blob, fx, 4096)).toEqual({ ok: true })
})

describe('rejects a broken upload with the reason', () => {
  let fx: IntunewinFixture
  beforeAll(() => (fx = loadIntunewinFixture('msft-1.4.0.0-sample.intunewin')))

  const expectFailure = (r: CommitCheckResult, code: string) => {
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.code).toBe(code)
  }

  test('a flipped byte in the ciphertext', async () => {
    const bad = Buffer.from(fx.blob)
    bad[1000] ^= 0x01
    expectFailure(await uploadAndCheck(bad, fx), 'HmacMismatch')
  })

  test('a wrong sizeEncrypted', async () => {
    expectFailure(
      await uploadAndCheck(fx.blob, { ...fx, sizeEncrypted: fx.blob.length + 16 }),
      'SizeEncryptedMismatch',
    )
  })

  test('a wrong size', async () => {
    expectFailure(await uploadAndCheck(fx.blob, { ...fx, size: fx.size + 1 }), 'SizeMismatch')
  })

  test('a wrong fileDigest', async () => {
    const other = loadIntunewinFixture('msft-1.8.4.0-7zip-tiny.intunewin').encryptionInfo.fileDigest
    const info = { ...fx.encryptionInfo, fileDigest: other }
    expectFailure(await uploadAndCheck(fx.blob, { ...fx, encryptionInfo: info }), 'DigestMismatch')
  })

  test('an HMAC computed over the ciphertext only', async () => {
    const macKey = Buffer.from(fx.encryptionInfo.macKey, 'base64')
    const wrongMac = createHmac('sha256', macKey).update(fx.blob.subarray(48)).digest()
    const bad = Buffer.concat([wrongMac, fx.blob.subarray(32)])
    const info = { ...fx.encryptionInfo, mac: wrongMac.toString('base64') }
    const r = await uploadAndCheck(bad, { ...fx, encryptionInfo: info })
    expectFailure(r, 'HmacMismatch')
    if (!r.ok) expect(r.reason).toMatch(/IV‖ciphertext/)
  })

  test('a mac that differs from the blob header, an IV that differs, a bad key length', async () => {
    const other = loadIntunewinFixture('msft-1.8.4.0-7zip-tiny.intunewin').encryptionInfo
    expectFailure(
      await uploadAndCheck(fx.blob, { ...fx, encryptionInfo: { ...fx.encryptionInfo, mac: other.mac } }),
      'MacMismatch',
    )
    const ivInfo = { ...fx.encryptionInfo, initializationVector: other.initializationVector }
    expectFailure(await uploadAndCheck(fx.blob, { ...fx, encryptionInfo: ivInfo }), 'IvMismatch')
    const shortKey = { ...fx.encryptionInfo, encryptionKey: randomBytes(16).toString('base64') }
    const r = await uploadAndCheck(fx.blob, { ...fx, encryptionInfo: shortKey })
    expectFailure(r, 'EncryptionInfoInvalid')
    if (!r.ok) expect(r.reason).toBe('encryptionKey must be 32 bytes (got 16)')
  })

  test('a wrong encryption key (padding fails)', async () => {
    const info = { ...fx.encryptionInfo, encryptionKey: randomBytes(32).toString('base64') }
    const r = await uploadAndCheck(fx.blob, { ...fx, encryptionInfo: info })
    // A random key almost always breaks PKCS#7 padding; if it happens to pass, the digest still differs.
    expect(r.ok).toBe(false)
    if (!r.ok) expect(['DecryptFailed', 'DigestMismatch']).toContain(r.code)
  })

  test('a blob written with Put Blob instead of Put Block List, and no blob at all', async () => {
    const target = await store.createUploadTarget()
    expectFailure(
      await verifyCommittedBlob(await store.openBlob(target.container, target.blob), {
        ...fx,
        sizeEncrypted: fx.blob.length,
      }),
      'BlobMissing',
    )
    const res = await request(store.createSas(target.container, target.blob).url, {
      method: 'PUT',
      body: fx.blob,
      dispatcher: tls.dispatcher,
      headers: { 'x-ms-blob-type': 'BlockBlob' },
    })
    await res.body.text()
    expect(res.statusCode).toBe(201)
    const opened = await store.openBlob(target.container, target.blob)
    expectFailure(
      await verifyCommittedBlob(opened, { ...fx, sizeEncrypted: fx.blob.length }),
      'BlobNotCommitted',
    )
  })
})

test('streams a multi-block payload across chunk boundaries', async () => {
  // Encrypt a 3 MiB + 5 bytes random payload the way Intune clients do (test-only writer).
  const plain = randomBytes(3 * 1024 * 1024 + 5)
  const { blob, encryptionInfo } = encryptForTest(plain)
  expect(await uploadAndCheck(blob, { size: plain.length, encryptionInfo }, 1024 * 1024 + 7)).toEqual({
    ok: true,
  })
  const wrongAlg = { ...encryptionInfo, fileDigestAlgorithm: 'SHA1' }
  const r = await uploadAndCheck(blob, { size: plain.length, encryptionInfo: wrongAlg }, 1024 * 1024)
  expect(r).toEqual({
    ok: false,
    code: 'EncryptionInfoInvalid',
    reason: 'fileDigestAlgorithm must be SHA256',
  })
})
