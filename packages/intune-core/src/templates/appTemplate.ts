/**
 * Loads an app template: YAML/JSON, `extends` chain, schema check, then the friendly parts turned into
 * Graph values (icon -> largeIcon, rule shorthand -> rules, scripts -> base64). Every problem in every
 * file is reported at once, one line each.
 */
import fs from 'node:fs'
import path from 'node:path'
import { INPUT_LIMITS, readBoundedFileSync } from '../connection/boundedRead'
import { isIntunePublishError } from '../errors'
import { loadAssignmentTemplate, type AssignmentTemplate } from './assignmentTemplate'
import { checkGraphValue } from './graphMetadata'
import { readIcon } from './icon'
import { TemplateProblems } from './templateErrors'
import { isDoc, loadTemplateChain, type Doc } from './templateFile'
import { detectionRules, requirementRules, type GraphRule } from './winRules'

export interface RelationshipRef {
  id?: string
  name?: string
}
export interface SupersedenceRef extends RelationshipRef {
  type: 'update' | 'replace'
}
export interface DependencyRef extends RelationshipRef {
  type: 'autoInstall' | 'detect'
}

export interface AppTemplate {
  /** Files read, the leaf template first. */
  files: string[]
  /** Graph properties the template sets, by Graph's names (largeIcon, scripts and requirements resolved). */
  props: Record<string, unknown>
  /** Win32 rules from `detection:`, `requirements:` and verbatim `rules:` (Graph win32LobAppRule objects). */
  rules: GraphRule[]
  /** Category display names, to resolve and link with $ref. */
  categories: string[]
  /** Scope tag display names, to resolve to roleScopeTagIds. */
  scopeTags: string[]
  assignments?: AssignmentTemplate
  supersedes: SupersedenceRef[]
  dependencies: DependencyRef[]
}

export interface LoadAppTemplateOptions {
  /** Directory for relative paths when the template is an object (default: the working directory). */
  baseDir?: string
  /** Extra folders searched for a named assignment template (`assignments: pilot`). */
  assignmentTemplateDirs?: string[]
}

const FRIENDLY = new Set(['icon', 'categories', 'scopeTags', 'assignments', 'supersedes', 'dependencies'])
const FRIENDLY_WIN32 = new Set([
  'detection',
  'requirements',
  'rules',
  'preInstallScript',
  'postInstallScript',
])
const GUID = /^\{?[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\}?$/i

export async function loadAppTemplate(
  pathOrObject: string | Record<string, unknown>,
  opts: LoadAppTemplateOptions = {},
): Promise<AppTemplate> {
  const baseDir = path.resolve(opts.baseDir ?? process.cwd())
  const chain = await loadTemplateChain(pathOrObject, {
    kind: 'app',
    baseDir,
    inlineLabel: '<app template>',
    rebase: rebaseAppPaths,
  })
  const { data, files } = chain
  const problems = new TemplateProblems()
  const file = files[0]
  const props: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(data)) if (!FRIENDLY.has(k) && !FRIENDLY_WIN32.has(k)) props[k] = v
  // Checked before any write: Graph answers 413 to a huge body only after the app was created.
  for (const [k, v] of Object.entries(props))
    if (typeof v === 'string' && v.length > INPUT_LIMITS.text)
      problems.add(file, k, `is ${v.length} characters; at most ${INPUT_LIMITS.text} are allowed`)

  for (const k of ['applicableArchitectures', 'allowedArchitectures'])
    if (Array.isArray(props[k])) props[k] = (props[k] as string[]).join(',')
  if (Array.isArray(props.includedApps))
    props.includedApps = (props.includedApps as Doc[]).map(a => ({
      '@odata.type': '#microsoft.graph.macOSIncludedApp',
      ...a,
    }))

  if (typeof data.icon === 'string') {
    const icon = await readIcon(data.icon)
    if (typeof icon === 'string') problems.add(file, 'icon', icon)
    else props.largeIcon = icon
  }
  for (const k of ['preInstallScript', 'postInstallScript']) {
    if (typeof data[k] !== 'string') continue
    try {
      const content = readBoundedFileSync(data[k] as string, k, INPUT_LIMITS.script).toString('base64')
      props[k] = { '@odata.type': '#microsoft.graph.macOSAppScript', scriptContent: content }
    } catch (e) {
      problems.add(file, k, e instanceof Error ? e.message.replace(`${k}: `, '') : String(e))
    }
  }

  const rules: GraphRule[] = []
  const det = await detectionRules((data.detection as Doc[] | undefined) ?? [])
  const req = await requirementRules((data.requirements as Doc | undefined) ?? {})
  for (const p of [...det.problems, ...req.problems]) problems.add(file, p.field, p.message)
  rules.push(...det.rules, ...req.rules)
  for (const [i, r] of ((data.rules as GraphRule[] | undefined) ?? []).entries()) {
    problems.addLines(file, checkGraphValue('beta', 'win32LobAppRule', r, `rules[${i}]`))
    rules.push(r)
  }
  const scripts = rules.filter(
    r => r.ruleType === 'detection' && r['@odata.type'].endsWith('PowerShellScriptRule'),
  )
  if (scripts.length > 1)
    problems.add(file, 'detection', 'at most one script detection rule is allowed (Intune)')
  applyRequirementScalars((data.requirements as Doc | undefined) ?? {}, props, file, problems)

  let assignments: AssignmentTemplate | undefined
  if (data.assignments !== undefined) {
    try {
      assignments = await loadAssignmentTemplate(resolveAssignmentRef(data.assignments, opts, files), {
        baseDir: path.dirname(file.startsWith('<') ? path.join(baseDir, 'x') : file),
        label: `${path.basename(file)} assignments`,
      })
    } catch (e) {
      if (!isIntunePublishError(e)) throw e
      problems.lines.push(...problemLines(e.message))
    }
  }

  problems.throwIfAny('app template')
  return {
    files,
    props,
    rules,
    categories: (data.categories as string[] | undefined) ?? [],
    scopeTags: (data.scopeTags as string[] | undefined) ?? [],
    assignments,
    supersedes: refs(data.supersedes, 'update') as SupersedenceRef[],
    dependencies: refs(data.dependencies, 'autoInstall') as DependencyRef[],
  }
}

/** The problem lines of a TEMPLATE_INVALID message, without its header. */
function problemLines(message: string): string[] {
  const lines = message.split('\n')
  if (lines.length === 1) return [message.replace(/^Invalid [\w ]+?: /, '')]
  return lines.slice(1)
}

function refs(list: unknown, defaultType: string): (RelationshipRef & { type: string })[] {
  return ((list as unknown[] | undefined) ?? []).map(item => {
    if (typeof item === 'string')
      return GUID.test(item) ? { id: item, type: defaultType } : { name: item, type: defaultType }
    const o = item as Doc
    return {
      ...(o.id ? { id: o.id as string } : { name: o.name as string }),
      type: (o.type as string) ?? defaultType,
    }
  })
}

/** requirements.{architectures, minimumWindowsRelease, diskSpaceMB, ...} -> win32LobApp properties. */
function applyRequirementScalars(req: Doc, props: Doc, file: string, problems: TemplateProblems): void {
  const map: [string, string][] = [
    ['minimumWindowsRelease', 'minimumSupportedWindowsRelease'],
    ['diskSpaceMB', 'minimumFreeDiskSpaceInMB'],
    ['memoryMB', 'minimumMemoryInMB'],
    ['cpuCount', 'minimumNumberOfProcessors'],
    ['cpuSpeedMHz', 'minimumCpuSpeedInMHz'],
  ]
  for (const [short, graph] of map) {
    if (req[short] === undefined) continue
    if (props[graph] !== undefined && props[graph] !== req[short])
      problems.add(file, `requirements.${short}`, `conflicts with ${graph}; give one of them`)
    props[graph] = req[short]
  }
  if (req.architectures !== undefined) {
    const list = Array.isArray(req.architectures)
      ? (req.architectures as string[])
      : String(req.architectures).split(',')
    // v1.0 knows x86/x64/arm/neutral through applicableArchitectures; arm64 exists only in beta's allowedArchitectures.
    if (list.includes('arm64')) {
      props.allowedArchitectures = list.join(',')
      props.applicableArchitectures = 'none'
    } else props.applicableArchitectures = list.join(',')
  }
  if (props.allowedArchitectures !== undefined && props.applicableArchitectures === undefined)
    props.applicableArchitectures = 'none'
}

function rebaseAppPaths(doc: Doc, dir: string): void {
  const abs = (v: unknown): unknown => (typeof v === 'string' ? path.resolve(dir, v) : v)
  for (const k of ['icon', 'preInstallScript', 'postInstallScript']) if (k in doc) doc[k] = abs(doc[k])
  for (const d of (doc.detection as Doc[] | undefined) ?? [])
    if (isDoc(d?.script) && typeof d.script.path === 'string') d.script.path = abs(d.script.path)
  const req = doc.requirements
  if (isDoc(req) && Array.isArray(req.script))
    for (const s of req.script as Doc[]) if (isDoc(s) && typeof s.path === 'string') s.path = abs(s.path)
  if (typeof doc.assignments === 'string' && looksLikePath(doc.assignments))
    doc.assignments = abs(doc.assignments)
}

const looksLikePath = (s: string): boolean => /[\\/]/.test(s) || /\.(ya?ml|json)$/i.test(s)

/** A named assignment template is `<name>.yaml|.yml|.json` in the given dirs, the template's dir or its `assignments/`. */
function resolveAssignmentRef(ref: unknown, opts: LoadAppTemplateOptions, files: string[]): string | Doc {
  if (Array.isArray(ref)) return { assignments: ref }
  if (typeof ref !== 'string' || looksLikePath(ref)) return ref as string | Doc
  const dirs = [...(opts.assignmentTemplateDirs ?? [])]
  for (const f of files)
    if (!f.startsWith('<')) dirs.push(path.dirname(f), path.join(path.dirname(f), 'assignments'))
  dirs.push(path.resolve(opts.baseDir ?? process.cwd()))
  for (const d of dirs)
    for (const ext of ['.yaml', '.yml', '.json']) {
      const candidate = path.join(d, ref + ext)
      if (fs.existsSync(candidate)) return candidate
    }
  return path.join(dirs[0] ?? '.', `${ref}.yaml`)
}
