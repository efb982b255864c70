/**
 * Microsoft's published Graph metadata for the Intune app types (copied from the CSDL into
 * `schemas/graph/`), and a checker that walks a JSON body against it. Deriving "is this property
 * beta-only?" from the metadata instead of a hand-kept list keeps us as strict as Graph.
 */
import type { GraphVersion } from '../graph/createGraphClient'

export type { GraphVersion }

export interface GraphProperty {
  type: string
  nullable?: boolean
  readOnly?: boolean
}

export interface GraphType {
  kind: 'entity' | 'complex'
  abstract: boolean
  baseType: string | null
  properties: Record<string, GraphProperty>
}

export interface GraphEnum {
  flags: boolean
  members: string[]
}

export interface GraphMetadata {
  types: Record<string, GraphType>
  enums: Record<string, GraphEnum>
}

const cache = new Map<GraphVersion, GraphMetadata>()

/** The metadata for one Graph version (read once; the files ship in `schemas/graph/`). */
export function graphMetadata(version: GraphVersion): GraphMetadata {
  let m = cache.get(version)
  if (!m) {
    // Static requires, not fs + __dirname: bundlers (ncc) inline the JSON, so the Action's ESM bundle and
    // the task's bundle carry it (an ESM bundle has no __dirname, and ncc can't relocate the files).
    /* eslint-disable @typescript-eslint/no-require-imports */
    m = (
      version === 'v1.0'
        ? require('../../schemas/graph/intune-apps.v1.0.json')
        : require('../../schemas/graph/intune-apps.beta.json')
    ) as GraphMetadata
    /* eslint-enable @typescript-eslint/no-require-imports */
    cache.set(version, m)
  }
  return m
}

const NS = 'microsoft.graph.'
const full = (t: string): string => (t.startsWith(NS) ? t : NS + t)

/** All properties of a type, its own and inherited (walks baseType to the root). */
export function allProperties(
  version: GraphVersion,
  typeName: string,
): Record<string, GraphProperty> | undefined {
  const { types } = graphMetadata(version)
  let t = types[full(typeName)]
  if (!t) return undefined
  const out: Record<string, GraphProperty> = {}
  for (;;) {
    for (const [k, p] of Object.entries(t.properties)) if (!(k in out)) out[k] = p
    if (!t.baseType) return out
    t = types[t.baseType]
    if (!t) return out
  }
}

/** True when `sub` is `base` or derives from it. */
export function derivesFrom(version: GraphVersion, sub: string, base: string): boolean {
  const { types } = graphMetadata(version)
  let name: string | null = full(sub)
  while (name) {
    if (name === full(base)) return true
    name = types[name]?.baseType ?? null
  }
  return false
}

export function enumMembers(version: GraphVersion, enumName: string): GraphEnum | undefined {
  return graphMetadata(version).enums[full(enumName)]
}

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Problems with `value` as an instance of `typeName` in `version`: unknown properties, unknown enum members,
 * wrong primitive kinds, abstract or unknown `@odata.type`s. Each problem is one line starting with its path.
 */
export function checkGraphValue(version: GraphVersion, typeName: string, value: unknown, at = ''): string[] {
  return checkTyped(version, full(typeName), value, at)
}

function checkTyped(version: GraphVersion, type: string, value: unknown, at: string): string[] {
  if (value === null || value === undefined) return []
  const coll = /^Collection\((.+)\)$/.exec(type)
  if (coll) {
    if (!Array.isArray(value)) return [`${at || 'value'}: expected an array`]
    return value.flatMap((v, i) => checkTyped(version, coll[1], v, `${at}[${i}]`))
  }
  if (type.startsWith('Edm.')) return checkPrimitive(type, value, at)
  const meta = graphMetadata(version)
  const en = meta.enums[type]
  if (en) {
    if (typeof value !== 'string') return [`${at}: expected one of ${en.members.join(', ')}`]
    const parts = en.flags ? value.split(',').map(s => s.trim()) : [value]
    return parts
      .filter(p => !en.members.includes(p))
      .map(p => `${at}: '${p}' is not a ${version} ${type.slice(NS.length)} value`)
  }
  if (!isObj(value)) return [`${at}: expected an object`]
  let concrete = type
  const odata = value['@odata.type']
  if (typeof odata === 'string') {
    const named = odata.replace(/^#/, '')
    if (!meta.types[named]) return [`${at}: @odata.type '${odata}' does not exist in ${version}`]
    if (!derivesFrom(version, named, type))
      return [`${at}: @odata.type '${odata}' is not a ${type.slice(NS.length)}`]
    concrete = named
  }
  const t = meta.types[concrete]
  if (!t) return [`${at}: type ${concrete} does not exist in ${version}`]
  if (t.abstract) return [`${at}: needs an @odata.type naming a concrete ${concrete.slice(NS.length)}`]
  const props = allProperties(version, concrete) ?? {}
  const out: string[] = []
  for (const [k, v] of Object.entries(value)) {
    if (k.startsWith('@odata.')) continue
    const p = props[k]
    const here = at ? `${at}.${k}` : k
    if (!p) out.push(`${here}: not a property of ${concrete.slice(NS.length)} in ${version}`)
    else out.push(...checkTyped(version, p.type, v, here))
  }
  return out
}

function checkPrimitive(type: string, value: unknown, at: string): string[] {
  switch (type) {
    case 'Edm.Boolean':
      return typeof value === 'boolean' ? [] : [`${at}: expected true or false`]
    case 'Edm.Int32':
    case 'Edm.Int64':
      return Number.isInteger(value) ? [] : [`${at}: expected an integer`]
    case 'Edm.String':
    case 'Edm.Binary':
    case 'Edm.DateTimeOffset':
      return typeof value === 'string' ? [] : [`${at}: expected a string`]
    default:
      return []
  }
}
