/**
 * Bad input: each problem gets one clear IntunePublishError before anything is written to Intune, and no
 * app is left behind. The inputs are real fixtures, damaged or mislabelled at test time.
 */
import { copyFile, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import * as plist from 'plist'
import type { RunningSimulator } from '@intune-publish/sim'
import type { PublishInputs } from '../api'
import { isIntunePublishError } from '../errors'
import { buildZip } from '../packages/test-support/buildZip'
import {
  capturingLogger,
  fixture,
  graphWrites,
  makeTempDir,
  publishInputs,
  startTestSim,
} from '../test-support/publishHarness'
import { rewriteIntunewin } from '../test-support/rewriteIntunewin'
import { publish, type PublishOptions } from './publish'

jest.setTimeout(30_000)

let sim: RunningSimulator
let tmp: { dir: string; cleanup: () => Promise<void> }
const log = capturingLogger()
const at = (name: string): string => join(tmp.dir, name)

beforeAll(async () => {
  ;[sim, tmp] = await Promise.all([startTestSim(), makeTempDir()])
})
afterAll(async () => {
  await sim?.stop()
  await tmp?.cleanup()
})

const TINY = fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const win32 = {
  displayName: 'Bad input e2e',
  description: 'd',
  publisher: 'p',
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\x', name: 'y.txt', check: 'exists' } }],
}
const basic = { displayName: 'Bad input e2e', description: 'd', publisher: 'p' }

async function truncated(src: string, name: string, keep: number): Promise<string> {
  await writeFile(at(name), (await readFile(fixture(src))).subarray(0, keep))
  return at(name)
}

function tvosIpa(): Promise<string> {
  const info = plist.build({
    CFBundleIdentifier: 'com.example.tv',
    CFBundleShortVersionString: '1.0',
    CFBundleVersion: '1',
    CFBundleName: 'TV',
    MinimumOSVersion: '17.0',
    CFBundleSupportedPlatforms: ['AppleTVOS'],
    UIDeviceFamily: [3],
  })
  // A profile valid until 2099, so the only thing wrong is the platform.
  const profile = Buffer.concat([
    Buffer.from([0x30, 0x82, 0x1f, 0x00, 0x06, 0x09]),
    Buffer.from(plist.build({ Name: 'TV Enterprise', ExpirationDate: new Date('2099-01-01T00:00:00Z') })),
    Buffer.from([0xa0, 0x82, 0x0d, 0x31]),
  ])
  return buildZip(at('tv.ipa'), [
    { name: 'Payload/TV.app/Info.plist', data: info },
    { name: 'Payload/TV.app/embedded.mobileprovision', data: profile },
  ])
}

function dmg(): Promise<string> {
  const trailer = Buffer.alloc(512)
  trailer.write('koly', 0, 'latin1')
  return writeFile(at('NoId.dmg'), Buffer.concat([Buffer.alloc(1024, 7), trailer])).then(() => at('NoId.dmg'))
}

interface Case {
  name: string
  build: () => Promise<Partial<PublishInputs>>
  opts?: PublishOptions
  code: string
  message: RegExp
}

const CASES: Case[] = [
  {
    name: 'an unknown extension',
    build: async () => (await copyFile(TINY, at('setup.exe')), { packagePath: at('setup.exe') }),
    code: 'PACKAGE_INVALID',
    message: /^setup\.exe: unknown package extension "\.exe"/,
  },
  {
    name: 'an MSI renamed to .apk',
    build: async () => (
      await copyFile(fixture('msi/msi_with_external_cab.msi'), at('x.apk')),
      { packagePath: at('x.apk'), appTemplate: basic }
    ),
    code: 'PACKAGE_INVALID',
    message: /^x\.apk: is an OLE compound file \(MSI\), not a zip archive/,
  },
  {
    name: 'a truncated .apk',
    build: async () => ({
      packagePath: await truncated('apk/icyleaf-android.apk', 'cut.apk', 2_000_000),
      appTemplate: basic,
    }),
    code: 'PACKAGE_INVALID',
    message: /^cut\.apk: .*truncated or corrupt/,
  },
  {
    name: 'a truncated .msi',
    build: async () => ({
      packagePath: await truncated('msi/putty-0.68-installer.msi', 'cut.msi', 100_000),
      appTemplate: basic,
    }),
    code: 'PACKAGE_INVALID',
    message: /^cut\.msi: .*truncated or corrupt/,
  },
  {
    name: 'a truncated .intunewin',
    build: async () => ({
      packagePath: await truncated('intunewin/msft-1.8.4.0-7zip-tiny.intunewin', 'cut.intunewin', 1500),
      appTemplate: win32,
    }),
    code: 'PACKAGE_INVALID',
    message: /^cut\.intunewin: .*truncated or corrupt/,
  },
  {
    name: 'a Detection.xml with an encryption key of the wrong length',
    build: async () => ({
      packagePath: await rewriteIntunewin(TINY, at('badkey.intunewin'), xml =>
        xml.replace(/<EncryptionKey>[^<]*</, `<EncryptionKey>${Buffer.alloc(16, 1).toString('base64')}<`),
      ),
      appTemplate: win32,
    }),
    code: 'PACKAGE_INVALID',
    message: /^badkey\.intunewin: Detection\.xml <EncryptionKey> must be base64 of 32 bytes \(got 16\)/,
  },
  {
    name: 'a Detection.xml whose Mac belongs to another payload',
    build: async () => ({
      packagePath: await rewriteIntunewin(TINY, at('badmac.intunewin'), xml =>
        xml.replace(/<Mac>[^<]*</, `<Mac>${Buffer.alloc(32, 9).toString('base64')}<`),
      ),
      appTemplate: win32,
    }),
    code: 'PACKAGE_INVALID',
    message: /^badmac\.intunewin: Detection\.xml <Mac> doesn't match the payload's HMAC/,
  },
  {
    name: "a Detection.xml whose sizes don't match the payload",
    build: async () => ({
      packagePath: await rewriteIntunewin(TINY, at('badsize.intunewin'), xml =>
        xml.replace('<UnencryptedContentSize>905<', '<UnencryptedContentSize>5000<'),
      ),
      appTemplate: win32,
    }),
    code: 'PACKAGE_INVALID',
    message:
      /^badsize\.intunewin: sizes don't match: the encrypted payload is 960 bytes but .* 5000 needs 5056/,
  },
  {
    name: 'an expired provisioning profile',
    build: async () => ({ packagePath: fixture('ipa/icyleaf-iphone.ipa'), appTemplate: basic }),
    code: 'PACKAGE_INVALID',
    message: /^icyleaf-iphone\.ipa: its provisioning profile expired on 2017-07-27T09:44:49\.000Z/,
  },
  {
    name: 'a tvOS .ipa',
    build: async () => ({ packagePath: await tvosIpa(), appTemplate: basic }),
    code: 'PACKAGE_INVALID',
    message: /^tv\.ipa: is a tvOS app: Intune doesn't take tvOS apps/,
  },
  {
    name: 'a Win32 template without detection rules',
    build: async () => ({ packagePath: TINY, appTemplate: { ...win32, detection: undefined } }),
    code: 'TEMPLATE_INVALID',
    message: /detection: Win32 apps need at least one detection rule/,
  },
  {
    name: 'a DMG template without primaryBundleId',
    build: async () => ({ packagePath: await dmg(), appTemplate: { ...basic, primaryBundleVersion: '1.0' } }),
    code: 'TEMPLATE_INVALID',
    message: /primaryBundleId: required for macOSDmgApp apps \(a \.dmg doesn't say them\)/,
  },
  {
    name: 'an icon that is a GIF named .png',
    build: async () => {
      await writeFile(at('icon.png'), Buffer.concat([Buffer.from('GIF89a'), Buffer.alloc(64, 1)]))
      return { packagePath: TINY, appTemplate: { ...win32, icon: at('icon.png') } }
    },
    code: 'TEMPLATE_INVALID',
    message: /icon\.png: the icon is not a PNG or JPEG file/,
  },
  {
    name: 'concurrency 0',
    build: async () => ({ packagePath: TINY, appTemplate: win32, concurrency: 0 }),
    code: 'INPUT_INVALID',
    message: /^concurrency: must be a whole number from 1 to 64, got 0/,
  },
  {
    name: 'a block size of 200 MiB',
    build: async () => ({ packagePath: TINY, appTemplate: win32, blockSizeMiB: 200 }),
    code: 'INPUT_INVALID',
    message: /^block-size-mib: must be a whole number from 1 to 100, got 200/,
  },
  ...[
    '../../deviceManagement',
    'c0ffee00-0000-4000-8000-000000000001/../c0ffee00-0000-4000-8000-000000000002',
  ].map(appId => ({
    name: `app-id ${appId} (issue 11 item 4)`,
    build: async () => ({ packagePath: TINY, appTemplate: win32, appId }),
    code: 'INPUT_INVALID',
    message: /^app-id: ".*" is not a GUID/,
  })),
  {
    name: 'a client id that is not a GUID',
    build: async () => ({
      packagePath: TINY,
      appTemplate: win32,
      connection: { ...publishInputs(sim, {}).connection, clientId: 'my-app' },
    }),
    code: 'INPUT_INVALID',
    message: /clientId: 'my-app' is not a GUID/,
  },
]

test.each(CASES)('$name: one clear error before any write', async c => {
  const extra = await c.build()
  const appsBefore = [...sim.state.apps.keys()]
  const logAt = sim.state.requestLog.length
  const error = await publish(publishInputs(sim, extra), log, c.opts).then(
    r => new Error(`published anyway: ${JSON.stringify(r.status)}`),
    (e: unknown) => e,
  )
  expect(isIntunePublishError(error)).toBe(true)
  expect(error).toMatchObject({ code: c.code, message: expect.stringMatching(c.message) })
  expect((error as Error).message).not.toContain('\n')
  expect(graphWrites(sim, logAt)).toEqual([])
  expect([...sim.state.apps.keys()]).toEqual(appsBefore)
})

// The control: the same checks see the writes of a good publish, so "no write" above means something.
test('a good publish of the same package is seen writing', async () => {
  const logAt = sim.state.requestLog.length
  const r = await publish(publishInputs(sim, { packagePath: TINY, appTemplate: win32 }), log)
  expect(r.status).toBe('created')
  expect(graphWrites(sim, logAt).map(w => w.method)).toEqual(expect.arrayContaining(['POST', 'PATCH']))
  expect(sim.state.apps.get(r.appId as string)?.props.publishingState).toBe('published')
})
