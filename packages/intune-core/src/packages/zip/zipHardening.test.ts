/**
 * The zip-based readers refuse what can't be right (issue 11 items 8 and 9): duplicate entry names, a
 * metadata entry whose CRC lies, zip64 offsets past the file. Each error is one line naming the file.
 */
import { writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { isIntunePublishError } from '../../errors'
import { readPackage } from '../readPackage'
import { tempDir } from '../test-support/buildZip'
import { rawZip, type RawEntry } from '../test-support/rawZip'

const METADATA: Record<string, string> = {
  intunewin: 'IntuneWinPackage/Metadata/Detection.xml',
  apk: 'AndroidManifest.xml',
  ipa: 'Payload/App.app/Info.plist',
  msix: 'AppxManifest.xml',
}

let dir: string
let cleanup: () => Promise<void>
beforeAll(async () => ({ dir, cleanup } = await tempDir()))
afterAll(() => cleanup())

async function errorOf(ext: string, entries: RawEntry[], opts = {}): Promise<string> {
  const file = path.join(dir, `crafted-${Math.random().toString(36).slice(2)}.${ext}`)
  writeFileSync(file, rawZip(entries, opts))
  try {
    await readPackage(file)
  } catch (e) {
    expect(isIntunePublishError(e) && e.code).toBe('PACKAGE_INVALID')
    const line = (e as Error).message
    expect(line).not.toContain('\n')
    expect(line.startsWith(path.basename(file))).toBe(true)
    return line
  }
  throw new Error(`${file} was accepted`)
}

describe.each(Object.entries(METADATA))('%s reader', (ext, name) => {
  test('refuses two entries with the metadata entry name', async () => {
    const line = await errorOf(ext, [
      { name, data: 'first' },
      { name, data: 'second' },
    ])
    expect(line).toContain(`more than one entry named "${name}"`)
  })

  test('refuses a case-only twin of the metadata entry', async () => {
    const line = await errorOf(ext, [
      { name, data: 'first' },
      { name: name.toUpperCase(), data: 'second' },
    ])
    expect(line).toContain('more than one entry named')
  })

  test('refuses a metadata entry whose CRC does not match its bytes', async () => {
    const line = await errorOf(ext, [{ name, data: '<x/>', crc: 0x12345678 }])
    expect(line).toContain(`${name} fails its CRC-32 check`)
  })

  test('names the file for a zip64 directory offset of 2^60', async () => {
    const line = await errorOf(ext, [{ name, data: 'x' }], { zip64CdOffset: 2n ** 60n })
    expect(line).toMatch(/truncated or corrupt/)
    expect(line).not.toMatch(/The value of "position"/)
  })
})

test.each(['app.apk', 'app.intunewin', 'app.msi'])(
  'a FIFO named %s is refused at once, not read',
  async name => {
    const { execFileSync } = await import('node:child_process')
    const file = path.join(dir, name)
    execFileSync('mkfifo', [file])
    await expect(readPackage(file)).rejects.toThrow(`${name}: is a FIFO (named pipe), not a regular file`)
  },
)
