/** Shaping nested Graph objects by the metadata: per-version projection and read-only stripping. */
import { findType, qualify, typeShape } from './schema'
import type { GraphVersion } from './router'

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** The concrete type an object names in `@odata.type`, else the declared one. */
function actualType(version: GraphVersion, declared: string, obj: Obj): string {
  const named = obj['@odata.type']
  return (typeof named === 'string' && findType(version, named)) || qualify(declared)
}

/**
 * Drops, recursively, every property `version` does not define for the object's type (e.g. the beta-only
 * filter properties of an assignment target on a v1.0 read).
 */
export function projectDeep(version: GraphVersion, typeName: string, value: unknown): unknown {
  if (Array.isArray(value)) return value.map(v => projectDeep(version, typeName, v))
  if (!isObj(value)) return value
  const shape = typeShape(version, actualType(version, typeName, value))
  if (!shape) return value
  const out: Obj = {}
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('@')) out[k] = v
    else if (shape.properties[k] || k === 'id') {
      const declared = shape.properties[k]?.type ?? 'Edm.String'
      out[k] = projectDeep(version, /^Collection\((.+)\)$/.exec(declared)?.[1] ?? declared, v)
    }
  }
  return out
}

/**
 * Removes an object's read-only properties (top level). Clients re-post what they read (`source`,
 * `sourceId`, display names); Graph ignores those on writes, as it does on PATCH.
 */
export function stripReadOnly(version: GraphVersion, typeName: string, value: unknown): unknown {
  if (!isObj(value)) return value
  const shape = typeShape(version, actualType(version, typeName, value))
  if (!shape) return value
  return Object.fromEntries(Object.entries(value).filter(([k]) => !shape.properties[k]?.readOnly))
}
