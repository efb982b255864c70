/**
 * What makes two assignments "the same" for Intune and for us. Intune keeps one assignment per target
 * (target @odata.type + groupId), so that is the identity; equality ignores what Graph adds on read (ids,
 * `source`/`sourceId`, nulls for absent values, the `none` filter, property order, date formatting).
 */
import { GUID, type GraphAssignment } from './shared'

const NOISE = new Set(['id', 'source', 'sourceId', '@odata.context'])
const ISO_DATE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/
const FILTER_ID = 'deviceAndAppManagementAssignmentFilterId'
const FILTER_TYPE = 'deviceAndAppManagementAssignmentFilterType'

const shortType = (t: unknown): string => String(t ?? '').replace(/^#?microsoft\.graph\./i, '')

/** Identity of a target: `groupAssignmentTarget|<group id>`, `allDevicesAssignmentTarget|`. */
export function targetKey(target: GraphAssignment['target']): string {
  return `${shortType(target['@odata.type']).toLowerCase()}|${String(target.groupId ?? '').toLowerCase()}`
}

/** True when the target carries a real assignment filter (not absent, not `none`). */
export function hasFilter(target: GraphAssignment['target']): boolean {
  const type = target[FILTER_TYPE]
  return Boolean(target[FILTER_ID]) && type !== 'none'
}

/** A comparable copy: noise dropped, nulls dropped, ids lower-cased, dates in one format, keys sorted. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>
    const out: Record<string, unknown> = {}
    for (const k of Object.keys(o).sort()) {
      if (NOISE.has(k) || o[k] === null || o[k] === undefined) continue
      if (k === FILTER_TYPE && o[k] === 'none' && !o[FILTER_ID]) continue
      out[k] = canonical(o[k])
    }
    return out
  }
  if (typeof value === 'string') {
    if (GUID.test(value)) return value.toLowerCase()
    if (ISO_DATE.test(value) && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString()
  }
  return value
}

function flatten(value: unknown, at: string, out: Map<string, unknown>): Map<string, unknown> {
  if (value && typeof value === 'object' && !Array.isArray(value))
    for (const [k, v] of Object.entries(value)) flatten(v, at ? `${at}.${k}` : k, out)
  else out.set(at, value)
  return out
}

const show = (v: unknown): string => (v === undefined ? '(none)' : JSON.stringify(v))

/** The fields that differ between two assignments of the same target, as `field: old → new`. */
export function assignmentDifferences(current: GraphAssignment, desired: GraphAssignment): string[] {
  const pick = (a: GraphAssignment) => ({ intent: a.intent, target: a.target, settings: a.settings })
  const a = flatten(canonical(pick(current)), '', new Map())
  const b = flatten(canonical(pick(desired)), '', new Map())
  const out: string[] = []
  for (const key of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    if (key.endsWith('@odata.type') && key.startsWith('target')) continue
    if (JSON.stringify(a.get(key)) !== JSON.stringify(b.get(key)))
      out.push(
        `${key.replace(FILTER_ID, 'filterId').replace(FILTER_TYPE, 'filterType')}: ${show(a.get(key))} → ${show(b.get(key))}`,
      )
  }
  return out
}

/** How the plan names a target: `group "Pilot Users" (id)`, `all devices`; with its filter. */
export function describeTarget(target: GraphAssignment['target'], names: Record<string, string>): string {
  const type = shortType(target['@odata.type'])
  const id = String(target.groupId ?? '')
  const name = names[id.toLowerCase()]
  const group = name ? `"${name}" (${id})` : id
  let text: string
  if (type === 'groupAssignmentTarget') text = `group ${group}`
  else if (type === 'exclusionGroupAssignmentTarget') text = `excluded group ${group}`
  else if (type === 'allLicensedUsersAssignmentTarget') text = 'all users'
  else if (type === 'allDevicesAssignmentTarget') text = 'all devices'
  else text = id ? `${type} ${group}` : type
  if (hasFilter(target)) {
    const fid = String(target[FILTER_ID])
    const fname = names[fid.toLowerCase()]
    text += ` with filter ${fname ? `"${fname}"` : fid} (${String(target[FILTER_TYPE])})`
  }
  return text
}
