/**
 * A package's minimum OS as a plain release ("17.0", "13.0"): readers report facts, and the body builder
 * (templates/buildAppBody) turns them into Graph's *MinimumOperatingSystem member for the version it sends
 * to. Windows builds (MSIX) still map to members here: the build-to-release table is a package fact.
 */
import type { GraphVersion } from '../graph/createGraphClient'

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

/** MSIX/AppX TargetDeviceFamily MinVersion (10.0.<build>.0) -> windowsMinimumOperatingSystem. */
const WINDOWS_BUILDS: Array<[number, string]> = [
  [14393, 'v10_1607'],
  [15063, 'v10_1703'],
  [16299, 'v10_1709'],
  [17134, 'v10_1803'],
  [17763, 'v10_1809'],
  [18362, 'v10_1903'],
  [18363, 'v10_1909'],
  [19041, 'v10_2004'],
  [19042, 'v10_2H20'],
  [19043, 'v10_21H1'],
]

export function windowsMinimumOs(
  minVersion: string | undefined,
  graph: GraphVersion,
): Record<string, boolean> {
  const [major = 10, minor = 0, build = 0] = (minVersion ?? '10.0').split('.').map(Number)
  if (major === 6 && minor === 2) return { v8_0: true }
  if (major === 6 && minor === 3) return { v8_1: true }
  if (graph === 'beta') {
    let member = 'v10_0'
    for (const [b, m] of WINDOWS_BUILDS) if (build >= b) member = m
    return { [member]: true }
  }
  return { v10_0: true }
}
