/**
 * Reads a template (YAML or JSON; JSON is YAML), follows its `extends` chain (relative to each file,
 * cycles refused) and deep-merges it base-first so that the child wins and arrays are replaced. Each file
 * is checked against the shipped JSON Schema on its own, so that every problem names the file it is in.
 */
import path from 'node:path'
import YAML from 'yaml'
import { INPUT_LIMITS, readBoundedFile } from '../connection/boundedRead'
import { schemaProblems, type TemplateKind } from './schemaCheck'
import { TemplateProblems } from './templateErrors'

export type Doc = Record<string, unknown>

export interface TemplateChain {
  /** The merged document without `extends` and `$schema`. */
  data: Doc
  /** The files read, the leaf first (or a label for an inline template). */
  files: string[]
}

export interface ChainOptions {
  kind: TemplateKind
  /** Directory for relative paths of an inline (object or text) template. */
  baseDir: string
  /** Label used in errors for an inline template. */
  inlineLabel: string
  /** Makes the doc's file paths absolute, relative to `dir` (the directory of the file they are in). */
  rebase: (doc: Doc, dir: string) => void
}

export const isDoc = (v: unknown): v is Doc => typeof v === 'object' && v !== null && !Array.isArray(v)

/** Load `input` (a path, or an already-parsed document) with its `extends` chain. */
export async function loadTemplateChain(
  input: string | Doc,
  opts: ChainOptions,
  text?: string,
): Promise<TemplateChain> {
  const problems = new TemplateProblems()
  const docs: Doc[] = []
  const files: string[] = []
  type Step = { doc: unknown; file: string; dir: string }
  let current: Step | undefined
  if (text !== undefined)
    current = { doc: parseText(text, opts.inlineLabel, problems), file: opts.inlineLabel, dir: opts.baseDir }
  else if (typeof input === 'string') {
    const file = path.resolve(opts.baseDir, input)
    current = { doc: await readDoc(file, problems), file, dir: path.dirname(file) }
  } else current = { doc: structuredClone(input), file: opts.inlineLabel, dir: opts.baseDir }

  while (current) {
    const { doc, file, dir }: Step = current
    files.push(file)
    current = undefined
    if (doc === undefined) break
    if (!isDoc(doc)) {
      problems.add(file, '', 'expected a mapping of keys to values at the top level')
      break
    }
    const ext = doc.extends
    const lines = schemaProblems(opts.kind, doc).filter(
      l => !(ext !== undefined && /^\w+: required$/.test(l)),
    )
    problems.addLines(file, lines)
    opts.rebase(doc, dir)
    docs.push(doc)
    if (typeof ext !== 'string') break
    const next = path.resolve(dir, ext)
    if (files.includes(next)) {
      problems.add(file, 'extends', `cycle: ${[...files, next].map(f => path.basename(f)).join(' -> ')}`)
      break
    }
    current = { doc: await readDoc(next, problems, file), file: next, dir: path.dirname(next) }
  }
  problems.throwIfAny(`${opts.kind} template`)

  let data: Doc = {}
  for (const d of docs.reverse()) data = deepMerge(data, d)
  delete data.extends
  delete data.$schema
  if (docs.length > 1) {
    // A base may leave out what the leaf supplies, so top-level `required` is checked on the merged result.
    const missing = schemaProblems(opts.kind, data).filter(l => /^\w+: required$/.test(l))
    problems.addLines(files[0], missing)
    problems.throwIfAny(`${opts.kind} template`)
  }
  return { data, files }
}

/** Child wins; objects merge key by key; arrays and scalars replace. */
export function deepMerge(base: Doc, child: Doc): Doc {
  const out: Doc = { ...base }
  for (const [k, v] of Object.entries(child)) {
    const b = out[k]
    out[k] = isDoc(b) && isDoc(v) ? deepMerge(b, v) : v
  }
  return out
}

async function readDoc(file: string, problems: TemplateProblems, from?: string): Promise<unknown> {
  let text: string
  try {
    // Bounded and regular files only: `--app /dev/zero` or a FIFO must fail at once, not fill memory or hang.
    text = (await readBoundedFile(file, file, INPUT_LIMITS.template)).toString('utf8')
  } catch (e) {
    const why = (e instanceof Error ? e.message : String(e)).replace(`${file}: `, '')
    if (from) problems.add(from, 'extends', `${file}: ${why}`)
    else problems.add(file, '', why)
    return undefined
  }
  return parseText(text, file, problems)
}

/** Parse YAML or JSON text; syntax errors become `file:line:col: message` problems. */
export function parseText(text: string, label: string, problems: TemplateProblems): unknown {
  const doc = YAML.parseDocument(text, { uniqueKeys: true, prettyErrors: true })
  if (doc.errors.length) {
    for (const e of doc.errors) {
      const pos = e.linePos?.[0]
      const where = pos ? `${label}:${pos.line}:${pos.col}` : label
      problems.lines.push(`${where}: ${e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '')}`)
    }
    return undefined
  }
  let value: unknown
  try {
    value = doc.toJS()
  } catch (e) {
    // yaml refuses alias bombs ("Excessive alias count…") while building the value; name the file.
    problems.add(label, '', `${e instanceof Error ? e.message : String(e)}; use fewer YAML aliases (*name)`)
    return undefined
  }
  if (value === null || value === undefined) {
    problems.add(label, '', 'the template is empty')
    return undefined
  }
  return value
}
