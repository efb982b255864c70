/**
 * Request-body validation derived from Microsoft Graph's CSDL (the extracts in ../../schema): types are
 * resolved through their baseType chain, and every rule below comes from the metadata, not from code.
 * Errors read like Graph's OData layer (400 BadRequest).
 */
import fs from 'node:fs'
import path from 'node:path'
import { GraphHttpError, type GraphVersion } from './router'

interface PropDef {
  type: string
  nullable?: boolean
  readOnly?: boolean
}
interface TypeDef {
  kind: 'entity' | 'complex'
  abstract: boolean
  baseType: string | null
  properties: Record<string, PropDef>
  navigationProperties?: Record<string, { type: string }>
}
interface SchemaFile {
  types: Record<string, TypeDef>
  enums: Record<string, { flags: boolean; members: string[] }>
  actions: Record<string, { boundTo: string; parameters: Record<string, PropDef> }>
}

export type BodyOp = 'create' | 'update'

const cache = new Map<GraphVersion, SchemaFile>()

export function loadSchema(version: GraphVersion): SchemaFile {
  let s = cache.get(version)
  if (!s) {
    const file = path.join(__dirname, '..', '..', 'schema', `intune-apps.${version}.json`)
    s = JSON.parse(fs.readFileSync(file, 'utf8')) as SchemaFile
    cache.set(version, s)
  }
  return s
}

/** `win32LobApp`, `microsoft.graph.win32LobApp` and `#microsoft.graph.win32LobApp` all name the same type. */
export function qualify(name: string): string {
  const n = name.replace(/^#/, '')
  return n.includes('.') ? n : `microsoft.graph.${n}`
}

/** The type name as the metadata spells it (cast segments such as `iosLOBApp` are case-insensitive). */
export function findType(version: GraphVersion, name: string): string | undefined {
  const q = qualify(name).toLowerCase()
  return Object.keys(loadSchema(version).types).find(t => t.toLowerCase() === q)
}

export function isDerivedFrom(version: GraphVersion, typeName: string, base: string): boolean {
  const types = loadSchema(version).types
  for (let t: string | null = qualify(typeName); t; t = types[t]?.baseType ?? null)
    if (t === qualify(base)) return true
  return false
}

export function isAbstract(version: GraphVersion, typeName: string): boolean {
  return loadSchema(version).types[qualify(typeName)]?.abstract ?? false
}

/** Properties (own + inherited) and navigation properties of a type. */
export function typeShape(
  version: GraphVersion,
  typeName: string,
): { properties: Record<string, PropDef>; navigation: Set<string> } | undefined {
  const types = loadSchema(version).types
  if (!types[qualify(typeName)]) return undefined
  const properties: Record<string, PropDef> = {}
  const navigation = new Set<string>()
  for (let t: string | null = qualify(typeName); t && types[t]; t = types[t].baseType) {
    // Walking from the derived type up: a redeclared property keeps the most derived definition.
    for (const [k, d] of Object.entries(types[t].properties)) if (!(k in properties)) properties[k] = d
    Object.keys(types[t].navigationProperties ?? {}).forEach(n => navigation.add(n))
  }
  return { properties, navigation }
}

/** Drops the properties a version does not know, so a v1.0 read never shows beta-only fields. */
export function projectForVersion(version: GraphVersion, typeName: string, obj: Record<string, unknown>) {
  const shape = typeShape(version, typeName)
  if (!shape) return obj
  return Object.fromEntries(Object.entries(obj).filter(([k]) => k.startsWith('@') || k in shape.properties))
}

const bad = (message: string) => new GraphHttpError(400, 'BadRequest', message)

/**
 * Validates a JSON body for `typeName` (an entity or complex type). On create, the body's @odata.type
 * may name a derived type and must not be abstract; read-only properties are rejected. On update,
 * read-only properties are tolerated (Graph ignores them). Returns the concrete type the body names.
 */
export function validateBody(version: GraphVersion, typeName: string, body: unknown, op: BodyOp): string {
  return new Validator(version, op).structured(qualify(typeName), body, '')
}

/** Validates the parameters of a bound action (commit, assign, renewUpload, updateRelationships). */
export function validateActionBody(version: GraphVersion, action: string, body: unknown): void {
  const def = loadSchema(version).actions[action]
  if (!def) throw bad(`Resource not found for the segment '${action}'.`)
  if (body === undefined || body === null) return
  if (typeof body !== 'object' || Array.isArray(body))
    throw bad('The parameters payload must be a JSON object.')
  const v = new Validator(version, 'create')
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (key.startsWith('@')) continue
    const p = def.parameters[key]
    if (!p)
      throw bad(
        `The parameter '${key}' in the request payload is not a valid parameter for the operation '${action}'.`,
      )
    v.value(p.type, p.nullable !== false, value, key)
  }
}

class Validator {
  constructor(
    private readonly version: GraphVersion,
    private readonly op: BodyOp,
  ) {}

  private get schema(): SchemaFile {
    return loadSchema(this.version)
  }

  structured(expected: string, value: unknown, where: string): string {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      throw bad(
        `A node of type '${Array.isArray(value) ? 'StartArray' : 'PrimitiveValue'}' was read from the JSON reader when trying to read a resource${where ? ` for property '${where}'` : ''}; however, a 'StartObject' node was expected.`,
      )
    }
    const obj = value as Record<string, unknown>
    const named = obj['@odata.type']
    let actual = expected
    if (named !== undefined) {
      if (typeof named !== 'string') throw bad("The '@odata.type' annotation must be a string.")
      actual = findType(this.version, named) ?? ''
      if (!actual) {
        throw bad(
          `A type named '${named.replace(/^#/, '')}' could not be resolved by the model. When a model is available, each type name must resolve to a valid type.`,
        )
      }
      if (!isDerivedFrom(this.version, actual, expected)) {
        throw bad(
          `A resource with type '${actual}' was found, but it is not assignable to the expected type '${expected}'. The type specified in the resource must be equal to either the expected type or a derived type.`,
        )
      }
    }
    if (this.op === 'create' && isAbstract(this.version, actual)) {
      throw bad(
        `Cannot create an abstract class. The type '${actual}' is abstract; name a concrete derived type in '@odata.type'.`,
      )
    }
    const shape = typeShape(this.version, actual)
    if (!shape) return actual
    for (const [key, v] of Object.entries(obj)) {
      if (key.startsWith('@')) continue
      const prop = key.includes('@') ? key.slice(0, key.indexOf('@')) : key
      // Working clients send `categories` in a create body (MS-PKG `categories=@()`, MS-LOB, appcircle
      // `"categories": []`, IntuneWin32App `[{id, displayName}]`; wire-fidelity review R2): accepted, not linked.
      if (key === 'categories' && this.op === 'create' && Array.isArray(v)) continue
      if (shape.navigation.has(prop)) {
        throw bad(
          `The property '${prop}' is a navigation property of type '${actual}' and cannot be set in the request body; use its own endpoint (for example '${prop}/$ref').`,
        )
      }
      const def = shape.properties[prop]
      if (!def) {
        throw bad(
          `The property '${prop}' does not exist on type '${actual}'. Make sure to only use property names that are defined by the type or mark the type as open type.`,
        )
      }
      if (prop !== key) continue
      if (def.readOnly && this.op === 'create') {
        throw bad(`The property '${prop}' on type '${actual}' is read-only and cannot be set.`)
      }
      this.value(def.type, def.nullable !== false, v, prop)
    }
    return actual
  }

  value(type: string, nullable: boolean, v: unknown, prop: string): void {
    if (v === null) {
      if (!nullable) {
        throw bad(
          `A null value was found for the property named '${prop}', which has the expected type '${type}[Nullable=False]'. The expected type '${type}[Nullable=False]' does not allow null values.`,
        )
      }
      return
    }
    const coll = /^Collection\((.+)\)$/.exec(type)
    if (coll) {
      if (!Array.isArray(v)) {
        throw bad(
          `A node of type '${typeof v === 'object' ? 'StartObject' : 'PrimitiveValue'}' was read from the JSON reader when trying to read the value of property '${prop}'; however, a 'StartArray' node was expected.`,
        )
      }
      v.forEach((el, i) => this.value(coll[1], nullable, el, `${prop}[${i}]`))
      return
    }
    if (type.startsWith('Edm.')) return checkPrimitive(type, v, prop)
    const en = this.schema.enums[type]
    if (en) return checkEnum(type, en, v, prop)
    if (this.schema.types[type]) {
      this.structured(type, v, prop)
      return
    }
    // A type outside the extract (navigation targets are not followed): nothing to check against.
  }
}

function checkEnum(type: string, en: { flags: boolean; members: string[] }, v: unknown, prop: string): void {
  const names = typeof v === 'string' ? (en.flags ? v.split(',').map(s => s.trim()) : [v]) : []
  const badName = typeof v !== 'string' ? String(JSON.stringify(v)) : names.find(n => !en.members.includes(n))
  if (badName !== undefined) {
    throw bad(
      `Requested value '${badName}' was not found. The property '${prop}' expects a member of '${type}': ${en.members.join(', ')}${en.flags ? ' (comma-separated combinations allowed)' : ''}.`,
    )
  }
}

const PRIMITIVE_CHECKS: Record<string, (v: unknown) => boolean> = {
  'Edm.String': v => typeof v === 'string',
  'Edm.Boolean': v => typeof v === 'boolean',
  'Edm.Int32': v => Number.isInteger(v) && (v as number) >= -2147483648 && (v as number) <= 2147483647,
  'Edm.Int16': v => Number.isInteger(v) && Math.abs(v as number) <= 32768,
  'Edm.Byte': v => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 255,
  // IEEE754Compatible clients send Int64 as a string.
  'Edm.Int64': v => Number.isSafeInteger(v) || (typeof v === 'string' && /^-?\d{1,19}$/.test(v)),
  'Edm.Double': v => typeof v === 'number' || v === 'NaN' || v === 'INF' || v === '-INF',
  'Edm.Single': v => typeof v === 'number',
  'Edm.Decimal': v => typeof v === 'number' || (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v)),
  'Edm.DateTimeOffset': v =>
    typeof v === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$/i.test(v) &&
    !Number.isNaN(Date.parse(v)),
  'Edm.Date': v => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v),
  'Edm.TimeOfDay': v => typeof v === 'string' && /^\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/.test(v),
  'Edm.Duration': v => typeof v === 'string' && /^-?P(\d+D)?(T(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/.test(v),
  'Edm.Guid': v =>
    typeof v === 'string' && /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v),
  'Edm.Binary': v =>
    typeof v === 'string' && /^[A-Za-z0-9+/_-]*={0,2}$/.test(v) && v.replace(/=+$/, '').length % 4 !== 1,
}

function checkPrimitive(type: string, v: unknown, prop: string): void {
  const check = PRIMITIVE_CHECKS[type]
  if (check && !check(v)) {
    const literal = typeof v === 'string' ? v : JSON.stringify(v)
    throw bad(`Cannot convert the literal '${literal}' to the expected type '${type}' (property '${prop}').`)
  }
}
