import * as path from 'node:path'
import { readMsix } from './readMsix'
import { publisherHash } from './msix/publisherHash'
import { buildZip, tempDir, FIXTURES } from './test-support/buildZip'

const fx = (f: string): string => path.join(FIXTURES, 'msix', f)

test('publisher hash of Microsoft Corporation is 8wekyb3d8bbwe', () => {
  expect(
    publisherHash('CN=Microsoft Corporation, O=Microsoft Corporation, L=Redmond, S=Washington, C=US'),
  ).toBe('8wekyb3d8bbwe')
})

describe('readMsix on the real fixtures (FIXTURES.md)', () => {
  test('msixpkg-existingPackage.msix', async () => {
    const p = await readMsix(fx('msixpkg-existingPackage.msix'))
    expect(p.appType).toBe('windowsUniversalAppX')
    expect(p.sha256).toBe('25c5a44ffa53cd45ecfbf036e097ce1fcb524deae2efc2acaf05679b8098724d')
    expect(p.identity).toEqual({ property: 'identityName', value: '7fa9aa49-c12e-4977-8a29-14b25a006dc7' })
    expect(p.displayName).toBe('HelloWorldApp')
    expect(p.publisher).toBe('HelloWorldPublisher')
    expect(p.facts.identityPublisher).toBe('CN=HelloWorldPublisher')
    expect(p.facts.minVersion).toBe('10.0.17763.0')
    expect(p.graphProps).toEqual({
      fileName: 'msixpkg-existingPackage.msix',
      identityName: '7fa9aa49-c12e-4977-8a29-14b25a006dc7',
      identityPublisherHash: publisherHash('CN=HelloWorldPublisher'),
      identityVersion: '1.0.0.0',
      isBundle: false,
      applicableArchitectures: 'x86',
      applicableDeviceTypes: 'desktop',
      // The plain release of build 17763; the body builder picks Graph's member.
      minimumSupportedOperatingSystem: '1809',
    })
    expect(Buffer.from(p.manifest!, 'base64').toString('ascii')).toBe('msixpkg-existingPackage.msix')
  })

  test('msixpkg-HelloWorld.appx (architecture unset -> neutral)', async () => {
    const p = await readMsix(fx('msixpkg-HelloWorld.appx'))
    expect(p.graphProps).toMatchObject({
      identityName: '987c313f-792a-5734-8852-88815fdfef0c',
      identityPublisherHash: '8wekyb3d8bbwe',
      identityVersion: '1.2.0.3',
      applicableArchitectures: 'neutral',
      isBundle: false,
    })
    expect(p.displayName).toBe('People Graph')
    expect(p.facts.minVersion).toBe('10.0.14342.0')
    // Build 14342 is before 1607, the first release Graph names.
    expect((await readMsix(fx('msixpkg-HelloWorld.appx'))).graphProps.minimumSupportedOperatingSystem).toBe(
      '10.0',
    )
  })
})

describe('readMsix variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  test('a bundle: identity from AppxBundleManifest.xml, architectures from its application packages', async () => {
    const bundleXml = `<?xml version="1.0" encoding="UTF-8"?>
<Bundle xmlns="http://schemas.microsoft.com/appx/2013/bundle" xmlns:b4="http://schemas.microsoft.com/appx/2018/bundle" SchemaVersion="5.0">
  <Identity Name="Contoso.App" Publisher="CN=Contoso" Version="2.3.4.0"/>
  <Packages>
    <Package Type="application" Version="2.3.4.0" Architecture="x64" FileName="App_x64.msix" Offset="100" Size="10"><Resources><Resource Language="en-us"/></Resources></Package>
    <Package Type="application" Version="2.3.4.0" Architecture="arm64" FileName="App_arm64.msix" Offset="200" Size="10"/>
    <Package Type="resource" Version="2.3.4.0" ResourceId="split.scale-200" FileName="App_scale-200.msix" Offset="300" Size="10"/>
  </Packages>
</Bundle>`
    const f = await buildZip(path.join(dir, 'Contoso.msixbundle'), [
      { name: 'App_x64.msix', data: 'x', store: true },
      { name: 'AppxMetadata/AppxBundleManifest.xml', data: bundleXml },
    ])
    const p = await readMsix(f)
    expect(p.identity?.value).toBe('Contoso.App')
    expect(p.graphProps).toMatchObject({
      identityName: 'Contoso.App',
      identityVersion: '2.3.4.0',
      identityPublisherHash: publisherHash('CN=Contoso'),
      isBundle: true,
      applicableArchitectures: 'x64,arm64',
    })
    expect(p.betaOnly).toEqual(['applicableArchitectures'])
    expect(p.facts.manifest).toBe('AppxMetadata/AppxBundleManifest.xml')
  })

  test('an ms-resource DisplayName falls back to the identity name with a warning', async () => {
    const xml = `<?xml version="1.0" encoding="utf-8"?>
<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10" xmlns:uap="http://schemas.microsoft.com/appx/manifest/uap/windows10">
  <Identity Name="Contoso.Res" Publisher="CN=Contoso" Version="1.0.0.0" ProcessorArchitecture="x64" ResourceId="en"/>
  <Properties><DisplayName>ms-resource:AppDisplayName</DisplayName><PublisherDisplayName>Contoso</PublisherDisplayName></Properties>
  <Dependencies><TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.19041.0" MaxVersionTested="10.0.22621.0"/></Dependencies>
</Package>`
    const f = await buildZip(path.join(dir, 'res.msix'), [{ name: 'AppxManifest.xml', data: xml }])
    const p = await readMsix(f)
    expect(p.displayName).toBe('Contoso.Res')
    expect(p.warnings).toEqual([expect.stringContaining('ms-resource:AppDisplayName')])
    expect(p.graphProps).toMatchObject({
      identityResourceIdentifier: 'en',
      applicableArchitectures: 'x64',
      minimumSupportedOperatingSystem: '2004',
    })
  })

  test.each(['99999999999.-1.abc.1', '1.0.0', '1.0.0.65536', '1.0.0.0.0'])(
    'an Identity Version of %s (not four 16-bit numbers) is refused',
    async version => {
      const xml = `<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10"><Identity Name="C.V" Publisher="CN=C" Version="${version}"/></Package>`
      const f = await buildZip(path.join(dir, 'ver.msix'), [{ name: 'AppxManifest.xml', data: xml }])
      await expect(readMsix(f)).rejects.toThrow(
        `ver.msix: AppxManifest.xml has Identity Version "${version}", not four numbers from 0 to 65535`,
      )
    },
  )

  test('two <Identity> elements are refused', async () => {
    const xml = `<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10"><Identity Name="A" Publisher="CN=C" Version="1.0.0.0"/><Identity Name="B" Publisher="CN=C" Version="1.0.0.0"/></Package>`
    const f = await buildZip(path.join(dir, 'twoid.msix'), [{ name: 'AppxManifest.xml', data: xml }])
    await expect(readMsix(f)).rejects.toThrow('twoid.msix: AppxManifest.xml has 2 <Identity> elements')
  })
})
