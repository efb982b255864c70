/**
 * Field-by-field difference between what an app has in Intune and the body a publish would send, for
 * the plan ("field: old -> new"). Only fields the publish sets are compared: Intune adds many read-only
 * and defaulted ones we must not report as changes.
 */
import type { FieldChange } from './types'

/** Fields that are not metadata (content, identity, housekeeping) or are diffed elsewhere. */
const SKIP = new Set(['@odata.type', 'rules', 'detectionRules', 'requirementRules', 'largeIcon', 'notes'])

export function diffMetadata(
  current: Record<string, unknown> | undefined,
  next: Record<string, unknown>,
): FieldChange[] {
  const changes: FieldChange[] = []
  for (const [field, value] of Object.entries(next)) {
    if (SKIP.has(field)) continue
    const old = current?.[field]
    if (!sameValue(old, value)) changes.push({ field, old: old ?? null, new: value })
  }
  if (current && 'largeIcon' in next && !sameIcon(current.largeIcon, next.largeIcon)) {
    changes.push({
      field: 'largeIcon',
      old: describeIcon(current.largeIcon),
      new: describeIcon(next.largeIcon),
    })
  }
  return changes
}

/** Structural equality that ignores key order, treats null/undefined alike and enum-list order. */
export function sameValue(a: unknown, b: unknown): boolean {
  if ((a === null || a === undefined) && (b === null || b === undefined)) return true
  if (typeof a === 'string' && typeof b === 'string') return normalizeList(a) === normalizeList(b)
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((x, i) => sameValue(x, b[i]))
  if (isObject(a) && isObject(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)])
    for (const k of keys) {
      if (k === '@odata.type') continue
      if (!sameValue(a[k], b[k])) return false
    }
    return true
  }
  return a === b
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

// Graph returns flags enums as comma lists in its own order ("x64,x86" vs "x86,x64").
function normalizeList(s: string): string {
  return /^[A-Za-z0-9_]+(,\s*[A-Za-z0-9_]+)+$/.test(s)
    ? s
        .split(',')
        .map(x => x.trim())
        .sort()
        .join(',')
    : s
}

function sameIcon(a: unknown, b: unknown): boolean {
  return isObject(a) && isObject(b) ? a.value === b.value && a.type === b.type : !a && !b
}

function describeIcon(icon: unknown): string | null {
  if (!isObject(icon) || typeof icon.value !== 'string') return null
  return `${String(icon.type)} (${Math.round((icon.value.length * 3) / 4 / 1024)} KiB)`
}
