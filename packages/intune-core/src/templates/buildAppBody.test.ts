import fs from 'node:fs'
import path from 'node:path'
import { isIntunePublishError } from '../errors'
import type { AppType, PackageInfo } from '../packages/types'
import type { AppTemplate } from './appTemplate'
import { loadAppTemplate } from './appTemplate'
import { buildAppBody, DEFAULT_RETURN_CODES } from './buildAppBody'
import { chooseGraphVersion } from './graphVersion'
import { productCodeRule } from './winRules'

// An independent reading of Microsoft's metadata (the reference copy when present), so a typo in a
// property name or enum value the builder emits fails here even if the builder's own checker agreed.
const refDir = path.resolve(__dirname, '../../../../../shared/reference/graph-schema')
const metaDir = fs.existsSync(refDir) ? refDir : path.resolve(__dirname, '../../schemas/graph')
type Meta = {
  types: Record<
    string,
    { abstract: boolean; baseType: string | null; properties: Record<string, { type: string }> }
  >
  enums: Record<string, { flags: boolean; members: string[] }>
}
const meta: Record<string, Meta> = {
  'v1.0': JSON.parse(fs.readFileSync(path.join(metaDir, 'intune-apps.v1.0.json'), 'utf8')),
  beta: JSON.parse(fs.readFileSync(path.join(metaDir, 'intune-apps.beta.json'), 'utf8')),
}
function unknownIn(version: string, type: string, value: unknown, at: string): string[] {
  const m = meta[version]
  if (value === null || typeof value !== 'object') {
    const e = m.enums[type]
    if (!e || typeof value !== 'string') return []
    return value
      .split(',')
      .filter(v => !e.members.includes(v))
      .map(v => `${at}=${v}`)
  }
  if (Array.isArray(value))
    return value.flatMap((v, i) =>
      unknownIn(version, type.replace(/^Collection\((.+)\)$/, '$1'), v, `${at}[${i}]`),
    )
  const o = value as Record<string, unknown>
  const t = typeof o['@odata.type'] === 'string' ? (o['@odata.type'] as string).slice(1) : type
  const props: Record<string, { type: string }> = {}
  for (let n: string | null = t; n; n = m.types[n]?.baseType ?? null)
    Object.assign(props, m.types[n]?.properties ?? {})
  if (!m.types[t] || m.types[t].abstract) return [`${at}: type ${t}`]
  return Object.entries(o)
    .filter(([k]) => !k.startsWith('@odata'))
    .flatMap(([k, v]) => (props[k] ? unknownIn(version, props[k].type, v, `${at}.${k}`) : [`${at}.${k}`]))
}

const emptyTpl = (over: Partial<AppTemplate> = {}): AppTemplate => ({
  files: ['<test>'],
  props: {},
  rules: [],
  categories: [],
  scopeTags: [],
  supersedes: [],
  dependencies: [],
  ...over,
})

function pkg(
  appType: AppType,
  graphProps: Record<string, unknown>,
  over: Partial<PackageInfo> = {},
): PackageInfo {
  return {
    kind: 'msi',
    appType,
    fileName: 'file.bin',
    fileSize: 10,
    sha256: 'ab'.repeat(32),
    graphProps,
    manifest: null,
    content: { mode: 'encryptOnUpload', path: '/x', size: 10 },
    facts: {},
    warnings: [],
    ...over,
  }
}

const win32FromMsi = pkg(
  'win32LobApp',
  {
    fileName: 'IntunePackage.intunewin',
    setupFilePath: '7z2301-x64.msi',
    installCommandLine: 'msiexec /i "7z2301-x64.msi" /quiet',
    uninstallCommandLine: 'msiexec /x "{23170F69-40C1-2702-2301-000001000000}" /quiet',
    msiInformation: {
      productCode: '{23170F69-40C1-2702-2301-000001000000}',
      productVersion: '23.01.00.0',
      upgradeCode: '{23170F69-40C1-2702-0000-000004000000}',
      requiresReboot: false,
      packageType: 'dualPurpose',
      productName: '7-Zip 23.01 (x64 edition)',
      publisher: 'Igor Pavlov',
    },
    rules: [productCodeRule('{23170F69-40C1-2702-2301-000001000000}')],
  },
  {
    kind: 'intunewin',
    displayName: '7-Zip 23.01 (x64 edition)',
    publisher: 'Igor Pavlov',
    version: '23.01.00.0',
  },
)

const cases: [string, PackageInfo, AppTemplate][] = [
  ['win32 from an MSI intunewin', win32FromMsi, emptyTpl()],
  [
    'windowsMobileMSI',
    pkg(
      'windowsMobileMSI',
      {
        productCode: '{55717628-7AE6-4BCF-A046-FA2768945E76}',
        productVersion: '0.68.0.0',
        identityVersion: '0.68.0.0',
      },
      { displayName: 'PuTTY', publisher: 'Simon Tatham', fileName: 'putty-0.68-installer.msi' },
    ),
    emptyTpl(),
  ],
  [
    'iosLobApp',
    pkg(
      'iosLobApp',
      {
        bundleId: 'com.icyleaf.AppInfoDemo',
        buildNumber: '5',
        versionNumber: '1.2.3',
        expirationDateTime: '2030-01-01T00:00:00Z',
        applicableDeviceType: { iPad: false, iPhoneAndIPod: true },
        minimumSupportedOperatingSystem: '12.0',
      },
      { kind: 'ipa', displayName: 'AppInfoDemo', fileName: 'icyleaf-iphone.ipa' },
    ),
    emptyTpl({ props: { publisher: 'icyleaf' } }),
  ],
  [
    'androidLobApp',
    pkg(
      'androidLobApp',
      {
        packageId: 'io.selendroid.testapp',
        versionCode: '1',
        versionName: '0.15.0',
        minimumSupportedOperatingSystem: '5.0',
      },
      { kind: 'apk', fileName: 'app.apk' },
    ),
    emptyTpl({ props: { displayName: 'Selendroid', publisher: 'Selendroid', description: 'Test app' } }),
  ],
  [
    'windowsUniversalAppX',
    pkg(
      'windowsUniversalAppX',
      {
        identityName: '7fa9aa49-c12e-4977-8a29-14b25a006dc7',
        identityPublisherHash: 'abcdefghjkmnp',
        identityVersion: '1.0.0.0',
        isBundle: false,
        applicableArchitectures: 'x86',
      },
      { kind: 'msix', displayName: 'Hello', publisher: 'CN=HelloWorldPublisher', fileName: 'a.msix' },
    ),
    emptyTpl(),
  ],
  [
    'macOSPkgApp',
    pkg(
      'macOSPkgApp',
      {
        primaryBundleId: 'com.example.Sample',
        primaryBundleVersion: '1.0',
        includedApps: [
          {
            '@odata.type': '#microsoft.graph.macOSIncludedApp',
            bundleId: 'com.example.Sample',
            bundleVersion: '1.0',
          },
        ],
      },
      { kind: 'pkg', fileName: 'a.pkg' },
    ),
    emptyTpl({ props: { displayName: 'Sample', publisher: 'Example' } }),
  ],
  [
    'macOSDmgApp',
    pkg('macOSDmgApp', {}, { kind: 'dmg', fileName: 'a.dmg' }),
    emptyTpl({
      props: {
        displayName: 'Sample',
        publisher: 'Example',
        primaryBundleId: 'com.example.Dmg',
        primaryBundleVersion: '2.0',
      },
    }),
  ],
]

describe('buildAppBody', () => {
  test.each(cases)('%s: only properties and values the metadata has, for the version chosen', (_n, p, t) => {
    const r = buildAppBody(p, t)
    expect(r.body['@odata.type']).toBe(`#microsoft.graph.${p.appType}`)
    expect(unknownIn(r.version, `microsoft.graph.${p.appType}`, r.body, p.appType)).toEqual([])
    expect(r.body.description).toBeTruthy()
    expect(r.body.isFeatured).toBe(false)
  })

  test("win32 from an MSI: package values, Intune defaults, beta for the MSI's version", () => {
    const r = buildAppBody(win32FromMsi, emptyTpl())
    // Without displayVersion the admin center shows no version; only beta has it (fidelity item 5).
    expect(r.version).toBe('beta')
    expect(r.betaReasons).toEqual(['displayVersion: not a property of win32LobApp in v1.0 (beta has it)'])
    expect(r.body).toMatchObject({
      displayName: '7-Zip 23.01 (x64 edition)',
      description: '7-Zip 23.01 (x64 edition)',
      publisher: 'Igor Pavlov',
      fileName: 'IntunePackage.intunewin',
      setupFilePath: '7z2301-x64.msi',
      returnCodes: DEFAULT_RETURN_CODES,
      installExperience: { runAsAccount: 'system', deviceRestartBehavior: 'basedOnReturnCode' },
      applicableArchitectures: 'x64,x86',
      minimumSupportedWindowsRelease: '1607',
      rules: [
        {
          '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
          ruleType: 'detection',
          productCode: '{23170F69-40C1-2702-2301-000001000000}',
          productVersionOperator: 'notConfigured',
          productVersion: null,
        },
      ],
    })
    expect(r.body.displayVersion).toBe(win32FromMsi.version)
    expect(r.defaulted).toEqual(
      expect.arrayContaining([
        'returnCodes',
        'installExperience',
        'minimumSupportedWindowsRelease',
        'isFeatured',
      ]),
    )
    expect(r.body).not.toHaveProperty('detectionRules')
    expect(r.warnings).toEqual([
      '<test>: description not given; using the display name (Intune requires a description)',
    ])
  })

  test('win32: the template overrides the package; arm64 and maxRunTime need beta and say why', async () => {
    const tpl = await loadAppTemplate({
      displayName: '7-Zip',
      description: 'Archiver',
      installCommandLine: 'setup.exe /S',
      installExperience: { maxRunTimeInMinutes: 30 },
      returnCodes: [{ returnCode: 0, type: 'success' }],
      detection: [{ registry: { key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\7-Zip', check: 'exists' } }],
      requirements: { architectures: ['x64', 'arm64'] },
    })
    const r = buildAppBody(win32FromMsi, tpl)
    expect(r.version).toBe('beta')
    expect(r.betaReasons).toEqual(
      expect.arrayContaining([
        "allowedArchitectures: 'arm64' is not a v1.0 windowsArchitecture value (beta has it)",
        'installExperience.maxRunTimeInMinutes: not a property of win32LobAppInstallExperience in v1.0 (beta has it)',
      ]),
    )
    expect(r.body).toMatchObject({
      displayName: '7-Zip',
      installCommandLine: 'setup.exe /S',
      uninstallCommandLine: 'msiexec /x "{23170F69-40C1-2702-2301-000001000000}" /quiet',
      returnCodes: [{ returnCode: 0, type: 'success' }],
      allowedArchitectures: 'x64,arm64',
      applicableArchitectures: 'none',
      displayVersion: '23.01.00.0',
      allowAvailableUninstall: false,
      installExperience: {
        runAsAccount: 'system',
        deviceRestartBehavior: 'basedOnReturnCode',
        maxRunTimeInMinutes: 30,
      },
    })
    expect((r.body.rules as { '@odata.type': string }[]).map(x => x['@odata.type'])).toEqual([
      '#microsoft.graph.win32LobAppRegistryRule',
    ])
  })

  test('win32 without MSI and without detection or commands: every missing field in one error', () => {
    const exe = pkg(
      'win32LobApp',
      { setupFilePath: 'install.ps1', fileName: 'IntunePackage.intunewin' },
      { displayName: 'install.ps1' },
    )
    try {
      buildAppBody(exe, emptyTpl())
      throw new Error('expected failure')
    } catch (e) {
      expect(isIntunePublishError(e) && e.code).toBe('TEMPLATE_INVALID')
      const msg = (e as Error).message
      expect(msg).toContain('<test>: publisher: required')
      expect(msg).toContain('<test>: installCommandLine: required for Win32 apps')
      expect(msg).toContain('<test>: uninstallCommandLine: required for Win32 apps')
      expect(msg).toContain('<test>: detection: Win32 apps need at least one detection rule')
    }
  })

  test('windowsMobileMSI: identityVersion from the package is dropped on v1.0, kept when beta is needed', () => {
    const [, p] = cases[1]
    const v1 = buildAppBody(p, emptyTpl())
    expect(v1.version).toBe('v1.0')
    expect(v1.body).toMatchObject({
      productCode: '{55717628-7AE6-4BCF-A046-FA2768945E76}',
      productVersion: '0.68.0.0',
      ignoreVersionDetection: false,
    })
    expect(v1.body).not.toHaveProperty('identityVersion')
    const beta = buildAppBody(p, emptyTpl({ props: { roleScopeTagIds: ['0', '7'] } }))
    expect(beta.version).toBe('beta')
    expect(beta.body).toMatchObject({ identityVersion: '0.68.0.0', roleScopeTagIds: ['0', '7'] })
    expect(beta.betaReasons).toEqual([
      'roleScopeTagIds: not a property of windowsMobileMSI in v1.0 (beta has it)',
    ])
  })

  test('iOS: friendly minimum OS; 16.0 goes to beta from the template and from the package alike', () => {
    const [, p] = cases[2]
    const r = buildAppBody(
      p,
      emptyTpl({ props: { publisher: 'x', minimumSupportedOperatingSystem: '16.0' } }),
    )
    expect(r.version).toBe('beta')
    expect((r.body.minimumSupportedOperatingSystem as Record<string, boolean>).v16_0).toBe(true)
    expect(Object.values(r.body.minimumSupportedOperatingSystem as object).filter(Boolean)).toHaveLength(1)
    expect(r.body.applicableDeviceType).toEqual({ iPad: false, iPhoneAndIPod: true })
    const fromPkg = buildAppBody(
      { ...p, graphProps: { ...p.graphProps, minimumSupportedOperatingSystem: '16.0' } },
      emptyTpl({ props: { publisher: 'x' } }),
    )
    // An .ipa that needs iOS 16 is not published as v15_0 (fidelity item 7): beta carries the real member.
    expect(fromPkg.version).toBe('beta')
    expect((fromPkg.body.minimumSupportedOperatingSystem as Record<string, boolean>).v16_0).toBe(true)
    expect(fromPkg.betaReasons.join('\n')).toContain('minimumSupportedOperatingSystem')
    expect(fromPkg.body).not.toHaveProperty('appleDeviceAppDeliveryProtocolType')
    const v1 = buildAppBody(
      { ...p, graphProps: { ...p.graphProps, minimumSupportedOperatingSystem: '12.0' } },
      emptyTpl({ props: { publisher: 'x' } }),
    )
    expect(v1.version).toBe('v1.0')
    expect((v1.body.minimumSupportedOperatingSystem as Record<string, boolean>).v12_0).toBe(true)
  })

  test('MSIX: the package says 1809; v1.0 sends v10_0 as Microsoft does and the plan says so; the template can ask for 1809', () => {
    const [, p] = cases.find(c => c[0] === 'windowsUniversalAppX') ?? []
    if (!p) throw new Error('no MSIX case')
    const msix = { ...p, graphProps: { ...p.graphProps, minimumSupportedOperatingSystem: '1809' } }
    const r = buildAppBody(msix, emptyTpl())
    expect(r.version).toBe('v1.0')
    expect(r.body.minimumSupportedOperatingSystem).toMatchObject({ v10_0: true })
    expect(r.warnings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/needs Windows 1809 or later, but Graph v1\.0 can only say v10_0.*v10_1809/),
      ]),
    )
    const exact = buildAppBody(msix, emptyTpl({ props: { minimumSupportedOperatingSystem: '1809' } }))
    expect(exact.version).toBe('beta')
    expect(exact.body.minimumSupportedOperatingSystem).toMatchObject({ v10_1809: true })
    // A package with no newer requirement gives no warning.
    const plain = buildAppBody(
      { ...p, graphProps: { ...p.graphProps, minimumSupportedOperatingSystem: '10.0' } },
      emptyTpl(),
    )
    expect(plain.warnings.filter(w => w.includes('Graph v1.0 can only say'))).toEqual([])
  })

  test('macOS PKG is beta; DMG without bundle ids is refused with a clear message', () => {
    const [, pkgInfo, pkgTpl] = cases[5]
    const r = buildAppBody(pkgInfo, pkgTpl)
    expect(r).toMatchObject({ version: 'beta', betaReasons: ['macOSPkgApp exists only in Graph beta'] })
    expect(r.body.minimumSupportedOperatingSystem).toMatchObject({ v10_13: true, v11_0: false })
    const [, dmg] = cases[6]
    expect(() => buildAppBody(dmg, emptyTpl({ props: { displayName: 'D', publisher: 'P' } }))).toThrow(
      "primaryBundleId, primaryBundleVersion: required for macOSDmgApp apps (a .dmg doesn't say them)",
    )
    const ok = buildAppBody(dmg, cases[6][2])
    expect(ok.version).toBe('v1.0')
    expect(ok.body.includedApps).toEqual([
      {
        '@odata.type': '#microsoft.graph.macOSIncludedApp',
        bundleId: 'com.example.Dmg',
        bundleVersion: '2.0',
      },
    ])
  })

  test('a .pkg that installs no app bundle is refused: its package identifier is not a bundle id', () => {
    const [, pkgInfo] = cases[5]
    const bare = {
      ...pkgInfo,
      graphProps: { fileName: pkgInfo.fileName },
      facts: { ...pkgInfo.facts, productId: 'com.example.tools.pkg' },
    }
    expect(() => buildAppBody(bare, emptyTpl({ props: { displayName: 'P', publisher: 'C' } }))).toThrow(
      'the .pkg installs no app bundle; its package identifier com.example.tools.pkg is not a bundle id',
    )
    const given = buildAppBody(
      bare,
      emptyTpl({
        props: {
          displayName: 'P',
          publisher: 'C',
          primaryBundleId: 'com.example.Tool',
          primaryBundleVersion: '1.0',
        },
      }),
    )
    expect(given.body.includedApps).toEqual([
      {
        '@odata.type': '#microsoft.graph.macOSIncludedApp',
        bundleId: 'com.example.Tool',
        bundleVersion: '1.0',
      },
    ])
  })

  test('an APK that targets device administrator says so; androidOpenSourceProject is taken from the template', () => {
    const [, p] = cases[3]
    const plain = buildAppBody(p, emptyTpl({ props: { displayName: 'A', publisher: 'B' } }))
    expect(plain.warnings.join('\n')).toContain('targets Android device administrator')
    const aosp = buildAppBody(
      p,
      emptyTpl({
        props: { displayName: 'A', publisher: 'B', targetedPlatforms: 'androidOpenSourceProject' },
      }),
    )
    expect(aosp.version).toBe('beta')
    expect(aosp.body.targetedPlatforms).toBe('androidOpenSourceProject')
    expect(aosp.warnings.join('\n')).not.toContain('device administrator')
  })

  test('template keys of another app type are ignored with a warning', () => {
    const [, p] = cases[3]
    const r = buildAppBody(
      p,
      emptyTpl({ props: { displayName: 'A', publisher: 'B', installCommandLine: 'x.exe' } }),
    )
    expect(r.body).not.toHaveProperty('installCommandLine')
    expect(r.warnings).toContain('<test>: installCommandLine ignored: not properties of a androidLobApp app')
  })
})

describe('chooseGraphVersion', () => {
  test('v1.0 when it can, beta with reasons, refusal when neither knows the body', () => {
    expect(chooseGraphVersion('win32LobApp', { displayName: 'x', applicableArchitectures: 'x64' })).toEqual({
      version: 'v1.0',
      betaReasons: [],
    })
    expect(
      chooseGraphVersion('mobileAppAssignment', {
        intent: 'required',
        target: {
          '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
          deviceAndAppManagementAssignmentFilterType: 'include',
        },
      }).version,
    ).toBe('beta')
    expect(
      chooseGraphVersion('win32LobApp', {
        rules: [
          {
            '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
            ruleType: 'detection',
            operationType: 'doesNotExist',
          },
        ],
      }).betaReasons,
    ).toEqual([
      "rules[0].operationType: 'doesNotExist' is not a v1.0 win32LobAppFileSystemOperationType value (beta has it)",
    ])
    expect(() => chooseGraphVersion('win32LobApp', { displayNmae: 'x' })).toThrow(
      'displayNmae: not a property of win32LobApp in beta',
    )
  })
})
