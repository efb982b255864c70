/**
 * At commit a Win32 payload is decrypted and opened as a zip (docs/simulator.md, "Win32 payload structure"):
 * Microsoft's packages pass; content that is not a zip, a zip with data descriptors and an entry that would
 * extract outside the app's folder are refused with their own codes. Other app types are not opened.
 */
import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { OpenedBlob } from './blobStore'
import { encryptForTest } from './test-support/encryptForTest'
import { loadIntunewinFixture, FIXTURES_DIR } from './test-support/intunewinFixture'
import { verifyCommittedBlob, type CommitCheckResult } from './verifyCommittedBlob'

const encrypt = encryptForTest

function check(e: ReturnType<typeof encrypt>, win32 = true): Promise<CommitCheckResult> {
  // Fed in 1000-byte chunks, as the blob store streams it: the checks must not depend on chunking.
  const chunks = Array.from({ length: Math.ceil(e.blob.length / 1000) }, (_, i) =>
    e.blob.subarray(i * 1000, i * 1000 + 1000),
  )
  const opened = {
    stream: Readable.from(chunks),
    size: e.blob.length,
    committedBlocks: 1,
  } as unknown as OpenedBlob
  return verifyCommittedBlob(opened, {
    size: e.size,
    sizeEncrypted: e.blob.length,
    encryptionInfo: e.encryptionInfo,
    win32,
  })
}

const MS_INNER = readFileSync(path.join(FIXTURES_DIR, 'msft-1.4.0.0-sample.expected-inner.zip'))
const codeOf = (r: CommitCheckResult): string => (r.ok ? 'ok' : r.code)

test.each([
  'msft-1.4.0.0-sample.intunewin',
  'msft-1.8.3.0-basisschrift-subfolder.intunewin',
  'msft-1.8.4.0-7zip-tiny.intunewin',
  'contentprep-unix-m365apps.intunewin',
])('the payload of %s passes as a Win32 commit', async name => {
  const fx = loadIntunewinFixture(name)
  const opened = {
    stream: Readable.from([fx.blob]),
    size: fx.blob.length,
    committedBlocks: 1,
  } as unknown as OpenedBlob
  expect(await verifyCommittedBlob(opened, { ...fx, sizeEncrypted: fx.blob.length, win32: true })).toEqual({
    ok: true,
  })
})

test('content that is not a zip is refused for Win32, and accepted for other app types', async () => {
  const e = encrypt(randomBytes(5000))
  expect(codeOf(await check(e))).toBe('InnerZipNotAZip')
  expect(codeOf(await check(e, false))).toBe('ok')
})

test('a zip whose end record is missing is not a zip', async () => {
  expect(codeOf(await check(encrypt(MS_INNER.subarray(0, MS_INNER.length - 22))))).toBe('InnerZipNotAZip')
})

test('an entry with a data descriptor is refused', async () => {
  const zip = Buffer.from(MS_INNER)
  const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  zip.writeUInt16LE(zip.readUInt16LE(cd + 8) | 0x0008, cd + 8)
  const r = await check(encrypt(zip))
  expect(r).toMatchObject({
    ok: false,
    code: 'InnerZipDataDescriptor',
    reason: expect.stringContaining('"file.txt"'),
  })
})

test('an entry that would extract outside the folder is refused', async () => {
  const zip = Buffer.from(MS_INNER)
  const cd = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]))
  zip.write('..\\x.txt', cd + 46, 'latin1') // same length as file.txt
  expect(codeOf(await check(encrypt(zip)))).toBe('InnerZipUnsafeName')
})
