/**
 * Fills what Graph marks non-nullable (`Nullable="false"`) and we haven't set, for the chosen version:
 * booleans become false, a few enums get Intune's usual default. Whatever is still missing is reported.
 */
import { allProperties, graphMetadata, type GraphVersion } from './graphMetadata'

type Obj = Record<string, unknown>

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Complete `value` (an instance of `typeName`) in place; returns the paths of non-nullable values still missing. */
export function completeNonNullables(
  version: GraphVersion,
  typeName: string,
  value: Obj,
  defaults: Record<string, unknown>,
  at = '',
  /** Non-nullable yet defaulted by the service: left out, never reported missing. */
  skip: ReadonlySet<string> = new Set(),
): string[] {
  const odata =
    typeof value['@odata.type'] === 'string' ? (value['@odata.type'] as string).replace(/^#/, '') : undefined
  const type = odata ?? (typeName.startsWith('microsoft.graph.') ? typeName : `microsoft.graph.${typeName}`)
  const props = allProperties(version, type)
  if (!props) return []
  const missing: string[] = []
  const { types } = graphMetadata(version)
  for (const [k, p] of Object.entries(props)) {
    const here = at ? `${at}.${k}` : k
    if (value[k] === undefined && p.nullable === false && !p.readOnly && k !== 'id' && !skip.has(k)) {
      if (p.type === 'Edm.Boolean') value[k] = false
      else if (k in defaults) value[k] = structuredClone(defaults[k])
      else missing.push(here)
    }
    const v = value[k]
    const coll = /^Collection\((.+)\)$/.exec(p.type)
    const inner = coll ? coll[1] : p.type
    if (!types[inner]) continue
    if (isObj(v)) missing.push(...completeNonNullables(version, inner, v, {}, here))
    else if (Array.isArray(v))
      v.forEach(
        (item, i) =>
          isObj(item) && missing.push(...completeNonNullables(version, inner, item, {}, `${here}[${i}]`)),
      )
  }
  return missing
}
