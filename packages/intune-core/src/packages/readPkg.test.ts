import * as path from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import { readPkg } from './readPkg'
import { readDmg } from './readDmg'
import { readPackage } from './readPackage'
import { buildXar } from './test-support/buildXar'
import { tempDir, FIXTURES } from './test-support/buildZip'

describe('readPkg on the real fixture (FIXTURES.md)', () => {
  test('fastlane-MacAppOnly.pkg: product com.example.Sample 1.0, title MacCoolApp', async () => {
    const p = await readPkg(path.join(FIXTURES, 'pkg', 'fastlane-MacAppOnly.pkg'))
    expect(p.appType).toBe('macOSPkgApp')
    expect(p.sha256).toBe('5e176d340850b7309a0b30b5cc9bcd9e158a1b080ffd3f16c10c2c4f63229fe9')
    expect(p.displayName).toBe('MacCoolApp')
    expect(p.facts).toMatchObject({
      source: 'Distribution',
      xarChecksum: 'sha1',
      productId: 'com.example.Sample',
      productVersion: '1.0',
    })
    expect(p.graphProps).toEqual({
      fileName: 'fastlane-MacAppOnly.pkg',
      primaryBundleId: 'com.example.Sample',
      primaryBundleVersion: '1.0',
      includedApps: [
        {
          '@odata.type': '#microsoft.graph.macOSIncludedApp',
          bundleId: 'com.example.Sample',
          bundleVersion: '1.0',
        },
      ],
    })
    expect(p.manifest).toBeNull()
  })
})

describe('macOS variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  test('a component-only package: PackageInfo gives the bundles', async () => {
    const f = path.join(dir, 'component.pkg')
    await buildXar(f, [
      { name: 'Bom', data: 'BOMStore' },
      {
        name: 'PackageInfo',
        data:
          '<?xml version="1.0" encoding="utf-8"?><pkg-info format-version="2" identifier="com.contoso.tool.pkg" version="5.1" install-location="/Applications">' +
          '<bundle path="./Tool.app" id="com.contoso.tool" CFBundleShortVersionString="5.1.2" CFBundleVersion="512">' +
          '<bundle path="./Contents/Helpers/Helper.app" id="com.contoso.tool.helper" CFBundleShortVersionString="1.0" CFBundleVersion="1"/></bundle></pkg-info>',
      },
    ])
    const p = await readPackage(f)
    expect(p.facts.source).toBe('PackageInfo')
    expect(p.graphProps).toMatchObject({
      primaryBundleId: 'com.contoso.tool',
      primaryBundleVersion: '5.1.2',
      includedApps: [
        {
          '@odata.type': '#microsoft.graph.macOSIncludedApp',
          bundleId: 'com.contoso.tool',
          bundleVersion: '5.1.2',
        },
        {
          '@odata.type': '#microsoft.graph.macOSIncludedApp',
          bundleId: 'com.contoso.tool.helper',
          bundleVersion: '1.0',
        },
      ],
    })
  })

  test('a truncated flat package is reported as truncated or corrupt', async () => {
    const bytes = await readFile(path.join(FIXTURES, 'pkg', 'fastlane-MacAppOnly.pkg'))
    const f = path.join(dir, 'cut.pkg')
    await writeFile(f, bytes.subarray(0, 200))
    await expect(readPkg(f)).rejects.toThrow(
      /^cut\.pkg: the macOS flat package \(xar\) is truncated or corrupt/,
    )
  })

  test('a .dmg is recognised by its koly trailer and says bundle id/version must come from the template', async () => {
    const f = path.join(dir, 'App.dmg')
    const trailer = Buffer.alloc(512)
    trailer.write('koly', 0, 'latin1')
    await writeFile(f, Buffer.concat([Buffer.alloc(4096, 7), trailer]))
    const p = await readDmg(f)
    expect(p.appType).toBe('macOSDmgApp')
    expect(p.fileSize).toBe(4608)
    expect(p.identity).toBeUndefined()
    expect(p.warnings[0]).toMatch(
      /primaryBundleId, primaryBundleVersion and includedApps must be set in the app template/,
    )
    const notDmg = path.join(dir, 'fake.dmg')
    await writeFile(notDmg, Buffer.alloc(4096))
    await expect(readPackage(notDmg)).rejects.toThrow(/^fake\.dmg: not a UDIF disk image \(DMG\)/)
  })

  test('an unknown extension is refused with the list of accepted ones', async () => {
    await expect(readPackage(path.join(dir, 'app.exe'))).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: 'app.exe: unknown package extension ".exe"',
    })
  })
})

describe('XML the parser refuses names the file (issue 11 item 8)', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  test('a Distribution with an external entity', async () => {
    const f = path.join(dir, 'xxe.pkg')
    const xml =
      '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><installer-gui-script>&e;</installer-gui-script>'
    await buildXar(f, [{ name: 'Distribution', data: xml }])
    await expect(readPkg(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/^xxe\.pkg: Distribution is not usable XML \(/),
    })
  })

  test('a Distribution nested 100,000 deep', async () => {
    const f = path.join(dir, 'deep.pkg')
    await buildXar(f, [{ name: 'Distribution', data: '<a>'.repeat(100_000) + '</a>'.repeat(100_000) }])
    await expect(readPkg(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/^deep\.pkg: Distribution is not usable XML \(/),
    })
  })
})

test('a table of contents nested 100,000 deep is truncated-or-corrupt, naming the file', async () => {
  const { dir, cleanup } = await tempDir()
  try {
    const f = path.join(dir, 'deeptoc.pkg')
    const deep = `x${'<b>'.repeat(100_000)}${'</b>'.repeat(100_000)}`
    await buildXar(f, [{ name: deep, data: 'x' }])
    await expect(readPkg(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(/^deeptoc\.pkg: .*table of contents is not usable XML/),
    })
  } finally {
    await cleanup()
  }
})
