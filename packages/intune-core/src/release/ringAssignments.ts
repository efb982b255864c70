/**
 * The assignment plan for putting an app into a ring: the rings' assignments up to it merged into what
 * the app has (merge rules as for publish), and the targets a `replace` ring retires taken away. Only
 * those retired targets are removed; anything else the app has and the template doesn't name is kept.
 */
import {
  describeTarget,
  planAssignments,
  targetKey,
  type AssignmentPlan,
  type GraphAssignment,
} from '../assign'
import type { ResolvedDirectory } from '../assign/resolveDirectory'
import type { AppType } from '../packages/types'
import type { AssignmentTemplate } from '../templates/assignmentTemplate'
import { ringAssignments } from '../templates/ringTemplate'
import { toGraphAssignment } from '../templates/toGraphAssignment'

/** The template as publish and promote see it for ring `index`: that ring's cumulative entries. */
export function templateForRing(t: AssignmentTemplate, index: number): AssignmentTemplate {
  const rings = t.release?.rings ?? []
  if (!rings.length) return t
  return { ...t, entries: ringAssignments(rings, index).entries }
}

/** Entries whose names must be resolved for ring `index` (its own and those it retires). */
export function directoryTemplate(t: AssignmentTemplate, index: number): AssignmentTemplate {
  const { entries, retired } = ringAssignments(t.release?.rings ?? [], index)
  return { ...t, entries: [...entries, ...retired] }
}

export interface RingPlanInput {
  current: GraphAssignment[]
  template: AssignmentTemplate
  index: number
  appType: AppType
  resolved: ResolvedDirectory
  now: Date
  allowRequiredToAll?: boolean
}

export function planRingAssignments(x: RingPlanInput): AssignmentPlan {
  const plan = planAssignments({
    current: x.current,
    template: templateForRing(x.template, x.index),
    appType: x.appType,
    resolved: x.resolved,
    now: x.now,
    allowRequiredToAll: x.allowRequiredToAll,
    renewRelativeTimes: true,
  })
  return retire(plan, x, x.current)
}

/** Takes the retired targets out of a plan; kept across replan (applyAssignments re-plans on a fresh read). */
function retire(plan: AssignmentPlan, x: RingPlanInput, current: GraphAssignment[]): AssignmentPlan {
  const { retired } = ringAssignments(x.template.release?.rings ?? [], x.index)
  if (!retired.length) return plan
  const retiredKeys = new Set(
    retired.map(e => targetKey(toGraphAssignment(e, x.appType, x.resolved, x.now).target)),
  )
  const gone = current.filter(a => retiredKeys.has(targetKey(a.target)))
  if (!gone.length) return { ...plan, replan: cur => retire(plan.replan(cur), x, cur) }
  const goneKeys = new Set(gone.map(a => targetKey(a.target)))
  const names = x.resolved.names ?? {}
  const label = (a: GraphAssignment) => describeTarget(a.target, names)
  const changes = {
    ...plan.changes,
    kept: plan.changes.kept.filter(k => !gone.some(g => label(g) === k.target && g.intent === k.intent)),
    removed: [
      ...plan.changes.removed,
      ...gone.map(a => ({ target: label(a), intent: a.intent, details: 'replaced by a later ring' })),
    ],
  }
  return {
    ...plan,
    changes,
    desired: plan.desired.filter(d => !goneKeys.has(targetKey(d.target))),
    hasChanges: true,
    replan: cur => retire(plan.replan(cur), x, cur),
  }
}
