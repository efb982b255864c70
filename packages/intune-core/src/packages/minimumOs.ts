/**
 * A package's minimum OS as a plain release ("17.0", "13.0"): readers report facts, and the body builder
 * (templates/buildAppBody) turns them into Graph's *MinimumOperatingSystem member for the version it sends
 * to. For Windows (MSIX) the build-to-release table below is a package fact; the member is the builder's.
 */
/** Android API level -> its release (API 20 is 4.4W, 32 is 12L). */
const ANDROID_API: Record<number, string> = {
  14: '4.0',
  15: '4.0.3',
  16: '4.1',
  17: '4.2',
  18: '4.3',
  19: '4.4',
  20: '4.4',
  21: '5.0',
  22: '5.1',
  23: '6.0',
  24: '7.0',
  25: '7.1',
  26: '8.0',
  27: '8.1',
  28: '9.0',
  29: '10.0',
  30: '11.0',
  31: '12.0',
  32: '12.0',
  33: '13.0',
  34: '14.0',
  35: '15.0',
  36: '16.0',
}

// The members come from Microsoft's metadata for the chosen Graph version (templates/minimumOs), so a new
// iOS or Android release needs no change here; only the API-level table below is ours.

/** The plain fact a reader reports: "17.0" for an .ipa's MinimumOSVersion 17.2 (Graph has only vN_0). */
export function iosMinimumRelease(minimumOsVersion: string | undefined): string | undefined {
  const major = Number.parseInt(minimumOsVersion ?? '', 10)
  return Number.isFinite(major) ? `${major}.0` : undefined
}

/** The plain fact for an APK's minSdkVersion: its Android release ("13.0" for API 33). */
export function androidMinimumRelease(minSdk: number | undefined): string | undefined {
  return minSdk === undefined || minSdk < 14 ? undefined : ANDROID_API[Math.min(minSdk, 36)]
}

/** Windows 10 builds -> the feature release Graph names them by (beta's windowsMinimumOperatingSystem). */
const WINDOWS_BUILDS: Array<[number, string]> = [
  [14393, '1607'],
  [15063, '1703'],
  [16299, '1709'],
  [17134, '1803'],
  [17763, '1809'],
  [18362, '1903'],
  [18363, '1909'],
  [19041, '2004'],
  [19042, '2H20'],
  [19043, '21H1'],
]

/**
 * The plain fact for an MSIX/AppX TargetDeviceFamily MinVersion: "8.0" / "8.1" for 6.2 / 6.3, the feature
 * release ("1809") of a Windows 10 build, "10.0" for older builds or none. The body builder picks the member.
 */
export function windowsMinimumRelease(minVersion: string | undefined): string {
  const [major = 10, minor = 0, build = 0] = (minVersion ?? '10.0').split('.').map(Number)
  if (major === 6 && minor === 2) return '8.0'
  if (major === 6 && minor === 3) return '8.1'
  let release = '10.0'
  for (const [b, r] of WINDOWS_BUILDS) if (build >= b) release = r
  return release
}
