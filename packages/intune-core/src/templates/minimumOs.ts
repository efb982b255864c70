/**
 * Friendly minimum OS values ("16.0", "10.15", "4.0.3", Windows "1607" / "10.0.1607") -> Graph's
 * *MinimumOperatingSystem object, which has one boolean per release Intune knows.
 */
import type { AppType } from '../packages/types'
import { allProperties, type GraphVersion } from './graphMetadata'

export function minimumOsTypeName(appType: AppType): string | undefined {
  switch (appType) {
    case 'iosLobApp':
      return 'iosMinimumOperatingSystem'
    case 'androidLobApp':
      return 'androidMinimumOperatingSystem'
    case 'macOSPkgApp':
    case 'macOSDmgApp':
      return 'macOSMinimumOperatingSystem'
    case 'windowsUniversalAppX':
      return 'windowsMinimumOperatingSystem'
    default:
      return undefined
  }
}

/** Release keys of a minimum-OS type in `version` (`v16_0`, `v10_1607`, ...). */
export function minimumOsMembers(appType: AppType, version: GraphVersion): string[] {
  const t = minimumOsTypeName(appType)
  return t ? Object.keys(allProperties(version, t) ?? {}) : []
}

/** A comparable number list for a member or a friendly value; Windows feature releases sort after 10.0. */
function rank(v: string): number[] {
  const s = v.replace(/^v/, '').replace(/_/g, '.')
  const win = /^(?:10\.0?\.?)?(\d{4}|\d{1}H\d{2}|\d{2}H\d)$/i.exec(s)
  if (win) {
    const r = win[1].toUpperCase()
    // 1607..2004 are yymm; 2H20 = 20H2, 21H1: map to yymm-ish numbers so they order correctly.
    const n = /^\d{4}$/.test(r)
      ? Number(r)
      : /^(\d)H(\d\d)$/.test(r)
        ? Number(r.slice(2)) * 100 + 10
        : Number(r.slice(0, 2)) * 100 + 5
    return [10, 0, n]
  }
  return s.split('.').map(Number)
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0)
    if (d) return d
  }
  return 0
}

/**
 * The member for `friendly`: an exact match, else the highest release at or below it (the app still runs
 * there), else the lowest known. Returns undefined for an app type without a minimum-OS object.
 */
export function minimumOsMember(
  appType: AppType,
  friendly: string,
  version: GraphVersion,
): string | undefined {
  const members = minimumOsMembers(appType, version)
  if (!members.length) return undefined
  const want = rank(friendly.trim())
  const sorted = [...members].sort((a, b) => compare(rank(a), rank(b)))
  let pick = sorted[0]
  for (const m of sorted) if (compare(rank(m), want) <= 0) pick = m
  return pick
}

/** `{v16_0: true}` for a friendly value; objects are returned as given. */
export function toMinimumOs(
  appType: AppType,
  value: unknown,
  version: GraphVersion,
): Record<string, unknown> | undefined {
  if (typeof value === 'object' && value !== null) return value as Record<string, unknown>
  if (typeof value !== 'string' && typeof value !== 'number') return undefined
  const m = minimumOsMember(appType, String(value), version)
  return m ? { [m]: true } : undefined
}
