import { execFileSync } from 'node:child_process'
import {
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { packageIntunewin } from './packageIntunewin'

let tmp: string
let n = 0
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pkg-out-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function source(): string {
  const dir = path.join(tmp, `src${n++}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'setup.exe'), 'MZ')
  return dir
}

function outFolder(): string {
  const dir = path.join(tmp, `out${n++}`)
  mkdirSync(dir)
  return dir
}

async function refused(outFile: string): Promise<{ code: string; message: string }> {
  const err = await packageIntunewin({ sourceDir: source(), setupFile: 'setup.exe', outFile }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(err).toMatchObject({ code: 'INPUT_INVALID' })
  return err as { code: string; message: string }
}

describe('package --out never deletes what it did not create (F2)', () => {
  it('writes through a temporary file and renames it over an existing package', async () => {
    const dir = outFolder()
    const outFile = path.join(dir, 'app.intunewin')
    writeFileSync(outFile, 'old package')
    await packageIntunewin({ sourceDir: source(), setupFile: 'setup.exe', outFile })
    expect(readFileSync(outFile).subarray(0, 2).toString('latin1')).toBe('PK')
    expect(readdirSync(dir)).toEqual(['app.intunewin'])
  })

  it('refuses a symlink and leaves it and its target alone', async () => {
    const dir = outFolder()
    const target = path.join(dir, 'target.intunewin')
    writeFileSync(target, 'precious')
    const link = path.join(dir, 'link.intunewin')
    symlinkSync(target, link)
    const e = await refused(link)
    expect(e.message).toMatch(/is a symbolic link/)
    expect(readlinkSync(link)).toBe(target)
    expect(readFileSync(target, 'utf8')).toBe('precious')
    expect(readdirSync(dir).sort()).toEqual(['link.intunewin', 'target.intunewin'])
  })

  it('refuses a FIFO without blocking or removing it', async () => {
    const dir = outFolder()
    const fifo = path.join(dir, 'pipe.intunewin')
    execFileSync('mkfifo', [fifo])
    const e = await refused(fifo)
    expect(e.message).toMatch(/FIFO/)
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  it('refuses a character device (/dev/null) and it still exists', async () => {
    const e = await refused('/dev/null')
    expect(e.message).toMatch(/character device/)
    expect(lstatSync('/dev/null').isCharacterDevice()).toBe(true)
  })
})
