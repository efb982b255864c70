import * as path from 'node:path'
import { readFile, writeFile } from 'node:fs/promises'
import * as CFB from 'cfb'
import { readMsi, readMsiInfo } from './readMsi'
import { decodeStreamName } from './msi/msiDatabase'
import { tempDir, FIXTURES } from './test-support/buildZip'

const fx = (f: string): string => path.join(FIXTURES, 'msi', f)
const decodeManifest = (m: string | null): string => Buffer.from(m ?? '', 'base64').toString('ascii')

describe('readMsi on the real fixtures (FIXTURES.md)', () => {
  test('7z2301-x64.msi: ALLUSERS 2 -> Any, machine install, system registry keys', async () => {
    const p = await readMsi(fx('7z2301-x64.msi'))
    expect(p.sha256).toBe('0ba639b6dacdf573d847c911bd147c6384381a54dac082b1e8c77bc73d58958b')
    expect(p.fileSize).toBe(1933312)
    expect(p.displayName).toBe('7-Zip 23.01 (x64 edition)')
    expect(p.publisher).toBe('Igor Pavlov')
    expect(p.msi).toEqual({
      productCode: '{23170F69-40C1-2702-2301-000001000000}',
      productVersion: '23.01.00.0',
      packageCode: '{23170F69-40C1-2702-2301-000002000000}',
      upgradeCode: '{23170F69-40C1-2702-0000-000004000000}',
      productName: '7-Zip 23.01 (x64 edition)',
      manufacturer: 'Igor Pavlov',
      executionContext: 'Any',
      requiresLogon: false,
      requiresReboot: false,
      isMachineInstall: true,
      isUserInstall: false,
      includesServices: false,
      includesOdbcDataSource: false,
      containsSystemRegistryKeys: true,
      containsSystemFolders: false,
    })
    expect(p.facts).toMatchObject({
      productLanguage: '1033',
      summaryTemplate: 'x64;1033',
      schema: 200,
      allUsers: '2',
    })
    expect(p.facts.creatingApplication).toBe('Windows Installer XML v2.0.3719.0 (candle/light)')
    expect(p.appType).toBe('windowsMobileMSI')
    expect(p.identity).toEqual({ property: 'productCode', value: '{23170F69-40C1-2702-2301-000001000000}' })
    expect(p.graphProps).toEqual({
      fileName: '7z2301-x64.msi',
      productCode: '{23170F69-40C1-2702-2301-000001000000}',
      productVersion: '23.01.00.0',
      identityVersion: '23.01.00.0',
      commandLine: '',
      ignoreVersionDetection: false,
    })
    expect(p.betaOnly).toEqual(['identityVersion'])
    expect(decodeManifest(p.manifest)).toBe(
      '<MobileMsiData MsiExecutionContext="Any" MsiRequiresReboot="false" MsiUpgradeCode="{23170F69-40C1-2702-0000-000004000000}"' +
        ' MsiIsMachineInstall="true" MsiIsUserInstall="false" MsiIncludesServices="false" MsiContainsSystemRegistryKeys="true"' +
        ' MsiContainsSystemFolders="false"></MobileMsiData>',
    )
    expect(p.content).toEqual({ mode: 'encryptOnUpload', path: fx('7z2301-x64.msi'), size: 1933312 })
  })

  test('msi_with_external_cab.msi: ALLUSERS unset -> User, requires logon', async () => {
    const info = await readMsiInfo(fx('msi_with_external_cab.msi'))
    expect(info).toEqual({
      productCode: '{F8771F32-1DE7-49B5-ADF4-1D0832A6F3B5}',
      productVersion: '1.0',
      packageCode: '{50C6BF8E-827A-441B-97C0-9327AA3B3CDD}',
      upgradeCode: '{6C000DC3-C702-4E44-A94B-5A466FE5EB2D}',
      productName: '~TestMSIWithExternalCab',
      manufacturer: 'activescott',
      executionContext: 'User',
      requiresLogon: true,
      requiresReboot: false,
      isMachineInstall: false,
      isUserInstall: true,
      includesServices: false,
      includesOdbcDataSource: false,
      containsSystemRegistryKeys: false,
      containsSystemFolders: false,
    })
    const p = await readMsi(fx('msi_with_external_cab.msi'))
    expect(p.facts).toMatchObject({ summaryTemplate: 'Intel;1033', schema: 200, allUsers: '' })
    expect(decodeManifest(p.manifest)).toContain('MsiExecutionContext="User"')
    expect(decodeManifest(p.manifest)).toContain('MsiIsUserInstall="true"')
  })

  test('putty-0.68-installer.msi: ALLUSERS 1 -> System', async () => {
    const p = await readMsi(fx('putty-0.68-installer.msi'))
    expect(p.sha256).toBe('3979670a28d93780d330d1361c0062c543b7e77c7dd96dcab61c65f9d163843b')
    expect(p.msi).toEqual({
      productCode: '{55717628-7AE6-4BCF-A046-FA2768945E76}',
      productVersion: '0.68.0.0',
      packageCode: '{6BA452A6-7DBE-4456-A933-A2528F25AB0C}',
      upgradeCode: '{DCE70C63-8808-4646-B16B-A677BD298385}',
      productName: 'PuTTY release 0.68',
      manufacturer: 'Simon Tatham',
      executionContext: 'System',
      requiresLogon: false,
      requiresReboot: false,
      isMachineInstall: true,
      isUserInstall: false,
      includesServices: false,
      includesOdbcDataSource: false,
      containsSystemRegistryKeys: true,
      containsSystemFolders: false,
    })
    expect(p.facts).toMatchObject({
      summaryTemplate: 'Intel;1033',
      schema: 100,
      creatingApplication: 'Windows Installer XML Toolset ()',
    })
  })
})

describe('readMsi variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  beforeAll(async () => ({ dir, cleanup } = await tempDir()))
  afterAll(() => cleanup())

  test('a truncated MSI gives a clear PACKAGE_INVALID', async () => {
    const bytes = await readFile(fx('7z2301-x64.msi'))
    const f = path.join(dir, 'truncated.msi')
    await writeFile(f, bytes.subarray(0, 300_000))
    await expect(readMsi(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(
        /^truncated\.msi: the MSI \(OLE compound file\) is truncated or corrupt/,
      ),
    })
  })

  test.each([
    ['7z2301-x64.msi', 1],
    ['7z2301-x64.msi', 2],
    ['putty-0.68-installer.msi', 1],
    ['msi_with_external_cab.msi', 2],
  ])('%s cut by %i sector(s) is refused as truncated', async (name, sectors) => {
    const bytes = await readFile(path.join(FIXTURES, 'msi', name))
    const f = path.join(dir, `cut-${sectors}-${name}`)
    await writeFile(f, bytes.subarray(0, bytes.length - 512 * sectors))
    await expect(readMsi(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(
        /is truncated or corrupt \(its sector table needs \d+ bytes and the file has/,
      ),
    })
  })

  test('a lower-case ProductCode is kept verbatim', async () => {
    const cfb = CFB.read(await readFile(fx('msi_with_external_cab.msi')), { type: 'buffer' })
    const entry = cfb.FileIndex.find(e => decodeStreamName(e.name) === '!_StringData')!
    const data = Buffer.from(entry.content as Uint8Array)
    const upper = '{F8771F32-1DE7-49B5-ADF4-1D0832A6F3B5}'
    const at = data.indexOf(upper)
    expect(at).toBeGreaterThan(-1)
    data.write(upper.toLowerCase(), at, 'latin1')
    entry.content = data
    const f = path.join(dir, 'lower.msi')
    await writeFile(f, Buffer.from(CFB.write(cfb, { type: 'buffer' }) as Uint8Array))
    const p = await readMsi(f)
    expect(p.msi?.productCode).toBe('{f8771f32-1de7-49b5-adf4-1d0832a6f3b5}')
    expect(p.identity?.value).toBe('{f8771f32-1de7-49b5-adf4-1d0832a6f3b5}')
    expect(p.msi?.upgradeCode).toBe('{6C000DC3-C702-4E44-A94B-5A466FE5EB2D}')
  })
})
