/**
 * Works out the app's full assignment set from what it has now and the template, without a write. The plan
 * carries the complete desired list: in merge mode every assignment the template doesn't target is carried
 * over verbatim (so it gives no write); in replace mode it is dropped (so it is deleted).
 */
import type { AppType } from '../packages/types'
import type { PublishPlan, AssignmentChange } from '../plan/types'
import type { AssignmentPlanInput, AssignmentTemplate } from '../templates/assignmentTemplate'
import { assignmentsVersion, type GraphVersion } from '../templates/graphVersion'
import {
  assignmentProblemsForApp,
  guardrailProblems,
  toGraphAssignment,
  type GraphMobileAppAssignment,
  type ResolvedIds,
} from '../templates/toGraphAssignment'
import { assignmentDifferences, canonical, describeTarget, targetKey } from './assignmentIdentity'
import { assignmentError, type GraphAssignment } from './shared'

export interface PlanAssignmentsInput {
  /** The app's assignments as read with `readAssignments` (beta); [] for a new app. */
  current: GraphAssignment[]
  template: AssignmentTemplate
  appType: AppType
  /** From resolveDirectory (names are used for plan text when present). */
  resolved: ResolvedIds & { names?: Record<string, string> }
  now: Date
  modeOverride?: 'merge' | 'replace'
  /** Guardrail opt-out given outside the template (a CLI flag / action input). */
  allowRequiredToAll?: boolean
  /**
   * Resolve relative install times (`+3d`) against `now` even where the target already has a time. Set it
   * when new content is published; otherwise a time applied by an earlier run is kept, so re-runs are no-ops.
   */
  renewRelativeTimes?: boolean
}

export interface AssignmentPlan {
  changes: PublishPlan['assignments']
  /** The complete set to post to `assign` (ids and read-only properties removed). */
  desired: GraphMobileAppAssignment[]
  version: GraphVersion
  /** Anything added, changed or removed: assignments are written only then. */
  hasChanges: boolean
  /**
   * The same plan made again from a fresh read of the app's assignments: applyAssignments calls it right
   * before writing, so an assignment an admin added or changed since this plan was made is respected.
   */
  replan(current: GraphAssignment[]): AssignmentPlan
}

const FIX = 'Fix the assignment template (docs/assignments.md explains the rules and the opt-outs).'

export function planAssignments(input: PlanAssignmentsInput): AssignmentPlan {
  const { template, appType, resolved, now } = input
  const mode = input.modeOverride ?? template.mode
  const guardrails = guardrailProblems({
    ...template,
    guardrails: {
      ...template.guardrails,
      allowRequiredToAll: template.guardrails.allowRequiredToAll || input.allowRequiredToAll === true,
    },
  })
  const problems = [...assignmentProblemsForApp(template, appType), ...guardrails]
  if (problems.length) throw assignmentError(problems, FIX)

  const wanted = templateAssignments(template.entries, appType, resolved, now)
  const current = new Map<string, GraphAssignment>()
  for (const a of input.current) if (!current.has(targetKey(a.target))) current.set(targetKey(a.target), a)

  const names = resolved.names ?? {}
  const describe = (a: GraphAssignment, details?: string): AssignmentChange => ({
    target: describeTarget(a.target, names),
    intent: a.intent,
    ...(details ? { details } : {}),
  })
  const changes: PublishPlan['assignments'] = { mode, added: [], changed: [], removed: [], kept: [] }
  const desired: GraphMobileAppAssignment[] = []

  for (const [key, cur] of current) {
    const want = wanted.get(key)
    if (!want) {
      if (mode === 'replace') changes.removed.push(describe(cur, 'not in the template (replace mode)'))
      else {
        changes.kept.push(describe(cur, 'not in the template; kept (merge mode)'))
        desired.push(forPosting(cur))
      }
      continue
    }
    const effective = withCurrent(want.body, want.entry, cur, input.renewRelativeTimes === true)
    const diff = assignmentDifferences(cur, effective)
    if (diff.length) changes.changed.push(describe(effective, diff.join('; ')))
    else changes.kept.push(describe(effective))
    desired.push(effective)
  }
  for (const [key, want] of wanted)
    if (!current.has(key)) {
      changes.added.push(describe(want.body))
      desired.push(want.body)
    }

  return {
    changes,
    desired,
    version: assignmentsVersion(
      appType,
      desired.map(a => ({ target: a.target, body: canonical(a) as Record<string, unknown> })),
    ),
    hasChanges: changes.added.length + changes.changed.length + changes.removed.length > 0,
    replan: fresh => planAssignments({ ...input, current: fresh }),
  }
}

interface Wanted {
  entry: AssignmentPlanInput
  body: GraphMobileAppAssignment
}

/** The template's assignments by target; the same target twice must say the same thing. */
function templateAssignments(
  entries: AssignmentPlanInput[],
  appType: AppType,
  resolved: ResolvedIds,
  now: Date,
): Map<string, Wanted> {
  const out = new Map<string, Wanted>()
  const problems: string[] = []
  for (const entry of entries) {
    const body = toGraphAssignment(entry, appType, resolved, now)
    const key = targetKey(body.target)
    const prior = out.get(key)
    if (!prior) out.set(key, { entry, body })
    else if (prior.body.intent !== body.intent)
      problems.push(
        `${entry.origin}: the same target is already ${prior.body.intent} in ${prior.entry.origin}; Intune allows one intent per target (remove one)`,
      )
    else if (assignmentDifferences(prior.body, body).length)
      problems.push(
        `${entry.origin}: the same target is in ${prior.entry.origin} with other settings or filter; Intune keeps one assignment per target (merge them)`,
      )
  }
  if (problems.length) throw assignmentError(problems, FIX)
  return out
}

/**
 * The template's assignment for a target the app already has: settings the template doesn't set are
 * carried over from the current one, and relative times keep the value an earlier run applied.
 */
function withCurrent(
  want: GraphMobileAppAssignment,
  entry: AssignmentPlanInput,
  cur: GraphAssignment,
  renewRelativeTimes: boolean,
): GraphMobileAppAssignment {
  const curSettings = cur.settings ?? null
  let settings = want.settings
  if (settings === null) settings = curSettings
  else if (curSettings && curSettings['@odata.type'] === settings['@odata.type'])
    settings = { ...stripNoise(curSettings), ...settings }
  const time = entry.settings?.win32?.installTime
  const curTime = curSettings?.installTimeSettings as Record<string, unknown> | null | undefined
  if (settings && time && curTime && !renewRelativeTimes) {
    const t = { ...(settings.installTimeSettings as Record<string, unknown>) }
    if (time.availability?.trim().startsWith('+') && curTime.startDateTime)
      t.startDateTime = curTime.startDateTime
    if (time.deadline?.trim().startsWith('+') && curTime.deadlineDateTime)
      t.deadlineDateTime = curTime.deadlineDateTime
    settings = { ...settings, installTimeSettings: t }
  }
  return { ...want, settings }
}

function stripNoise(o: Record<string, unknown>): Record<string, unknown> {
  const { id: _id, source: _s, sourceId: _sid, '@odata.context': _c, ...rest } = o
  return rest
}

/** A current assignment as we re-post it: everything but the read-only and identity properties. */
export function forPosting(a: GraphAssignment): GraphMobileAppAssignment {
  return {
    '@odata.type': '#microsoft.graph.mobileAppAssignment',
    intent: a.intent,
    target: { ...a.target },
    settings: a.settings ? { ...a.settings } : null,
  }
}
