/**
 * The content file's `manifest`, checked per app type when the file is created. What each type carries is
 * what every reference client builds (protocol reference §5.3: MS-legacy-LOB, MS-iOS, MS-MSIX, MK, IAB):
 * - iosLobApp: a plist whose `bundle-identifier` is the app's bundleId;
 * - androidLobApp: AndroidManifestProperties whose `Package` is the app's packageId;
 * - windowsMobileMSI: one MobileMsiData element with an MsiExecutionContext of Any, System or User;
 * - windowsUniversalAppX: the package's file name (MS-MSIX needs it non-null);
 * - Win32 and macOS: null (not checked).
 * That Intune refuses a missing or mismatched manifest is inferred (docs/simulator.md): devices install
 * from it, and no reference sends one that does not describe the app. The references fill `bundle-version`
 * inconsistently, so it is not checked (the service evidently does not).
 */
import type { SimApp } from '../state'

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/

const CHECKED: Record<string, (text: string, app: SimApp) => string | undefined> = {
  iosLobApp: (text, app) => {
    if (!/<plist\b/.test(text)) return 'is not a plist'
    const id = /<key>bundle-identifier<\/key>\s*<string>([^<]*)<\/string>/.exec(text)?.[1]
    if (id === undefined) return 'has no bundle-identifier'
    return same(id, app.props.bundleId)
      ? undefined
      : `names bundle ${id}, not the app's ${str(app.props.bundleId)}`
  },
  androidLobApp: (text, app) => {
    if (!/<AndroidManifestProperties\b/.test(text)) return 'is not AndroidManifestProperties'
    const pkg = /<Package>([^<]*)<\/Package>/.exec(text)?.[1]
    if (pkg === undefined) return 'has no Package'
    return same(pkg, app.props.packageId)
      ? undefined
      : `names package ${pkg}, not the app's ${str(app.props.packageId)}`
  },
  windowsMobileMSI: text => {
    if (!/^<MobileMsiData\b[^>]*>\s*<\/MobileMsiData>$|^<MobileMsiData\b[^>]*\/>$/.test(text.trim()))
      return 'is not one MobileMsiData element'
    return /\bMsiExecutionContext="(Any|System|User)"/.test(text)
      ? undefined
      : 'has no MsiExecutionContext of Any, System or User'
  },
  windowsUniversalAppX: text =>
    /^[\x20-\x7e]{1,260}$/.test(text) ? undefined : "is not the package's file name",
}

const str = (v: unknown): string => (typeof v === 'string' ? v : String(v ?? 'none'))
const same = (a: string, b: unknown): boolean => typeof b === 'string' && a.toLowerCase() === b.toLowerCase()

/** What is wrong with the manifest for this app, or undefined when it passes (or the type isn't checked). */
export function manifestProblem(app: SimApp, manifest: unknown): string | undefined {
  const type = app.odataType.replace(/^#?microsoft\.graph\./, '')
  const check = CHECKED[type]
  if (!check) return undefined
  if (typeof manifest !== 'string' || !manifest) return `a ${type} content file needs a manifest`
  if (!BASE64.test(manifest)) return 'the manifest is not base64'
  const problem = check(Buffer.from(manifest, 'base64').toString('latin1'), app)
  return problem && `the ${type} manifest ${problem}`
}
