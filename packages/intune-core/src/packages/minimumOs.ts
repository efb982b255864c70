/**
 * Graph's *MinimumOperatingSystem types are objects of boolean members (v8_0, v4_0_3...). We pick the highest
 * member not above the package's own minimum, limited to what the chosen Graph version defines (from
 * ../shared/reference/graph-schema; v1.0 lists fewer members than beta).
 */
type GraphVersion = 'v1.0' | 'beta'

const IOS_V1 = ['v8_0', 'v9_0', 'v10_0', 'v11_0', 'v12_0', 'v13_0', 'v14_0', 'v15_0']
const IOS_BETA = [...IOS_V1, 'v16_0', 'v17_0', 'v18_0', 'v26_0']
const ANDROID_V1 = [
  'v4_0',
  'v4_0_3',
  'v4_1',
  'v4_2',
  'v4_3',
  'v4_4',
  'v5_0',
  'v5_1',
  'v6_0',
  'v7_0',
  'v7_1',
  'v8_0',
  'v8_1',
  'v9_0',
  'v10_0',
  'v11_0',
]
const ANDROID_BETA = [...ANDROID_V1, 'v12_0', 'v13_0', 'v14_0', 'v15_0']

/** Android API level -> the Graph member for that release (API 20 is 4.4W, 32 is 12L). */
const ANDROID_API: Record<number, string> = {
  14: 'v4_0',
  15: 'v4_0_3',
  16: 'v4_1',
  17: 'v4_2',
  18: 'v4_3',
  19: 'v4_4',
  20: 'v4_4',
  21: 'v5_0',
  22: 'v5_1',
  23: 'v6_0',
  24: 'v7_0',
  25: 'v7_1',
  26: 'v8_0',
  27: 'v8_1',
  28: 'v9_0',
  29: 'v10_0',
  30: 'v11_0',
  31: 'v12_0',
  32: 'v12_0',
  33: 'v13_0',
  34: 'v14_0',
  35: 'v15_0',
  36: 'v16_0',
}

/** Highest member <= `want`, comparing dotted numbers; the lowest member when `want` is below all of them. */
function pick(members: string[], want: number[]): string {
  let best = members[0]!
  for (const m of members) if (compare(parse(m), want) <= 0 && compare(parse(m), parse(best)) >= 0) best = m
  return best
}

function parse(member: string): number[] {
  return member.slice(1).split('_').map(Number)
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d) return d
  }
  return 0
}

/** iOS: by major version (Graph has only vN_0 members). */
export function iosMinimumOs(
  minimumOsVersion: string | undefined,
  graph: GraphVersion,
): Record<string, boolean> {
  const major = Number.parseInt(minimumOsVersion ?? '', 10)
  const members = graph === 'beta' ? IOS_BETA : IOS_V1
  return { [Number.isFinite(major) ? pick(members, [major]) : members[0]!]: true }
}

export function androidMinimumOs(minSdk: number | undefined, graph: GraphVersion): Record<string, boolean> {
  const members = graph === 'beta' ? ANDROID_BETA : ANDROID_V1
  if (minSdk === undefined || minSdk < 14) return { [members[0]!]: true }
  const release = ANDROID_API[Math.min(minSdk, 36)]!
  return { [pick(members, parse(release))]: true }
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
