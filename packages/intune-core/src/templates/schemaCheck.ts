/**
 * Validates template documents against the JSON Schemas that ship in `schemas/`, turning ajv's errors
 * into lines that name the field path the way a user writes it (`rules[1].keyPath`).
 */
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv'

export type TemplateKind = 'app' | 'assignment' | 'manifest'

let ajv: Ajv | undefined
const compiled = new Map<TemplateKind, ValidateFunction>()

function validator(kind: TemplateKind): ValidateFunction {
  let v = compiled.get(kind)
  if (v) return v
  ajv ??= new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true })
  // `errorMessage` is an annotation editors (VS Code) show; we use it in our own messages too.
  if (!ajv.getKeyword('errorMessage')) ajv.addKeyword({ keyword: 'errorMessage', schemaType: 'string' })
  // Static requires, not fs + __dirname: bundlers (ncc) inline the JSON into the Action and task bundles.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const schema = (
    kind === 'app'
      ? require('../../schemas/app-template.schema.json')
      : kind === 'manifest'
        ? require('../../schemas/manifest.schema.json')
        : require('../../schemas/assignment-template.schema.json')
  ) as object
  /* eslint-enable @typescript-eslint/no-require-imports */
  v = ajv.compile(schema)
  compiled.set(kind, v)
  return v
}

/** Problems with `doc` as a template of `kind`, each `field: expected ...`; empty when valid. */
export function schemaProblems(kind: TemplateKind, doc: unknown): string[] {
  const validate = validator(kind)
  if (validate(doc)) return []
  const errs = (validate.errors ?? []).filter(e => e.keyword !== 'if')
  const out = errs.map(formatError)
  return [...new Set(out)]
}

/** `/rules/1/keyPath` -> `rules[1].keyPath`. */
export function fieldPath(instancePath: string): string {
  return instancePath
    .split('/')
    .slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '')
}

function formatError(e: ErrorObject): string {
  const at = fieldPath(e.instancePath)
  const here = at || '(top level)'
  const custom = (e.parentSchema as { errorMessage?: string } | undefined)?.errorMessage
  const p = e.params as Record<string, unknown>
  switch (e.keyword) {
    case 'additionalProperties': {
      const key = String(p.additionalProperty)
      const known = Object.keys((e.parentSchema as { properties?: object })?.properties ?? {})
      const near = closest(key, known)
      return `${at ? `${at}.` : ''}${key}: unknown key${near ? ` (did you mean '${near}'?)` : ''}`
    }
    case 'required':
      return `${at ? `${at}.` : ''}${String(p.missingProperty)}: required`
    case 'enum':
      return `${here}: expected one of ${(p.allowedValues as unknown[]).join(', ')} (got ${show(e.data)})`
    case 'const':
      return `${here}: expected ${JSON.stringify(p.allowedValue)}`
    case 'type':
      return `${here}: expected ${custom ?? String(p.type).replace(/,/g, ' or ')} (got ${show(e.data)})`
    case 'pattern':
      return `${here}: expected ${custom ?? `a value matching ${String(p.pattern)}`} (got ${show(e.data)})`
    case 'minProperties':
    case 'maxProperties':
      return `${here}: expected ${custom ?? e.message ?? 'a different number of keys'}`
    case 'minimum':
    case 'maximum':
      return `${here}: expected a number ${String(p.comparison)} ${String(p.limit)} (got ${show(e.data)})`
    default:
      return `${here}: ${custom ? `expected ${custom}` : (e.message ?? e.keyword)}`
  }
}

function show(v: unknown): string {
  const s = JSON.stringify(v) ?? String(v)
  return s.length > 60 ? `${s.slice(0, 57)}...` : s
}

function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined
  let bestD = Math.max(2, Math.floor(word.length / 3)) + 1
  for (const c of candidates) {
    const d = distance(word.toLowerCase(), c.toLowerCase())
    if (d < bestD) [best, bestD] = [c, d]
  }
  return best
}

function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j]
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = cur
    }
  }
  return row[b.length]
}
