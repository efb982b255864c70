import { execFileSync } from 'node:child_process'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { isIntunePublishError } from '../errors'
import { silentLogger } from '../logger'
import { describeIntunewinSource } from './describeIntunewinSource'
import { packageIntunewin } from './packageIntunewin'

let tmp: string
let n = 0
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pkg-bad-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

function folder(files: Record<string, string> = { 'setup.exe': 'MZ' }): string {
  const dir = path.join(tmp, `src${n++}`)
  mkdirSync(dir)
  for (const [name, body] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), body)
  }
  return dir
}

/** Runs packaging; expects our error with `code`, a message matching `pattern`, a fix, and no output file. */
async function expectRefused(
  opts: { sourceDir: string; setupFile: string; outFile?: string },
  code: string,
  pattern: RegExp,
): Promise<void> {
  const outFile = opts.outFile ?? path.join(tmp, `out${n++}.intunewin`)
  const err = await packageIntunewin({ ...opts, outFile }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isIntunePublishError(err)).toBe(true)
  const e = err as { code: string; message: string; fix?: string }
  expect(e.code).toBe(code)
  expect(e.message).toMatch(pattern)
  expect(e.fix).toBeTruthy()
  if (!opts.outFile?.startsWith(opts.sourceDir)) expect(existsSync(outFile)).toBe(false)
}

describe('bad input is refused before any output is written', () => {
  it('setup file outside the folder: ../ and absolute paths', async () => {
    const dir = folder()
    writeFileSync(path.join(tmp, 'outside.exe'), 'MZ')
    await expectRefused(
      { sourceDir: dir, setupFile: '../outside.exe' },
      'INPUT_INVALID',
      /setup: .*not inside the source folder/,
    )
    await expectRefused(
      { sourceDir: dir, setupFile: path.join(tmp, 'outside.exe') },
      'INPUT_INVALID',
      /not inside/,
    )
    await expectRefused(
      { sourceDir: dir, setupFile: 'missing.exe' },
      'INPUT_INVALID',
      /missing\.exe does not exist/,
    )
  })

  it('setup file that is a folder', async () => {
    const dir = folder({ 'bin/x.txt': 'x' })
    await expectRefused({ sourceDir: dir, setupFile: 'bin' }, 'INPUT_INVALID', /bin is a folder, not a file/)
  })

  it('an empty folder (empty sub-folders count as empty)', async () => {
    const dir = folder({})
    mkdirSync(path.join(dir, 'nothing'))
    await expectRefused({ sourceDir: dir, setupFile: 'setup.exe' }, 'INPUT_INVALID', /has no files/)
    await expect(describeIntunewinSource({ sourceDir: dir, setupFile: 'setup.exe' })).rejects.toThrow(
      /has no files/,
    )
  })

  it('a symlink leading out of the folder', async () => {
    const dir = folder()
    writeFileSync(path.join(tmp, 'secret.txt'), 'nope')
    symlinkSync(path.join(tmp, 'secret.txt'), path.join(dir, 'link.txt'))
    await expectRefused(
      { sourceDir: dir, setupFile: 'setup.exe' },
      'INPUT_INVALID',
      /link\.txt is a symlink leading out of the folder/,
    )
    const dir2 = folder()
    symlinkSync('..', path.join(dir2, 'up'))
    await expectRefused({ sourceDir: dir2, setupFile: 'setup.exe' }, 'INPUT_INVALID', /symlink leading out/)
  })

  it('follows a symlink that stays inside, and refuses a loop and a dangling link', async () => {
    const dir = folder({ 'setup.exe': 'MZ', 'lib/a.dll': 'A' })
    symlinkSync('lib/a.dll', path.join(dir, 'alias.dll'))
    const d = await describeIntunewinSource({ sourceDir: dir, setupFile: 'setup.exe' })
    expect(d.fileCount).toBe(3)
    expect(d.totalBytes).toBe(4)
    symlinkSync('..', path.join(dir, 'lib', 'loop'))
    await expectRefused({ sourceDir: dir, setupFile: 'setup.exe' }, 'INPUT_INVALID', /loop/)
    const dir2 = folder()
    symlinkSync('gone.txt', path.join(dir2, 'dangling'))
    await expectRefused({ sourceDir: dir2, setupFile: 'setup.exe' }, 'INPUT_INVALID', /dangling/)
  })

  it('an unreadable entry: a FIFO (a read would block forever)', async () => {
    const dir = folder()
    execFileSync('mkfifo', [path.join(dir, 'pipe')])
    await expectRefused({ sourceDir: dir, setupFile: 'setup.exe' }, 'INPUT_INVALID', /pipe is a FIFO/)
  })

  // chmod 000 does not stop root from reading, so under root this case is reported as skipped, not passed;
  // the FIFO case above covers "cannot be read as a file" everywhere.
  const itUnlessRoot = process.getuid?.() === 0 ? it.skip : it
  itUnlessRoot('an unreadable file (chmod 000)', async () => {
    const dir = folder({ 'setup.exe': 'MZ', 'locked.bin': 'x' })
    chmodSync(path.join(dir, 'locked.bin'), 0)
    await expectRefused(
      { sourceDir: dir, setupFile: 'setup.exe' },
      'INPUT_INVALID',
      /locked\.bin is not readable/,
    )
  })

  it('an output path inside the source folder', async () => {
    const dir = folder({ 'setup.exe': 'MZ', 'out/keep.txt': 'k' })
    const outFile = path.join(dir, 'out', 'app.intunewin')
    await expectRefused(
      { sourceDir: dir, setupFile: 'setup.exe', outFile },
      'INPUT_INVALID',
      /out: .*inside the source folder/,
    )
    expect(existsSync(outFile)).toBe(false)
  })

  it('a source that is not a folder, and an output folder that does not exist', async () => {
    const dir = folder()
    await expectRefused(
      { sourceDir: path.join(dir, 'setup.exe'), setupFile: 'setup.exe' },
      'INPUT_INVALID',
      /is not a folder/,
    )
    await expectRefused(
      { sourceDir: dir, setupFile: 'setup.exe', outFile: path.join(tmp, 'no', 'such', 'x.intunewin') },
      'INPUT_INVALID',
      /does not exist/,
    )
  })

  it('removes only its own partial output when reading fails mid-run; the old package stays', async () => {
    const dir = folder({ 'setup.exe': 'MZ', 'big.bin': 'x'.repeat(100_000) })
    const outDir = path.join(tmp, 'partial-out')
    mkdirSync(outDir)
    const outFile = path.join(outDir, 'partial.intunewin')
    writeFileSync(outFile, 'old')
    // The packager logs once the folder is listed and checked, just before it opens the output: shrink a
    // listed file there, so the zip sees a size change after output was started.
    const logger = {
      ...silentLogger,
      info: (m: string) => {
        if (m.startsWith('Packaging ')) writeFileSync(path.join(dir, 'big.bin'), 'tiny')
      },
    }
    const err = await packageIntunewin({ sourceDir: dir, setupFile: 'setup.exe', outFile, logger }).catch(
      (e: unknown) => e,
    )
    expect(err).toMatchObject({ code: 'PACKAGING_FAILED' })
    expect((err as Error).message).toMatch(/changed size while it was being packaged/)
    expect(readFileSync(outFile, 'utf8')).toBe('old')
    expect(readdirSync(outDir)).toEqual(['partial.intunewin'])
  })
})
