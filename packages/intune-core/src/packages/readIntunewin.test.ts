import * as path from 'node:path'
import { readIntunewin } from './readIntunewin'
import { openZip } from './zip/zipArchive'
import { buildZip, tempDir, FIXTURES } from './test-support/buildZip'

const fx = (f: string): string => path.join(FIXTURES, 'intunewin', f)

async function partsOf(file: string): Promise<{ xml: string; payload: Buffer }> {
  const zip = await openZip(file)
  try {
    const xml = (await zip.readEntry(zip.find('IntuneWinPackage/Metadata/Detection.xml')!, 1 << 20)).toString(
      'utf8',
    )
    const payload = await zip.readEntry(
      zip.find('IntuneWinPackage/Contents/IntunePackage.intunewin')!,
      1 << 24,
    )
    return { xml, payload }
  } finally {
    zip.close()
  }
}

describe('readIntunewin on the real fixtures (FIXTURES.md)', () => {
  test('msft-1.4.0.0-sample.intunewin', async () => {
    const p = await readIntunewin(fx('msft-1.4.0.0-sample.intunewin'))
    expect(p.appType).toBe('win32LobApp')
    expect(p.fileSize).toBe(4380)
    // The content's digest (FileDigest, FIXTURES.md), not the file's: no hashing pass over a .intunewin.
    expect(p.sha256).toBe('4be65725eb0cc618f53a9ab6016749119966309ac495ac8572d8ed971dc5fe71')
    expect(p.displayName).toBe('file.txt')
    expect(p.graphProps).toEqual({ fileName: 'IntunePackage.intunewin', setupFilePath: 'file.txt' })
    expect(p.facts.toolVersion).toBe('1.4.0.0')
    expect(p.identity).toBeUndefined()
    expect(p.msi).toBeUndefined()
    expect(p.manifest).toBeNull()
    // Microsoft's local header has a 28-byte 0xA220 extra: 30 + 49 (name) + 28.
    expect(p.content).toEqual({
      mode: 'preEncrypted',
      path: fx('msft-1.4.0.0-sample.intunewin'),
      offset: 107,
      length: 3136,
      unencryptedSize: 3078,
      encryptionInfo: {
        encryptionKey: 'DJEo2ziC0uN+l+s8nHh4VnksXQASrhjba7zf0Mt7ew8=',
        macKey: '9WypcOiJlJsFwlsol5XZnYNSegDrZWVJVkT35xVfzfY=',
        initializationVector: 'edzn0Vy1x1H0+A5PbW32OA==',
        mac: '8C6fo4iNC8s4BciDpFGEcysggrtKNg0b5yEFn/ShIe0=',
        profileIdentifier: 'ProfileVersion1',
        fileDigest: 'S+ZXJesMxhj1Opq2AWdJEZlmMJrElayFctjtlx3F/nE=',
        fileDigestAlgorithm: 'SHA256',
      },
    })
  })

  test('msft-1.8.3.0-basisschrift-subfolder.intunewin', async () => {
    const p = await readIntunewin(fx('msft-1.8.3.0-basisschrift-subfolder.intunewin'))
    expect(p.facts.toolVersion).toBe('1.8.3.0')
    expect(p.graphProps.setupFilePath).toBe('install.ps1')
    expect(p.content).toMatchObject({ mode: 'preEncrypted', unencryptedSize: 221613, length: 221664 })
  })

  test('msft-1.8.4.0-7zip-tiny.intunewin', async () => {
    const p = await readIntunewin(fx('msft-1.8.4.0-7zip-tiny.intunewin'))
    expect(p.facts.toolVersion).toBe('1.8.4.0')
    expect(p.displayName).toBe('install.ps1')
    expect(p.content).toMatchObject({ unencryptedSize: 905, length: 960 })
    if (p.content.mode !== 'preEncrypted') throw new Error('mode')
    expect(p.content.encryptionInfo.mac).toBe('1/sqd5u/4fTbQ4DkcxRD8INQQaNJcCSqR+F2+p9XaHI=')
    expect(p.content.encryptionInfo.fileDigest).toBe('S0uLp94syya7c/37/gZFv8AcCwz5klADUuBFd7vTemM=')
  })

  test('contentprep-unix-m365apps.intunewin (ContentPrep: xsi before xsd, no extra field)', async () => {
    const p = await readIntunewin(fx('contentprep-unix-m365apps.intunewin'))
    expect(p.facts.toolVersion).toBe('1.8.6.0')
    expect(p.graphProps.setupFilePath).toBe('Microsoft365Apps.txt')
    expect(p.sha256).toBe('fdce4e803b1b2fb87d6b2a06bdecff3f8e96eee961a4fb9ff9781ec8390f761d')
    expect(p.content).toMatchObject({ unencryptedSize: 7759, length: 7808 })
    if (p.content.mode !== 'preEncrypted') throw new Error('mode')
    expect(p.content.encryptionInfo.encryptionKey).toBe('9eVywsEue7a0sSxMVbJlqdmSSRH4rrvXjsYG6JGeGjU=')
  })
})

describe('readIntunewin variants built at test time', () => {
  let dir: string
  let cleanup: () => Promise<void>
  let xml: string
  let payload: Buffer
  beforeAll(async () => {
    ;({ dir, cleanup } = await tempDir())
    ;({ xml, payload } = await partsOf(fx('msft-1.4.0.0-sample.intunewin')))
  })
  afterAll(() => cleanup())

  const build = (
    name: string,
    detection: string,
    extra: Array<{ name: string; data: Buffer }> = [],
  ): Promise<string> =>
    buildZip(path.join(dir, name), [
      ...extra.map(e => ({ ...e, store: true })),
      { name: 'IntuneWinPackage/Contents/IntunePackage.intunewin', data: payload, store: true },
      { name: 'IntuneWinPackage/Metadata/Detection.xml', data: detection, store: true },
    ])

  test('a payload whose size does not match UnencryptedContentSize is refused', async () => {
    const f = await build(
      'bad-size.intunewin',
      xml.replace('<UnencryptedContentSize>3078<', '<UnencryptedContentSize>5000<'),
    )
    await expect(readIntunewin(f)).rejects.toMatchObject({
      code: 'PACKAGE_INVALID',
      message: expect.stringMatching(
        /bad-size\.intunewin: sizes don't match: the encrypted payload is 3136 bytes/,
      ),
    })
  })

  test('a key of the wrong length is refused', async () => {
    const f = await build('bad-key.intunewin', xml.replace(/<MacKey>[^<]+</, '<MacKey>AAAA<'))
    await expect(readIntunewin(f)).rejects.toThrow(/<MacKey> must be base64 of 32 bytes/)
  })

  test('MsiInfo, BOM, XML declaration, other namespace order, unknown elements; nested .intunewin entries ignored', async () => {
    const msiInfo =
      '<MsiInfo><MsiProductCode>{89e4c65d-96dd-435b-9bbb-ef1eaef5b738}</MsiProductCode><MsiProductVersion>2.51.0</MsiProductVersion>' +
      '<MsiPackageCode>{11111111-2222-3333-4444-555555555555}</MsiPackageCode><MsiUpgradeCode>{22222222-2222-3333-4444-555555555555}</MsiUpgradeCode>' +
      '<MsiExecutionContext>System</MsiExecutionContext><MsiRequiresLogon>false</MsiRequiresLogon><MsiRequiresReboot>true</MsiRequiresReboot>' +
      '<MsiIsMachineInstall>true</MsiIsMachineInstall><MsiIsUserInstall>false</MsiIsUserInstall><MsiIncludesServices>false</MsiIncludesServices>' +
      '<MsiIncludesODBCDataSource>false</MsiIncludesODBCDataSource><MsiContainsSystemRegistryKeys>true</MsiContainsSystemRegistryKeys>' +
      '<MsiContainsSystemFolders>false</MsiContainsSystemFolders><MsiPublisher>Microsoft Corporation</MsiPublisher></MsiInfo>'
    const detection =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?>\r\n' +
      xml
        .replace(
          'xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
          'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema"',
        )
        .replace(
          '<Name>file.txt</Name>',
          '<Name>Microsoft Azure CLI (32-bit)</Name><Description>x</Description><FutureThing a="1"/>',
        )
        .replace('<SetupFile>file.txt</SetupFile>', '<SetupFile>azure-cli.msi</SetupFile>')
        .replace('</ApplicationInfo>', `${msiInfo}</ApplicationInfo>`)
    const f = await build('msi.intunewin', detection, [
      {
        name: 'IntuneWinPackage/Contents/Expand/IntunePackage.intunewin',
        data: Buffer.from('not the payload'),
      },
    ])
    const p = await readIntunewin(f)
    expect(p.displayName).toBe('Microsoft Azure CLI (32-bit)')
    expect(p.identity).toEqual({ property: 'productCode', value: '{89e4c65d-96dd-435b-9bbb-ef1eaef5b738}' })
    expect(p.graphProps).toEqual({
      fileName: 'IntunePackage.intunewin',
      setupFilePath: 'azure-cli.msi',
      msiInformation: {
        productCode: '{89e4c65d-96dd-435b-9bbb-ef1eaef5b738}',
        productVersion: '2.51.0',
        upgradeCode: '{22222222-2222-3333-4444-555555555555}',
        requiresReboot: true,
        packageType: 'perMachine',
        productName: 'Microsoft Azure CLI (32-bit)',
        publisher: 'Microsoft Corporation',
      },
      installCommandLine: 'msiexec /i "azure-cli.msi" /qn',
      uninstallCommandLine: 'msiexec /x "{89e4c65d-96dd-435b-9bbb-ef1eaef5b738}" /qn',
      rules: [
        {
          '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
          ruleType: 'detection',
          productCode: '{89e4c65d-96dd-435b-9bbb-ef1eaef5b738}',
          productVersionOperator: 'notConfigured',
          productVersion: null,
        },
      ],
    })
    expect(p.msi?.containsSystemRegistryKeys).toBe(true)
    expect(p.content).toMatchObject({ length: 3136, unencryptedSize: 3078 })
  })

  test('a compressed payload entry is refused', async () => {
    const f = await buildZip(path.join(dir, 'deflated.intunewin'), [
      { name: 'IntuneWinPackage/Contents/IntunePackage.intunewin', data: payload },
      { name: 'IntuneWinPackage/Metadata/Detection.xml', data: xml, store: true },
    ])
    await expect(readIntunewin(f)).rejects.toThrow(/is compressed \(method 8\)/)
  })
})
