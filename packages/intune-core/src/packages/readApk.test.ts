import * as path from 'node:path'
import { copyFile } from 'node:fs/promises'
import { readApk } from './readApk'
import { readPackage } from './readPackage'
import { writeAxml } from './test-support/axmlWriter'
import { buildZip, tempDir, FIXTURES } from './test-support/buildZip'

const fx = (f: string): string => path.join(FIXTURES, 'apk', f)
const decode = (m: string | null): string => Buffer.from(m ?? '', 'base64').toString('ascii')

describe('readApk on the real fixtures (FIXTURES.md)', () => {
  test('appium-selendroid-test-app.apk', async () => {
    const p = await readApk(fx('appium-selendroid-test-app.apk'))
    expect(p.appType).toBe('androidLobApp')
    expect(p.sha256).toBe('e94cf849afc8300ce7fd7789bec5ca0e3a7a5eb00038e2b632e5a6a6c2938d51')
    expect(p.identity).toEqual({ property: 'packageId', value: 'io.selendroid.testapp' })
    expect(p.displayName).toBe('selendroid-test-app')
    expect(p.graphProps).toEqual({
      fileName: 'appium-selendroid-test-app.apk',
      packageId: 'io.selendroid.testapp',
      versionCode: '1',
      versionName: '0.15.0',
      // minSdk 10 (Android 2.3.3) is below Graph's lowest member.
      // minSdk below 14 (Android 4.0): no release to report; the body builder uses its default.
    })
    expect(p.facts.minSdkVersion).toBe('10')
    expect(p.facts.targetSdkVersion).toBeUndefined()
    expect(decode(p.manifest)).toBe(
      '<?xml version="1.0" encoding="utf-8"?><AndroidManifestProperties xmlns:xsd="http://www.w3.org/2001/XMLSchema"' +
        ' xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><Package>io.selendroid.testapp</Package>' +
        '<PackageVersionCode>1</PackageVersionCode><PackageVersionName>0.15.0</PackageVersionName>' +
        '<ApplicationName>appium-selendroid-test-app.apk</ApplicationName><MinSdkVersion>10</MinSdkVersion>' +
        '<AWTVersion></AWTVersion></AndroidManifestProperties>',
    )
    expect(p.warnings).toEqual([])
  })

  test('icyleaf-android.apk (label is a resource reference)', async () => {
    const p = await readApk(fx('icyleaf-android.apk'))
    expect(p.fileSize).toBe(4000563)
    expect(p.graphProps).toMatchObject({
      packageId: 'com.icyleaf.appinfodemo',
      versionCode: '10',
      versionName: '2.1.0',
    })
    expect(p.graphProps.minimumSupportedOperatingSystem).toBe('4.0')
    expect(p.facts).toMatchObject({ minSdkVersion: '14', targetSdkVersion: '31', labelIsResource: true })
    expect(p.displayName).toBeUndefined()
  })
})

describe('readApk variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  test('no versionCode/versionName: read what is there and say what is missing', async () => {
    const manifest = writeAxml({
      name: 'manifest',
      attrs: [{ name: 'package', value: 'com.example.bare' }],
      children: [
        { name: 'uses-sdk', attrs: [{ name: 'minSdkVersion', resourceId: 0x0101020c, value: 26 }] },
        { name: 'application', attrs: [{ name: 'label', resourceId: 0x01010001, value: 'Bare App' }] },
      ],
    })
    const f = await buildZip(path.join(dir, 'bare.apk'), [
      { name: 'AndroidManifest.xml', data: manifest },
      { name: 'classes.dex', data: 'dex\n035' },
    ])
    const p = await readApk(f)
    expect(p.identity?.value).toBe('com.example.bare')
    expect(p.displayName).toBe('Bare App')
    expect(p.graphProps).toEqual({
      fileName: 'bare.apk',
      packageId: 'com.example.bare',
      minimumSupportedOperatingSystem: '8.0',
    })
    expect(p.warnings).toEqual([
      'AndroidManifest.xml has no literal versionCode; set versionCode in the app template.',
      'AndroidManifest.xml has no literal versionName; set versionName in the app template.',
    ])
    expect(decode(p.manifest)).toContain('<PackageVersionCode></PackageVersionCode>')
  })

  test('obfuscated attribute names are found by resource id; minSdk maps through the API table', async () => {
    const manifest = writeAxml({
      name: 'manifest',
      attrs: [
        { name: 'package', value: 'com.example.obf' },
        { name: 'a1', resourceId: 0x0101021b, value: 42 },
        { name: 'a2', resourceId: 0x0101021c, value: '4.2.0' },
      ],
      children: [{ name: 'uses-sdk', attrs: [{ name: 'a3', resourceId: 0x0101020c, value: 33 }] }],
    })
    const f = await buildZip(path.join(dir, 'obf.apk'), [{ name: 'AndroidManifest.xml', data: manifest }])
    const p = await readApk(f)
    expect(p.graphProps).toMatchObject({
      versionCode: '42',
      versionName: '4.2.0',
      // API 33: the plain release; the body builder sends v13_0 through beta (v1.0 stops at v11_0).
      minimumSupportedOperatingSystem: '13.0',
    })
  })

  test('a corrupt binary manifest is refused clearly', async () => {
    const good = writeAxml({ name: 'manifest', attrs: [{ name: 'package', value: 'com.example.cut' }] })
    const f = await buildZip(path.join(dir, 'cut.apk'), [
      { name: 'AndroidManifest.xml', data: good.subarray(0, 60) },
    ])
    await expect(readApk(f)).rejects.toThrow(/^cut\.apk: AndroidManifest\.xml is truncated or corrupt/)
  })

  test('an .msi renamed .apk names the expected and the detected format', async () => {
    const f = path.join(dir, 'renamed.apk')
    await copyFile(path.join(FIXTURES, 'msi', 'msi_with_external_cab.msi'), f)
    await expect(readPackage(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message:
        'renamed.apk: is an OLE compound file (MSI), not a zip archive as .apk files are (expected zip, detected cfb)',
    })
  })
})
