/**
 * Packaging refuses names Windows can't hold (issue 11 item 10), each with the name shown, before any
 * output is written: the device extracts the inner zip onto NTFS.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { isIntunePublishError } from '../errors'
import { packageIntunewin } from './packageIntunewin'

let tmp: string
let n = 0
beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pkg-names-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A source folder with setup.cmd and the given extra names (string or raw bytes). */
function folder(names: Array<string | Buffer>): string {
  const dir = path.join(tmp, `src${n++}`)
  mkdirSync(dir)
  writeFileSync(path.join(dir, 'setup.cmd'), 'echo')
  for (const name of names) {
    if (Buffer.isBuffer(name)) {
      writeFileSync(Buffer.concat([Buffer.from(`${dir}/`), name]), 'x')
      continue
    }
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true })
    writeFileSync(path.join(dir, name), 'x')
  }
  return dir
}

async function refusal(names: Array<string | Buffer>): Promise<string> {
  const outFile = path.join(tmp, `out${n++}.intunewin`)
  const err = await packageIntunewin({ sourceDir: folder(names), setupFile: 'setup.cmd', outFile }).then(
    () => undefined,
    (e: unknown) => e,
  )
  expect(isIntunePublishError(err) && err.code).toBe('INPUT_INVALID')
  expect(existsSync(outFile)).toBe(false)
  const message = (err as Error).message
  expect(message).not.toContain('\n')
  return message
}

test.each([
  [['file:stream'], /"file:stream" holds ":", which NTFS reads as an alternate data stream/],
  [['CON'], /"CON" is a reserved device name on Windows/],
  [['aux.txt'], /"aux.txt" is a reserved device name/],
  [['sub/Lpt1.log'], /"Lpt1.log" is a reserved device name/],
  [['trailing.'], /"trailing." ends in a dot or a space/],
  [['trailing '], /"trailing " ends in a dot or a space/],
  [['new\nline.txt'], /"new\\nline.txt" holds a control character/],
  [['tab\there'], /"tab\\there" holds a control character/],
  [['what?.txt'], /"what\?.txt" holds one of < > " \| \? \*/],
  [['Readme.txt', 'README.TXT'], /"README.TXT" and "Readme.txt" differ only in case; Windows sees one name/],
  [['Docs/a.txt', 'docs/b.txt'], /"Docs" and "docs" differ only in case/],
  [
    [`${'d'.repeat(120)}/${'f'.repeat(100)}.txt`],
    /the path inside the package is 225 characters, over the 200/,
  ],
  [[`${'n'.repeat(250)}.txt`], /is 254 characters|over the 200/],
])('%j is refused with the name shown', async (names, pattern) => {
  expect(await refusal(names)).toMatch(pattern)
})

test('a name that is not valid UTF-8 is refused as such, with its bytes', async () => {
  const message = await refusal([Buffer.from([0x62, 0x61, 0x64, 0xff, 0xfe, 0x2e, 0x74, 0x78, 0x74])])
  expect(message).toMatch(/bad\\xff\\xfe\.txt: the name is not valid UTF-8/)
})

test('ordinary names, dots inside names and Unicode pass (the control)', async () => {
  const outFile = path.join(tmp, 'ok.intunewin')
  const sourceDir = folder(['..evil', 'a..b', 'Grüße.txt', 'console.txt', 'com10.txt', 'sub/auxiliary.txt'])
  await expect(packageIntunewin({ sourceDir, setupFile: 'setup.cmd', outFile })).resolves.toBeDefined()
})
