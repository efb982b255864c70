import { randomBytes } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import type { Readable } from 'node:stream'
import { encryptedLength } from '../crypto/payloadEncryptor'
import { packageIntunewin } from './packageIntunewin'
import { prepareIntunewinPayload, streamIntunewinPayload } from './streamIntunewinPayload'
import { decryptBlob, parseDetection, readZip } from './test-support/intunewinKit'

let tmp: string
let src: string
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pkg-stream-'))
  src = path.join(tmp, 'src')
  mkdirSync(path.join(src, 'bin'), { recursive: true })
  writeFileSync(path.join(src, 'setup.cmd'), 'echo hi\r\n'.repeat(1000))
  writeFileSync(path.join(src, 'bin', 'payload.bin'), randomBytes(400_000))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

async function collect(r: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const c of r) chunks.push(c as Buffer)
  return Buffer.concat(chunks)
}

describe('streaming the payload without a file', () => {
  it('streams exactly the payload packageIntunewin writes for the same seed (HMAC first)', async () => {
    const out = path.join(tmp, 'ref.intunewin')
    await packageIntunewin({ sourceDir: src, setupFile: 'setup.cmd', outFile: out, seed: 'same' })
    const outer = await readZip(out)

    const { stream, done } = streamIntunewinPayload({ sourceDir: src, setupFile: 'setup.cmd', seed: 'same' })
    const ivAndCipher = await collect(stream)
    const r = await done
    const blob = Buffer.concat([r.mac, ivAndCipher])
    expect(blob.equals(outer[0]!.data)).toBe(true)
    expect(r.detectionXml).toBe(outer[1]!.data.toString('utf8'))
    expect(r.unencryptedSize).toBe(
      Number(parseDetection(r.detectionXml).values['ApplicationInfo/UnencryptedContentSize']),
    )
    expect(r.name).toBe('setup.cmd')
  })

  it('prepare measures the sizes up front, and open() streams a payload of exactly that size', async () => {
    const prep = await prepareIntunewinPayload({ sourceDir: src, setupFile: 'setup.cmd' })
    expect(prep.fileCount).toBe(2)
    expect(prep.sizeEncrypted).toBe(encryptedLength(prep.size))
    const { stream, done } = prep.open()
    const ivAndCipher = await collect(stream)
    const r = await done
    expect(r.unencryptedSize).toBe(prep.size)
    expect(32 + ivAndCipher.length).toBe(prep.sizeEncrypted)
    const plain = decryptBlob(Buffer.concat([r.mac, ivAndCipher]), parseDetection(r.detectionXml).values)
    expect((await readZip(plain)).map(e => e.name)).toEqual(['setup.cmd', 'bin\\payload.bin'])
  })

  it('ends the stream with the input error and rejects done for a bad folder', async () => {
    const { stream, done } = streamIntunewinPayload({ sourceDir: src, setupFile: '../x.exe' })
    await expect(collect(stream)).rejects.toMatchObject({ code: 'INPUT_INVALID' })
    await expect(done).rejects.toThrow(/not inside the source folder/)
  })

  it('rejects done when the folder changed between the counting pass and the upload pass', async () => {
    const prep = await prepareIntunewinPayload({ sourceDir: src, setupFile: 'setup.cmd' })
    writeFileSync(path.join(src, 'setup.cmd'), 'echo changed and longer\r\n'.repeat(2000))
    const { stream, done } = prep.open()
    await collect(stream).catch(() => undefined)
    await expect(done).rejects.toMatchObject({ code: 'PACKAGING_FAILED' })
  })
})
