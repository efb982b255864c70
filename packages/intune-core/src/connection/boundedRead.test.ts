/**
 * Every input read from a file or a value has a documented limit checked before it is read in full, and
 * FIFOs and devices are refused at once (issue 11 items 5, 6 and 8): one line naming the input, exit 2
 * (INPUT_INVALID or TEMPLATE_INVALID), never a hang or a memory blow-up.
 */
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isIntunePublishError } from '../errors'
import { loadAppTemplate } from '../templates/appTemplate'
import { INPUT_LIMITS, readBoundedFile, readBoundedFileSync } from './boundedRead'
import { parseConnectionJson } from './parseConnectionJson'
import { readConnectionFromEnv } from './readConnectionFromEnv'

jest.setTimeout(10_000)

let dir: string
let fifo: string
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bounded-'))
  fifo = path.join(dir, 'c.fifo')
  execFileSync('mkfifo', [fifo])
})
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

function lineOf(fn: () => unknown): string {
  try {
    fn()
  } catch (e) {
    expect(isIntunePublishError(e) && e.code).toBe('INPUT_INVALID')
    const line = (e as Error).message
    expect(line).not.toContain('\n')
    return line
  }
  throw new Error('accepted')
}

async function templateLines(file: string | Record<string, unknown>): Promise<string> {
  try {
    await loadAppTemplate(file)
  } catch (e) {
    expect(isIntunePublishError(e) && e.code).toBe('TEMPLATE_INVALID')
    return (e as Error).message
  }
  throw new Error('accepted')
}

describe('readBoundedFileSync / readBoundedFile', () => {
  test('a file at the limit is read; one byte more is refused with the limit', async () => {
    const f = path.join(dir, 'at-limit.json')
    fs.writeFileSync(f, Buffer.alloc(1000, 0x20))
    expect(readBoundedFileSync(f, 'x', 1000).length).toBe(1000)
    expect(lineOf(() => readBoundedFileSync(f, 'x', 999))).toBe(
      `x: ${f}: is 1000 B, over the limit of 999 B.`,
    )
    await expect(readBoundedFile(f, 'x', 999)).rejects.toThrow('over the limit of 999 B')
  })

  test.each(['/dev/zero', '/dev/null'])('%s is refused as a character device', async dev => {
    expect(lineOf(() => readBoundedFileSync(dev, 'x', 10))).toBe(
      `x: ${dev}: is a character device, not a regular file.`,
    )
    await expect(readBoundedFile(dev, 'x', 10)).rejects.toThrow('is a character device')
  })

  test('a FIFO is refused at once instead of blocking', async () => {
    expect(lineOf(() => readBoundedFileSync(fifo, 'x', 10))).toContain(
      'is a FIFO (named pipe), not a regular file',
    )
    await expect(readBoundedFile(fifo, 'x', 10)).rejects.toThrow('is a FIFO')
  })
})

describe('connection inputs', () => {
  test.each([
    [
      'INTUNE_CONNECTION=@/dev/zero',
      { INTUNE_CONNECTION: '@/dev/zero' },
      /^INTUNE_CONNECTION: \/dev\/zero: is a character device/,
    ],
    [
      'INTUNE_CONNECTION=@fifo',
      () => ({ INTUNE_CONNECTION: `@${fifo}` }),
      /^INTUNE_CONNECTION: .*c\.fifo: is a FIFO/,
    ],
    [
      'INTUNE_CA_FILE=/dev/zero',
      { INTUNE_CA_FILE: '/dev/zero' },
      /^INTUNE_CA_FILE: \/dev\/zero: is a character device/,
    ],
    [
      'INTUNE_CERTIFICATE=/dev/zero',
      { INTUNE_CERTIFICATE: '/dev/zero' },
      /^INTUNE_CERTIFICATE: \/dev\/zero: is a character device/,
    ],
    [
      'an inline INTUNE_CONNECTION over 1 MiB',
      { INTUNE_CONNECTION: `{"settingName":"${'x'.repeat(INPUT_LIMITS.connection)}"}` },
      /^INTUNE_CONNECTION: is \d+ characters, over the limit of 1048576/,
    ],
  ])('%s', (_name, env, message) => {
    const e = typeof env === 'function' ? env() : env
    expect(lineOf(() => readConnectionFromEnv(e))).toMatch(message)
  })

  test('a caFile of /dev/zero inside the connection JSON names the field', () => {
    expect(lineOf(() => parseConnectionJson('{"caFile":"/dev/zero"}', '--connection'))).toMatch(
      /^--connection\.caFile: \/dev\/zero: is a character device/,
    )
  })

  test('a connection file over the limit is refused before it is read in full', () => {
    const f = path.join(dir, 'big.json')
    fs.writeFileSync(f, Buffer.alloc(INPUT_LIMITS.connection + 1, 0x20))
    expect(lineOf(() => readConnectionFromEnv({ INTUNE_CONNECTION: `@${f}` }))).toMatch(
      /^INTUNE_CONNECTION: .*big\.json: is 1\.0 MiB, over the limit of 1\.0 MiB\./,
    )
  })

  test('deeply nested invalid JSON is one line naming the input, not a stack overflow', () => {
    expect(lineOf(() => parseConnectionJson('['.repeat(100_000), 'INTUNE_CONNECTION'))).toMatch(
      /^INTUNE_CONNECTION: the connection is not valid JSON \(at line 1, column 33\)/,
    )
  })
})

describe('template inputs', () => {
  const write = (name: string, text: string): string => {
    const f = path.join(dir, name)
    fs.writeFileSync(f, text)
    return f
  }

  test('--app naming a FIFO or /dev/zero is refused at once', async () => {
    expect(await templateLines(fifo)).toMatch(/c\.fifo: is a FIFO \(named pipe\), not a regular file/)
    expect(await templateLines('/dev/zero')).toMatch(/\/dev\/zero: is a character device/)
  })

  test('extends: /dev/zero names the extends key', async () => {
    const f = write('ext.yaml', 'extends: /dev/zero\ndisplayName: x\n')
    expect(await templateLines(f)).toMatch(/ext\.yaml: extends: \/dev\/zero: is a character device/)
  })

  test('a template file over 4 MiB is refused', async () => {
    const f = write('huge.yaml', `notes: ${'x'.repeat(INPUT_LIMITS.template)}\n`)
    expect(await templateLines(f)).toMatch(/huge\.yaml: is 4\.0 MiB, over the limit of 4\.0 MiB/)
  })

  test('notes over 64 KiB characters are refused before any write', async () => {
    const f = write('notes.yaml', `displayName: x\nnotes: ${'n'.repeat(INPUT_LIMITS.text + 1)}\n`)
    expect(await templateLines(f)).toMatch(
      /notes\.yaml: notes: is 65537 characters; at most 65536 are allowed/,
    )
  })

  test('a detection script at /dev/zero is refused, naming the rule', async () => {
    const f = write('script.yaml', 'displayName: x\ndetection:\n  - script: { path: /dev/zero }\n')
    expect(await templateLines(f)).toMatch(
      /script\.yaml: detection\[0\]\.script\.path: \/dev\/zero: is a character device/,
    )
  })

  test('a YAML alias bomb names the file', async () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++) {
      const prev = String.fromCharCode(96 + i)
      const cur = String.fromCharCode(97 + i)
      lines.push(`${cur}: &${cur} [${Array(9).fill(`*${prev}`).join(',')}]`)
    }
    const f = write('laughs.yaml', `${lines.join('\n')}\n`)
    expect(await templateLines(f)).toMatch(/laughs\.yaml: Excessive alias count.*; use fewer YAML aliases/)
  })
})
