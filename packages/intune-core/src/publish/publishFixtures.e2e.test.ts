/**
 * Acceptance: every real fixture publishes end-to-end against the simulator (commit check passed, app
 * published, metadata as FIXTURES.md says), and every file that isn't a publishable package is refused
 * with one clear error and no app. The valid publishes run in parallel against one simulator.
 */
import { createHash, randomBytes } from 'node:crypto'
import { readdirSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { RunningSimulator, SimApp } from '@intune-publish/sim'
import type { PublishResult } from '../api'
import { isIntunePublishError } from '../errors'
import {
  FIXTURES,
  capturingLogger,
  committedFile,
  fixture,
  graphWrites,
  makeTempDir,
  publishInputs,
  startTestSim,
} from '../test-support/publishHarness'
import { publish, type PublishOptions } from './publish'

jest.setTimeout(60_000)

/** MSIX publisher hash computed here, independently of the reader: Crockford-ish base32 of SHA-256(UTF-16LE)[0..8]. */
function msixPublisherHash(publisher: string): string {
  const digest = createHash('sha256').update(Buffer.from(publisher, 'utf16le')).digest()
  const bits = [...digest.subarray(0, 8)].map(b => b.toString(2).padStart(8, '0')).join('') + '0'
  const alphabet = '0123456789abcdefghjkmnpqrstvwxyz'
  return (bits.match(/.{5}/g) as string[]).map(g => alphabet[parseInt(g, 2)]).join('')
}

const win32 = (displayName: string) => ({
  displayName,
  description: `${displayName} (e2e)`,
  publisher: 'E2E Publisher',
  installCommandLine: 'powershell -ExecutionPolicy Bypass -File install.ps1',
  uninstallCommandLine: 'powershell -ExecutionPolicy Bypass -File uninstall.ps1',
  detection: [{ file: { path: 'C:\\Program Files\\E2E', name: `${displayName}.txt`, check: 'exists' } }],
})
const basic = (displayName: string) => ({
  displayName,
  description: `${displayName} (e2e)`,
  publisher: 'E2E Publisher',
})

interface Case {
  file: string
  template: Record<string, unknown>
  opts?: PublishOptions
  appType: string
  /** Metadata the package must have put on the app. */
  props: Record<string, unknown>
  /** Unencrypted content size, when the fixture says it (.intunewin); otherwise the file's size. */
  size?: number
  sizeEncrypted?: number
}

const intunewin = (file: string, name: string, setup: string, size: number, enc: number): Case => ({
  file: `intunewin/${file}`,
  template: win32(name),
  appType: 'win32LobApp',
  props: { setupFilePath: setup, fileName: 'IntunePackage.intunewin' },
  size,
  sizeEncrypted: enc,
})
const msi = (file: string, productCode: string, productVersion: string): Case => ({
  file: `msi/${file}`,
  template: basic(`MSI ${file}`),
  appType: 'windowsMobileMSI',
  props: { productCode, productVersion, fileName: file },
})

const VALID: Case[] = [
  intunewin('msft-1.4.0.0-sample.intunewin', 'E2E sample 1.4', 'file.txt', 3078, 3136),
  intunewin(
    'msft-1.8.3.0-basisschrift-subfolder.intunewin',
    'E2E Basisschrift',
    'install.ps1',
    221613,
    221664,
  ),
  intunewin('msft-1.8.4.0-7zip-tiny.intunewin', 'E2E 7zip tiny', 'install.ps1', 905, 960),
  intunewin('contentprep-unix-m365apps.intunewin', 'E2E M365', 'Microsoft365Apps.txt', 7759, 7808),
  msi('7z2301-x64.msi', '{23170F69-40C1-2702-2301-000001000000}', '23.01.00.0'),
  msi('msi_with_external_cab.msi', '{F8771F32-1DE7-49B5-ADF4-1D0832A6F3B5}', '1.0'),
  msi('putty-0.68-installer.msi', '{55717628-7AE6-4BCF-A046-FA2768945E76}', '0.68.0.0'),
  {
    file: 'ipa/icyleaf-iphone.ipa',
    template: basic('E2E AppInfoDemo iOS'),
    opts: { allowExpiredProvisioningProfile: true },
    appType: 'iosLobApp',
    props: { bundleId: 'com.icyleaf.AppInfoDemo', versionNumber: '1.2.3', buildNumber: '5' },
  },
  {
    file: 'ipa/fastlane-very-capable-app.ipa',
    template: basic('E2E very capable'),
    opts: { allowExpiredProvisioningProfile: true },
    appType: 'iosLobApp',
    props: { bundleId: 'org.fastlane.very-capable-app', versionNumber: '1.0', buildNumber: '1' },
  },
  {
    file: 'apk/appium-selendroid-test-app.apk',
    template: basic('E2E Selendroid'),
    appType: 'androidLobApp',
    props: { packageId: 'io.selendroid.testapp', versionCode: '1', versionName: '0.15.0' },
  },
  {
    file: 'apk/icyleaf-android.apk',
    template: basic('E2E AppInfoDemo Android'),
    appType: 'androidLobApp',
    props: { packageId: 'com.icyleaf.appinfodemo', versionCode: '10', versionName: '2.1.0' },
  },
  {
    file: 'msix/msixpkg-existingPackage.msix',
    template: basic('E2E HelloWorld MSIX'),
    appType: 'windowsUniversalAppX',
    props: {
      identityName: '7fa9aa49-c12e-4977-8a29-14b25a006dc7',
      identityVersion: '1.0.0.0',
      identityPublisherHash: msixPublisherHash('CN=HelloWorldPublisher'),
    },
  },
  {
    file: 'msix/msixpkg-HelloWorld.appx',
    template: basic('E2E People Graph'),
    appType: 'windowsUniversalAppX',
    props: {
      identityName: '987c313f-792a-5734-8852-88815fdfef0c',
      identityVersion: '1.2.0.3',
      identityPublisherHash: '8wekyb3d8bbwe',
    },
  },
  {
    file: 'pkg/fastlane-MacAppOnly.pkg',
    template: basic('E2E MacCoolApp'),
    appType: 'macOSPkgApp',
    props: { primaryBundleId: 'com.example.Sample', primaryBundleVersion: '1.0' },
  },
]

/** Files in the fixtures folder that are not publishable packages, and the start of the error each gets. */
const REFUSED: { file: string; code: string; message: RegExp }[] = [
  {
    file: 'ipa/invalid-fastlane-not-an-ipa.ipa',
    code: 'PACKAGE_INVALID',
    message: /^invalid-fastlane-not-an-ipa\.ipa: not a zip file/,
  },
  {
    file: 'intunewin/msft-1.4.0.0-sample.expected-inner.zip',
    code: 'PACKAGE_INVALID',
    message: /^msft-1\.4\.0\.0-sample\.expected-inner\.zip: unknown package extension "\.zip"/,
  },
  // The sample apps' provisioning profiles expired years ago: refused unless the run opts in.
  {
    file: 'ipa/icyleaf-iphone.ipa',
    code: 'PACKAGE_INVALID',
    message: /^icyleaf-iphone\.ipa: its provisioning profile expired on 2017-07-27/,
  },
  {
    file: 'ipa/fastlane-very-capable-app.ipa',
    code: 'PACKAGE_INVALID',
    message: /^fastlane-very-capable-app\.ipa: its provisioning profile expired on 2019-04-07/,
  },
]

type Outcome = { ok: true; result: PublishResult } | { ok: false; error: unknown }
const settle = (p: Promise<PublishResult>): Promise<Outcome> =>
  p.then(
    result => ({ ok: true as const, result }),
    (error: unknown) => ({ ok: false as const, error }),
  )

let sim: RunningSimulator
let tmp: { dir: string; cleanup: () => Promise<void> }
const log = capturingLogger()
const refusals = new Map<
  string,
  { outcome: Outcome; appsBefore: number; appsAfter: number; writes: number }
>()
const runs = new Map<string, Promise<Outcome>>()
let dmgFile: string

beforeAll(async () => {
  sim = await startTestSim()
  tmp = await makeTempDir()
  // Refusals first, one at a time, while nothing else writes, so "no app, no write" is exact.
  for (const r of REFUSED) {
    const appsBefore = sim.state.apps.size
    const logAt = sim.state.requestLog.length
    const outcome = await settle(
      publish(publishInputs(sim, { packagePath: fixture(r.file), appTemplate: basic('refused') }), log),
    )
    refusals.set(r.file, {
      outcome,
      appsBefore,
      appsAfter: sim.state.apps.size,
      writes: graphWrites(sim, logAt).length,
    })
  }
  // No DMG fixture exists: a tiny UDIF image (data + the 512-byte 'koly' trailer) made here.
  dmgFile = join(tmp.dir, 'Tiny.dmg')
  const trailer = Buffer.alloc(512)
  trailer.write('koly', 0, 'latin1')
  await writeFile(dmgFile, Buffer.concat([randomBytes(6000), trailer]))
  const all: [string, Promise<PublishResult>][] = VALID.map(c => [
    c.file,
    publish(publishInputs(sim, { packagePath: fixture(c.file), appTemplate: c.template }), log, c.opts),
  ])
  all.push([
    'dmg',
    publish(
      publishInputs(sim, {
        packagePath: dmgFile,
        appTemplate: {
          ...basic('E2E Tiny DMG'),
          primaryBundleId: 'com.example.tinydmg',
          primaryBundleVersion: '2.0',
        },
      }),
      log,
    ),
  ])
  for (const [k, p] of all) runs.set(k, settle(p))
  await Promise.all(runs.values())
})
afterAll(async () => {
  await sim?.stop()
  await tmp?.cleanup()
})

function published(outcome: Outcome | undefined): { result: PublishResult; app: SimApp } {
  if (!outcome?.ok) throw new Error(`publish failed: ${String((outcome as { error?: unknown })?.error)}`)
  const app = sim.state.apps.get(outcome.result.appId as string)
  if (!app) throw new Error(`app ${String(outcome.result.appId)} is not in the simulator`)
  return { result: outcome.result, app }
}

function expectCommittedAndPublished(result: PublishResult, app: SimApp): void {
  expect(result.status).toBe('created')
  expect(app.props.publishingState).toBe('published')
  expect(app.props.committedContentVersion).toBe(result.contentVersion)
  expect(result.contentVersion).toBe('1')
  const commits = sim.faults.content?.commits.filter(c => c.appId === app.id) ?? []
  expect(commits.map(c => c.ok)).toEqual([true])
}

describe.each(VALID)('$file publishes end-to-end', c => {
  test(`as a ${c.appType} with the package's metadata and the template's`, async () => {
    const { result, app } = published(await runs.get(c.file))
    expectCommittedAndPublished(result, app)
    expect(app.odataType.replace(/^#?microsoft\.graph\./, '')).toBe(c.appType)
    expect(app.props).toMatchObject({
      ...c.props,
      displayName: c.template.displayName,
      description: c.template.description,
      publisher: 'E2E Publisher',
    })
    const file = committedFile(app)
    const onDisk = statSync(fixture(c.file)).size
    expect(file).toMatchObject({ isCommitted: true, size: c.size ?? onDisk })
    // Files we encrypt: 32-byte HMAC + 16-byte IV + PKCS7-padded ciphertext.
    expect(file?.sizeEncrypted).toBe(c.sizeEncrypted ?? 48 + (Math.floor(onDisk / 16) + 1) * 16)
    expect(result.bytesUploaded).toBe(file?.sizeEncrypted)
  })
})

test('Win32 apps carry the template detection rule and the default return codes', async () => {
  const { app } = published(await runs.get('intunewin/msft-1.8.4.0-7zip-tiny.intunewin'))
  expect(app.props.installCommandLine).toBe('powershell -ExecutionPolicy Bypass -File install.ps1')
  expect(app.props.rules).toEqual([
    expect.objectContaining({
      '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
      ruleType: 'detection',
      path: 'C:\\Program Files\\E2E',
      fileOrFolderName: 'E2E 7zip tiny.txt',
    }),
  ])
  expect(app.props.returnCodes).toEqual(expect.arrayContaining([{ returnCode: 0, type: 'success' }]))
})

test('a .dmg built at test time publishes as macOSDmgApp with the template bundle id', async () => {
  const { result, app } = published(await runs.get('dmg'))
  expectCommittedAndPublished(result, app)
  expect(app.odataType).toMatch(/^#?microsoft\.graph\.macOSDmgApp$/)
  expect(app.props).toMatchObject({
    primaryBundleId: 'com.example.tinydmg',
    primaryBundleVersion: '2.0',
    includedApps: [expect.objectContaining({ bundleId: 'com.example.tinydmg', bundleVersion: '2.0' })],
    fileName: 'Tiny.dmg',
  })
  expect(committedFile(app)).toMatchObject({ size: 6512, sizeEncrypted: 48 + 6512 + 16 })
})

describe.each(REFUSED)('$file is refused', r => {
  test('with one clear error, before any write, and no app', () => {
    const seen = refusals.get(r.file)
    expect(seen?.outcome.ok).toBe(false)
    const error = (seen?.outcome as { error: unknown }).error
    expect(isIntunePublishError(error)).toBe(true)
    expect(error).toMatchObject({ code: r.code, message: expect.stringMatching(r.message) })
    expect(seen?.writes).toBe(0)
    expect(seen?.appsAfter).toBe(seen?.appsBefore)
  })
})

test('every file in the fixtures folder is covered above', () => {
  const files: string[] = []
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name)
      if (e.isDirectory()) walk(p)
      else if (e.name !== 'FIXTURES.md') files.push(relative(FIXTURES, p))
    }
  }
  walk(FIXTURES)
  const covered = new Set([...VALID.map(c => c.file), ...REFUSED.map(r => r.file)])
  expect(files.filter(f => !covered.has(f))).toEqual([])
  // Exactly one app per valid fixture (and the DMG): no duplicates from parallel runs.
  expect(sim.state.apps.size).toBe(VALID.length + 1)
})
