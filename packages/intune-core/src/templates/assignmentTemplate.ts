/**
 * Assignment templates: who gets an app and how. Loaded from a path, YAML/JSON text or an object, checked
 * against the shipped schema and normalized into one AssignmentPlanInput per Graph target (an entry's
 * `exclude:` list becomes exclusion targets with the same intent). Names stay unresolved here.
 */
import path from 'node:path'
import { TemplateProblems } from './templateErrors'
import { isDoc, loadTemplateChain, parseText, type Doc } from './templateFile'
import { timeProblem } from './relativeTime'
import { readRelease, ringAssignments, type ReleaseSettings } from './ringTemplate'

export type AssignmentIntent = 'required' | 'available' | 'uninstall' | 'availableWithoutEnrollment'
export const ASSIGNMENT_INTENTS: AssignmentIntent[] = [
  'required',
  'available',
  'uninstall',
  'availableWithoutEnrollment',
]

export type AssignmentTargetInput =
  | { kind: 'group'; groupId?: string; groupName?: string }
  | { kind: 'exclusionGroup'; groupId?: string; groupName?: string }
  | { kind: 'allUsers' }
  | { kind: 'allDevices' }

export interface AssignmentFilterInput {
  id?: string
  name?: string
  mode: 'include' | 'exclude'
}

export interface Win32AssignmentSettingsInput {
  notifications?: 'showAll' | 'showReboot' | 'hideAll'
  deliveryOptimizationPriority?: 'notConfigured' | 'foreground'
  /** Absolute ISO or relative (`+3d`) times, resolved by toGraphAssignment against `now`. */
  installTime?: { availability?: string; deadline?: string; useLocalTime?: boolean }
  restart?: {
    gracePeriodInMinutes?: number
    countdownDisplayBeforeRestartInMinutes?: number
    restartNotificationSnoozeDurationInMinutes?: number
  }
  autoUpdateSupersededApps?: boolean
}

export interface AssignmentSettingsInput {
  win32?: Win32AssignmentSettingsInput
  ios?: {
    isRemovable?: boolean
    uninstallOnDeviceRemoval?: boolean
    vpnConfigurationId?: string
    preventManagedAppBackup?: boolean
  }
  macos?: { uninstallOnDeviceRemoval?: boolean }
  msix?: { useDeviceContext?: boolean }
}

/** One Graph assignment to make: an intent on one target. */
export interface AssignmentPlanInput {
  intent: AssignmentIntent
  target: AssignmentTargetInput
  /** Never set on exclusion targets. */
  filter?: AssignmentFilterInput
  /** Null/absent for exclusion targets. */
  settings?: AssignmentSettingsInput
  /** Where it came from, for messages: `pilot.yaml assignments[0]` (`.exclude[1]` for exclusions). */
  origin: string
}

export interface AssignmentTemplate {
  mode: 'merge' | 'replace'
  guardrails: { allowRequiredToAll: boolean; allowEmptyGroups: boolean }
  /** The assignments; with rings, those of the first ring (publish's default). */
  entries: AssignmentPlanInput[]
  files: string[]
  /** Rings, strategy and retention (no rings: an empty list). */
  release?: ReleaseSettings
}

export interface LoadAssignmentTemplateOptions {
  /** Directory for relative paths (and `extends`) of inline text or objects. Default: working directory. */
  baseDir?: string
  /** Label for an inline template in messages. */
  label?: string
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const looksLikeText = (s: string): boolean =>
  /\n/.test(s) || /^\s*[[{]/.test(s) || /^\s*[\w$-]+\s*:\s/.test(s)

/**
 * Load an assignment template from a file path, YAML/JSON text, or an object (a bare array is taken as the
 * list of assignments). Throws TEMPLATE_INVALID listing every problem, one line each.
 */
export async function loadAssignmentTemplate(
  input: string | Record<string, unknown> | unknown[],
  opts: LoadAssignmentTemplateOptions = {},
): Promise<AssignmentTemplate> {
  const baseDir = path.resolve(opts.baseDir ?? process.cwd())
  const label = opts.label ?? '<assignment template>'
  const chainOpts = { kind: 'assignment' as const, baseDir, inlineLabel: label, rebase: () => undefined }
  let chain
  if (typeof input === 'string' && looksLikeText(input)) {
    const problems = new TemplateProblems()
    const parsed = parseText(input, label, problems)
    problems.throwIfAny('assignment template')
    chain = await loadTemplateChain(asDoc(parsed), chainOpts)
  } else chain = await loadTemplateChain(typeof input === 'string' ? input : asDoc(input), chainOpts)

  const { data, files } = chain
  const file = files[0].startsWith('<') ? files[0] : path.basename(files[0])
  const problems = new TemplateProblems()
  const entries: AssignmentPlanInput[] = []
  for (const [i, raw] of ((data.assignments as Doc[] | undefined) ?? []).entries())
    entries.push(...normalizeEntry(raw, `assignments[${i}]`, file, problems))
  const release = readRelease(data, file, problems, normalizeEntry)
  problems.throwIfAny('assignment template')
  const g = (data.guardrails as Doc | undefined) ?? {}
  return {
    mode: (data.mode as 'merge' | 'replace' | undefined) ?? 'merge',
    guardrails: {
      allowRequiredToAll: g.allowRequiredToAll === true,
      allowEmptyGroups: g.allowEmptyGroups === true,
    },
    entries: release.rings.length ? ringAssignments(release.rings, 0).entries : entries,
    files,
    release,
  }
}

function asDoc(v: unknown): Doc {
  if (Array.isArray(v)) return { assignments: v }
  return v as Doc
}

function normalizeEntry(e: Doc, at: string, file: string, problems: TemplateProblems): AssignmentPlanInput[] {
  const intent = e.intent as AssignmentIntent
  const origin = `${file} ${at}`
  const kinds = ['group', 'groupId', 'allUsers', 'allDevices'].filter(k => e[k] !== undefined)
  let target: AssignmentTargetInput | undefined
  if (e.group !== undefined && e.groupId !== undefined)
    problems.add(file, at, 'give either groupId or group (a display name), not both')
  else if (kinds.length !== 1)
    problems.add(
      file,
      at,
      `needs exactly one target: group, groupId, allUsers: true or allDevices: true (got ${kinds.join(', ') || 'none'})`,
    )
  else if (e.group !== undefined) target = { kind: 'group', groupName: e.group as string }
  else if (e.groupId !== undefined) target = { kind: 'group', groupId: e.groupId as string }
  else target = e.allUsers ? { kind: 'allUsers' } : { kind: 'allDevices' }

  const filter = e.filter as Doc | undefined
  if (filter && (filter.id === undefined) === (filter.name === undefined))
    problems.add(file, `${at}.filter`, 'give exactly one of id or name')
  if (intent === 'available' && target?.kind === 'allDevices')
    problems.add(
      file,
      at,
      "Intune can't make an app available to All devices; target users (allUsers or a user group)",
    )

  const settings = e.settings as AssignmentSettingsInput | undefined
  const time = settings?.win32?.installTime
  for (const k of ['availability', 'deadline'] as const) {
    const v = time?.[k]
    const p = v === undefined ? undefined : timeProblem(v)
    if (p) problems.add(file, `${at}.settings.win32.installTime.${k}`, p)
  }
  if (time?.deadline !== undefined && intent === 'available')
    problems.add(
      file,
      `${at}.settings.win32.installTime.deadline`,
      'a deadline applies to required or uninstall assignments, not available',
    )

  const out: AssignmentPlanInput[] = []
  if (target) {
    const entry: AssignmentPlanInput = { intent, target, origin }
    if (filter)
      entry.filter = {
        ...(filter.id ? { id: filter.id as string } : { name: filter.name as string }),
        mode: filter.mode as 'include' | 'exclude',
      }
    if (settings) entry.settings = settings
    out.push(entry)
  }
  for (const [j, x] of ((e.exclude as unknown[] | undefined) ?? []).entries()) {
    const xAt = `${at}.exclude[${j}]`
    if (isDoc(x) && x.filter !== undefined) {
      problems.add(
        file,
        `${xAt}.filter`,
        "Intune can't apply an assignment filter to an excluded group; remove the filter",
      )
      continue
    }
    if (isDoc(x) && x.group !== undefined && x.groupId !== undefined) {
      problems.add(file, xAt, 'give either groupId or group (a display name), not both')
      continue
    }
    if (isDoc(x) && x.group === undefined && x.groupId === undefined) {
      problems.add(file, xAt, 'needs group (a display name) or groupId')
      continue
    }
    const o = x as Doc
    const ref =
      typeof x === 'string'
        ? GUID.test(x)
          ? { groupId: x }
          : { groupName: x }
        : o.groupId
          ? { groupId: o.groupId as string }
          : { groupName: o.group as string }
    out.push({ intent, target: { kind: 'exclusionGroup', ...ref }, origin: `${origin}.exclude[${j}]` })
  }
  return out
}
