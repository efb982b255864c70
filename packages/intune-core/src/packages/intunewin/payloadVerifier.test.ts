/**
 * A .intunewin whose payload doesn't match its own Detection.xml (issue 11 item 9) is refused while the
 * upload streams, before the commit; and the real Microsoft-made fixtures pass the same check, fed in
 * pieces of any size.
 */
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { RunningSimulator } from '@intune-publish/sim'
import { isIntunePublishError } from '../../errors'
import { publish } from '../../publish/publish'
import {
  capturingLogger,
  fixture,
  graphWrites,
  makeTempDir,
  publishInputs,
  startTestSim,
} from '../../test-support/publishHarness'
import { rewriteIntunewin } from '../../test-support/rewriteIntunewin'
import { readIntunewin } from '../readIntunewin'
import { payloadVerifier } from './payloadVerifier'

jest.setTimeout(30_000)

const SAMPLES = [
  'msft-1.4.0.0-sample.intunewin',
  'msft-1.8.3.0-basisschrift-subfolder.intunewin',
  'msft-1.8.4.0-7zip-tiny.intunewin',
  'contentprep-unix-m365apps.intunewin',
]

async function verify(file: string, piece: number): Promise<void> {
  const p = await readIntunewin(file)
  if (p.content.mode !== 'preEncrypted') throw new Error('not pre-encrypted')
  const { offset, length, unencryptedSize, encryptionInfo } = p.content
  const blob = (await readFile(file)).subarray(offset, offset + length)
  const v = payloadVerifier(file, encryptionInfo, unencryptedSize)
  for (let at = 0; at < blob.length; at += piece) v.feed(blob.subarray(at, at + piece))
  v.finish()
}

test.each(SAMPLES.flatMap(f => [1, 7, 48, 4096].map(piece => [f, piece] as const)))(
  '%s passes when fed %i bytes at a time',
  async (name, piece) => {
    await expect(verify(fixture(`intunewin/${name}`), piece)).resolves.toBeUndefined()
  },
)

describe('publish refuses a payload that disagrees with its Detection.xml, before the commit', () => {
  let sim: RunningSimulator
  let tmp: { dir: string; cleanup: () => Promise<void> }
  beforeAll(async () => {
    ;[sim, tmp] = await Promise.all([startTestSim(), makeTempDir()])
  })
  afterAll(async () => {
    await sim?.stop()
    await tmp?.cleanup()
  })
  const TINY = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
  const win32 = {
    displayName: 'Digest check e2e',
    description: 'd',
    publisher: 'p',
    installCommandLine: 'install.cmd',
    uninstallCommandLine: 'uninstall.cmd',
    detection: [{ file: { path: 'C:\\x', name: 'y.txt', check: 'exists' } }],
  }

  async function tampered(): Promise<string> {
    const p = await readIntunewin(TINY)
    if (p.content.mode !== 'preEncrypted') throw new Error('not pre-encrypted')
    const bytes = await readFile(TINY)
    // One ciphertext byte in the middle: the HMAC over it no longer matches the one the payload carries.
    bytes[p.content.offset + 48 + 100] ^= 0x01
    const out = join(tmp.dir, 'tampered.intunewin')
    await writeFile(out, bytes)
    return out
  }

  const cases: Array<[string, () => Promise<string>, RegExp]> = [
    [
      'a FileDigest of other bytes',
      () =>
        rewriteIntunewin(TINY, join(tmp.dir, 'digest.intunewin'), xml =>
          xml.replace(/<FileDigest>[^<]*</, `<FileDigest>${Buffer.alloc(32, 5).toString('base64')}<`),
        ),
      /^digest\.intunewin: its payload's SHA-256 does not match Detection\.xml's FileDigest; nothing was committed/,
    ],
    [
      'a tampered ciphertext',
      tampered,
      /^tampered\.intunewin: its payload was altered: the HMAC over IV and ciphertext does not match/,
    ],
  ]

  test.each(cases)('%s', async (_name, build, message) => {
    const packagePath = await build()
    const appsBefore = sim.state.apps.size
    const logAt = sim.state.requestLog.length
    const error = await publish(
      publishInputs(sim, { packagePath, appTemplate: win32 }),
      capturingLogger(),
    ).then(
      () => new Error('published anyway'),
      (e: unknown) => e,
    )
    expect(isIntunePublishError(error) && error.code).toBe('PACKAGE_INVALID')
    expect((error as Error).message).toMatch(message)
    expect(graphWrites(sim, logAt).filter(w => /\/commit$/.test(w.path))).toEqual([])
    // The half-created app is removed again: nothing is left behind.
    expect(sim.state.apps.size).toBe(appsBefore)
  })
})
