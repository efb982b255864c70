import * as path from 'node:path'
import * as plist from 'plist'
import { readIpa } from './readIpa'
import { readPackage } from './readPackage'
import { buildZip, tempDir, FIXTURES } from './test-support/buildZip'

const fx = (f: string): string => path.join(FIXTURES, 'ipa', f)
const decode = (m: string | null): string => Buffer.from(m ?? '', 'base64').toString('ascii')

describe('readIpa on the real fixtures (FIXTURES.md)', () => {
  // The sample apps' profiles expired long ago: by default that is refused, naming the date.
  test('icyleaf-iphone.ipa is refused by default: its profile expired', async () => {
    await expect(readIpa(fx('icyleaf-iphone.ipa'))).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message:
        "icyleaf-iphone.ipa: its provisioning profile expired on 2017-07-27T09:44:49.000Z; devices won't install it",
      fix: expect.stringContaining('re-sign'),
    })
  })

  test('icyleaf-iphone.ipa (binary plist) read with a clock before expiry', async () => {
    const p = await readIpa(fx('icyleaf-iphone.ipa'), { now: new Date('2017-07-20T00:00:00Z') })
    expect(p.appType).toBe('iosLobApp')
    expect(p.sha256).toBe('8412b48390243aa11064c707247ca48dd74e4cd4cd2d0dbde76f161b2433c861')
    expect(p.fileSize).toBe(42699)
    expect(p.identity).toEqual({ property: 'bundleId', value: 'com.icyleaf.AppInfoDemo' })
    expect(p.displayName).toBe('AppInfoDemo')
    expect(p.version).toBe('1.2.3')
    expect(p.facts.infoPlist).toBe('Payload/AppInfoDemo.app/Info.plist')
    expect(p.facts.minimumOSVersion).toBe('9.3')
    expect(p.graphProps).toEqual({
      fileName: 'icyleaf-iphone.ipa',
      bundleId: 'com.icyleaf.AppInfoDemo',
      buildNumber: '5',
      versionNumber: '1.2.3',
      expirationDateTime: '2017-07-27T09:44:49.000Z',
      applicableDeviceType: { iPad: false, iPhoneAndIPod: true },
      minimumSupportedOperatingSystem: '9.0',
    })
    expect(p.warnings).toEqual([expect.stringMatching(/expires in 7 day\(s\)/)])
    const manifest = decode(p.manifest)
    expect(manifest).toContain('<key>bundle-identifier</key><string>com.icyleaf.AppInfoDemo</string>')
    expect(manifest).toContain('<key>bundle-version</key><string>5</string>')
    expect(manifest).toContain('<string>{UrlPlaceHolder}</string>')
    expect(plist.parse(manifest)).toMatchObject({
      items: [{ metadata: { title: 'AppInfoDemo', kind: 'software' } }],
    })
  })

  test('fastlane-very-capable-app.ipa, with the expired-profile opt-out', async () => {
    const p = await readIpa(fx('fastlane-very-capable-app.ipa'), { allowExpiredProvisioningProfile: true })
    expect(p.graphProps).toMatchObject({
      bundleId: 'org.fastlane.very-capable-app',
      buildNumber: '1',
      versionNumber: '1.0',
      applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
      minimumSupportedOperatingSystem: '11.0',
      expirationDateTime: '2019-04-07T01:27:21.000Z',
    })
    expect(p.displayName).toBe('very-capable-app')
    expect(p.warnings).toEqual([expect.stringContaining('expired on 2019-04-07T01:27:21.000Z')])
  })

  test('invalid-fastlane-not-an-ipa.ipa is rejected: not a zip', async () => {
    await expect(readPackage(fx('invalid-fastlane-not-an-ipa.ipa'))).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/^invalid-fastlane-not-an-ipa\.ipa: not a zip file/),
    })
  })
})

describe('readIpa variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  const infoPlist = (over: Record<string, plist.PlistValue>): string =>
    plist.build({
      CFBundleIdentifier: 'com.example.top',
      CFBundleShortVersionString: '3.4',
      CFBundleVersion: '345',
      CFBundleName: 'Top',
      MinimumOSVersion: '17.2',
      UIDeviceFamily: [1, 2],
      ...over,
    })
  const profile = (expires: Date): Buffer =>
    Buffer.concat([
      Buffer.from([0x30, 0x82, 0x1f, 0x00, 0x06, 0x09]),
      Buffer.from(plist.build({ Name: 'Example Enterprise', ExpirationDate: expires })),
      Buffer.from([0xa0, 0x82, 0x0d, 0x31]),
    ])

  test('top folder, __MACOSX junk and a nested watch app: the top-level app is read', async () => {
    const f = await buildZip(path.join(dir, 'wrapped.ipa'), [
      { name: '__MACOSX/Build/Payload/._Top.app', data: 'junk' },
      { name: '__MACOSX/Build/Payload/Top.app/._Info.plist', data: Buffer.from([0, 5, 22, 7]) },
      {
        name: 'Build/Payload/Top.app/Watch/TopWatch.app/Info.plist',
        data: infoPlist({ CFBundleIdentifier: 'com.example.top.watchkitapp', UIDeviceFamily: [4] }),
      },
      {
        name: 'Build/Payload/Top.app/PlugIns/Share.appex/Info.plist',
        data: infoPlist({ CFBundleIdentifier: 'com.example.top.share' }),
      },
      { name: 'Build/Payload/Top.app/Info.plist', data: infoPlist({}) },
      {
        name: 'Build/Payload/Top.app/embedded.mobileprovision',
        data: profile(new Date('2030-01-01T00:00:00Z')),
      },
    ])
    const p = await readIpa(f, { now: new Date('2026-01-01T00:00:00Z') })
    expect(p.identity?.value).toBe('com.example.top')
    expect(p.facts.infoPlist).toBe('Build/Payload/Top.app/Info.plist')
    expect(p.facts.provisioningProfile).toBe('Example Enterprise')
    expect(p.graphProps).toMatchObject({
      buildNumber: '345',
      versionNumber: '3.4',
      expirationDateTime: '2030-01-01T00:00:00.000Z',
      applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
      // 17.2 is reported as the plain release; the body builder picks beta's v17_0 (v1.0 stops at v15_0).
      minimumSupportedOperatingSystem: '17.0',
    })
    expect(p.warnings).toEqual([])
  })

  test('a tvOS app is refused', async () => {
    const f = await buildZip(path.join(dir, 'tv.ipa'), [
      {
        name: 'Payload/TV.app/Info.plist',
        data: infoPlist({ CFBundleSupportedPlatforms: ['AppleTVOS'], UIDeviceFamily: [3] }),
      },
    ])
    await expect(readIpa(f)).rejects.toThrow(
      "tv.ipa: is a tvOS app: Intune doesn't take tvOS apps as iOS LOB apps",
    )
  })

  test('an expired provisioning profile is refused with the date and the fix', async () => {
    const f = await buildZip(path.join(dir, 'expired.ipa'), [
      { name: 'Payload/Top.app/Info.plist', data: infoPlist({}) },
      { name: 'Payload/Top.app/embedded.mobileprovision', data: profile(new Date('2024-03-01T12:00:00Z')) },
    ])
    await expect(readIpa(f, { now: new Date('2025-01-01T00:00:00Z') })).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message:
        "expired.ipa: its provisioning profile expired on 2024-03-01T12:00:00.000Z; devices won't install it",
      fix: expect.stringMatching(/Renew .*provisioning profile/),
    })
  })

  test('an Info.plist that claims an absurd size is refused before anything is allocated', async () => {
    const f = await buildZip(path.join(dir, 'huge.ipa'), [
      { name: 'Payload/Top.app/Info.plist', data: infoPlist({}) },
    ])
    const { readFile, writeFile } = await import('node:fs/promises')
    const bytes = await readFile(f)
    // Patch the central directory's uncompressed size to 3 GB.
    const cd = bytes.indexOf(Buffer.from('504b0102', 'hex'))
    bytes.writeUInt32LE(3_000_000_000, cd + 24)
    await writeFile(f, bytes)
    await expect(readIpa(f)).rejects.toThrow(/Info\.plist declares 3000000000 bytes, more than/)
  })

  test('a truncated zip is reported as truncated or corrupt', async () => {
    const { readFile, writeFile } = await import('node:fs/promises')
    const bytes = await readFile(fx('icyleaf-iphone.ipa'))
    const f = path.join(dir, 'cut.ipa')
    await writeFile(f, bytes.subarray(0, 20_000))
    await expect(readPackage(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/^cut\.ipa: the \.ipa zip is truncated or corrupt/),
    })
  })

  test('two app bundles side by side in Payload/ are refused, naming both', async () => {
    const f = await buildZip(path.join(dir, 'two.ipa'), [
      { name: 'Payload/Evil.app/Info.plist', data: infoPlist({ CFBundleIdentifier: 'com.evil.extension' }) },
      { name: 'Payload/Top.app/Info.plist', data: infoPlist({}) },
    ])
    await expect(readIpa(f)).rejects.toThrow(
      'two.ipa: holds more than one app bundle in Payload/ (Evil.app, Top.app)',
    )
  })
})
