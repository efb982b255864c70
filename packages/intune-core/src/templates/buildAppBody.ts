/**
 * Package facts + app template -> the Graph create body for the app's type, and the Graph version it
 * needs. The package fills the gaps; the template overrides. Values the package offers that only beta
 * knows (e.g. an MSI's identityVersion) are sent only when something the user asked for needs beta anyway.
 */
import type { AppType, PackageInfo } from '../packages/types'
import type { AppTemplate } from './appTemplate'
import { completeNonNullables } from './completeBody'
import { allProperties, checkGraphValue, type GraphVersion } from './graphMetadata'
import { chooseAppBodyVersion } from './graphVersion'
import { minimumOsMember, minimumOsTypeName, toMinimumOs } from './minimumOs'
import { templateError } from './templateErrors'
import type { GraphRule } from './winRules'

export interface BuildAppBodyOptions {
  /** Label for messages (default: the template's leaf file). */
  templateLabel?: string
  /** Ids of the template's `scopeTags`, once resolved (names -> ids happen against Graph, elsewhere). */
  roleScopeTagIds?: string[]
}

export interface BuiltAppBody {
  body: Record<string, unknown>
  version: GraphVersion
  betaReasons: string[]
  warnings: string[]
  /** Fields we filled in (defaults), not the template's or the package's: a PATCH leaves them alone. */
  defaulted: string[]
}

/** Intune's default Win32 return codes (what the admin center pre-fills). */
export const DEFAULT_RETURN_CODES = [
  { returnCode: 0, type: 'success' },
  { returnCode: 1707, type: 'success' },
  { returnCode: 3010, type: 'softReboot' },
  { returnCode: 1641, type: 'hardReboot' },
  { returnCode: 1618, type: 'retry' },
]

const DEFAULT_MIN_OS: Partial<Record<AppType, string>> = {
  iosLobApp: '9.0',
  androidLobApp: '4.0',
  macOSPkgApp: '10.13',
  macOSDmgApp: '10.13',
  windowsUniversalAppX: '10.0',
}

/**
 * Non-nullable in the metadata, yet defaulted by the service: never sent unless the template asks.
 * appcircle's iOS publisher removed appleDeviceAppDeliveryProtocolType from its PATCH to fix updates of
 * existing apps (appcircle-publish-send-to-intune-ios `main.sh`, commit af6ddec).
 */
const SERVICE_DEFAULTED = new Set(['appleDeviceAppDeliveryProtocolType'])

/** Defaults for non-nullable properties that aren't booleans, by property name. */
function enumDefaults(appType: AppType): Record<string, unknown> {
  return {
    applicableArchitectures: appType === 'win32LobApp' ? 'x64,x86' : 'neutral',
    applicableDeviceTypes: 'desktop',
    applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
    targetedPlatforms: 'androidDeviceAdministrator',
    deviceRestartBehavior: 'basedOnReturnCode',
    runAsAccount: 'system',
  }
}

export function buildAppBody(
  pkg: PackageInfo,
  tpl: AppTemplate,
  opts: BuildAppBodyOptions = {},
): BuiltAppBody {
  const appType = pkg.appType
  const label = opts.templateLabel ?? tpl.files[0] ?? '<app template>'
  const warnings: string[] = []
  const problems: string[] = []
  const known = allProperties('beta', appType) ?? {}

  // Layer 1: what the package says (only properties of this type).
  const fromPackage: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(pkg.graphProps)) if (k in known && v !== undefined) fromPackage[k] = v
  if (pkg.displayName) fromPackage.displayName = pkg.displayName
  if (pkg.publisher) fromPackage.publisher = pkg.publisher
  fromPackage.fileName ??= pkg.fileName
  // Readers give the plain release ("17.0"): send the member that says it, in beta when v1.0 lacks it.
  const pkgMinOs = fromPackage.minimumSupportedOperatingSystem
  let minOsNeedsBeta = false
  if (typeof pkgMinOs === 'string' && !('minimumSupportedOperatingSystem' in tpl.props)) {
    const [v1, beta] = [
      minimumOsMember(appType, pkgMinOs, 'v1.0'),
      minimumOsMember(appType, pkgMinOs, 'beta'),
    ]
    // MSIX stays with v1.0's member, as Microsoft's MSIX sample sends it ({v10_0: true}; wire-fidelity
    // review 2.3), and the plan says what that loses; the template can ask for the exact release.
    const keepV1 = appType === 'windowsUniversalAppX'
    minOsNeedsBeta = v1 !== beta && !keepV1
    if (v1 !== beta && keepV1)
      warnings.push(
        `${label}: the package needs Windows ${pkgMinOs} or later, but Graph v1.0 can only say ${v1} (what Microsoft's MSIX sample sends), so older devices are offered it too; set minimumSupportedOperatingSystem: "${pkgMinOs}" in the app template to send ${beta} through beta`,
      )
    fromPackage.minimumSupportedOperatingSystem = toMinimumOs(
      appType,
      pkgMinOs,
      minOsNeedsBeta ? 'beta' : 'v1.0',
    )
  }

  // Layer 2: what the template says.
  const fromTemplate: Record<string, unknown> = {}
  const ignored: string[] = []
  for (const [k, v] of Object.entries(tpl.props)) {
    if (k in known) fromTemplate[k] = v
    else ignored.push(k)
  }
  if (ignored.length)
    warnings.push(`${label}: ${ignored.join(', ')} ignored: not properties of a ${appType} app`)
  if (fromTemplate.minimumSupportedOperatingSystem !== undefined)
    fromTemplate.minimumSupportedOperatingSystem = toMinimumOs(
      appType,
      fromTemplate.minimumSupportedOperatingSystem,
      'beta',
    )

  const body: Record<string, unknown> = {
    '@odata.type': `#microsoft.graph.${appType}`,
    ...fromPackage,
    ...fromTemplate,
  }
  const userSet = new Set(Object.keys(fromTemplate))
  if (minOsNeedsBeta) userSet.add('minimumSupportedOperatingSystem')
  const defaulted = new Set<string>()
  if (opts.roleScopeTagIds) {
    body.roleScopeTagIds = [
      ...new Set([...((body.roleScopeTagIds as string[] | undefined) ?? []), ...opts.roleScopeTagIds]),
    ]
    userSet.add('roleScopeTagIds')
  }

  if (!body.displayName) problems.push(`${label}: displayName: required (the package doesn't name the app)`)
  if (!body.publisher)
    problems.push(`${label}: publisher: required (the package doesn't say who publishes it)`)
  if (!body.description && body.displayName) {
    body.description = body.displayName
    defaulted.add('description')
    warnings.push(`${label}: description not given; using the display name (Intune requires a description)`)
  }
  if (minimumOsTypeName(appType) && body.minimumSupportedOperatingSystem === undefined) {
    body.minimumSupportedOperatingSystem = toMinimumOs(appType, DEFAULT_MIN_OS[appType], 'v1.0')
    defaulted.add('minimumSupportedOperatingSystem')
  }

  if (appType === 'win32LobApp') win32(body, pkg, tpl, label, problems, userSet, defaulted)
  if (appType === 'macOSDmgApp' || appType === 'macOSPkgApp') macos(body, pkg, label, problems)
  if (appType === 'androidLobApp') android(body, label, warnings)
  if (problems.length) throw templateError(problems, 'app template')

  // Choose the version on what the user asked for; package-only extras that v1.0 lacks are dropped for v1.0.
  const trial: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(body)) {
    const fits = userSet.has(k) || k === '@odata.type' || !checkGraphValue('v1.0', appType, { [k]: v }).length
    if (fits) trial[k] = v
  }
  const choice = chooseAppBodyVersion(appType, trial, tpl.scopeTags.length > 0 && !opts.roleScopeTagIds)
  const final = choice.version === 'beta' ? body : trial

  const before = new Set(Object.keys(final))
  const missing = completeNonNullables(
    choice.version,
    appType,
    final,
    enumDefaults(appType),
    '',
    SERVICE_DEFAULTED,
  )
  for (const k of Object.keys(final)) if (!before.has(k)) defaulted.add(k)
  if (missing.length)
    throw templateError(
      missing.map(m => `${label}: ${m}: required for a ${appType} app`),
      'app template',
    )
  const left = checkGraphValue(choice.version, appType, final)
  if (left.length)
    throw templateError(
      left.map(l => `${label}: ${l}`),
      'app template',
    )
  return {
    body: final,
    version: choice.version,
    betaReasons: choice.betaReasons,
    warnings: [...warnings, ...pkg.warnings],
    defaulted: [...defaulted].filter(k => !userSet.has(k)),
  }
}

function win32(
  body: Record<string, unknown>,
  pkg: PackageInfo,
  tpl: AppTemplate,
  label: string,
  problems: string[],
  userSet: Set<string>,
  defaulted: Set<string>,
): void {
  // Windows shows no version without displayVersion, which only beta has (every reference that sets one
  // uses beta: IntuneWin32App, WinTuner): the template's, else the MSI's ProductVersion.
  if (body.displayVersion === undefined && pkg.version) body.displayVersion = pkg.version
  if (body.displayVersion !== undefined) userSet.add('displayVersion')
  if (body.returnCodes === undefined) defaulted.add('returnCodes')
  body.returnCodes ??= DEFAULT_RETURN_CODES.map(c => ({ ...c }))
  const pkgExp = (pkg.graphProps.installExperience as Record<string, unknown> | undefined) ?? {}
  const tplExp = (tpl.props.installExperience as Record<string, unknown> | undefined) ?? {}
  if (!Object.keys(pkgExp).length && !Object.keys(tplExp).length) defaulted.add('installExperience')
  body.installExperience = {
    runAsAccount: 'system',
    deviceRestartBehavior: 'basedOnReturnCode',
    ...pkgExp,
    ...tplExp,
  }
  if (tplExp.maxRunTimeInMinutes !== undefined) userSet.add('installExperience')
  if (body.minimumSupportedWindowsRelease === undefined) defaulted.add('minimumSupportedWindowsRelease')
  body.minimumSupportedWindowsRelease ??= '1607'
  if (body.allowedArchitectures !== undefined && !userSet.has('applicableArchitectures'))
    body.applicableArchitectures = 'none'
  if (!body.installCommandLine)
    problems.push(
      `${label}: installCommandLine: required for Win32 apps (the package has no MSI to derive it from)`,
    )
  if (!body.uninstallCommandLine)
    problems.push(
      `${label}: uninstallCommandLine: required for Win32 apps (the package has no MSI to derive it from)`,
    )

  const pkgRules = ((pkg.graphProps.rules as GraphRule[] | undefined) ?? []).filter(
    r => r && typeof r === 'object',
  )
  const pick = (type: GraphRule['ruleType']): GraphRule[] => {
    const mine = tpl.rules.filter(r => r.ruleType === type)
    return mine.length ? mine : pkgRules.filter(r => r.ruleType === type)
  }
  const detection = pick('detection')
  if (!detection.length)
    problems.push(
      `${label}: detection: Win32 apps need at least one detection rule (msi, file, registry or script)`,
    )
  if (detection.filter(r => r['@odata.type'].endsWith('PowerShellScriptRule')).length > 1)
    problems.push(`${label}: detection: at most one script detection rule is allowed (Intune)`)
  body.rules = [...detection, ...pick('requirement')]
  if (tpl.rules.length) userSet.add('rules')
}

/** Device administrator is what an androidLobApp targets unless told: say so, since Intune ended it on GMS. */
function android(body: Record<string, unknown>, label: string, warnings: string[]): void {
  const platforms = body.targetedPlatforms
  if (platforms === undefined || platforms === 'androidDeviceAdministrator')
    warnings.push(
      `${label}: this APK targets Android device administrator, which Intune no longer supports on devices with Google Mobile Services (since 2024-12-31); for AOSP devices set targetedPlatforms: androidOpenSourceProject in the template (Graph beta)`,
    )
}

function macos(body: Record<string, unknown>, pkg: PackageInfo, label: string, problems: string[]): void {
  const need = ['primaryBundleId', 'primaryBundleVersion'].filter(k => !body[k])
  if (need.length) {
    const productId = typeof pkg.facts.productId === 'string' ? pkg.facts.productId : undefined
    const why =
      pkg.appType === 'macOSDmgApp'
        ? "a .dmg doesn't say them"
        : productId
          ? `the .pkg installs no app bundle; its package identifier ${productId} is not a bundle id, and Intune detects installs by bundle id`
          : "the .pkg didn't say them"
    problems.push(
      `${label}: ${need.join(', ')}: required for ${pkg.appType} apps (${why}); add them (and includedApps) to the app template`,
    )
    return
  }
  if (!Array.isArray(body.includedApps) || !body.includedApps.length)
    body.includedApps = [
      {
        '@odata.type': '#microsoft.graph.macOSIncludedApp',
        bundleId: body.primaryBundleId,
        bundleVersion: body.primaryBundleVersion,
      },
    ]
}
