/**
 * Rings in an assignment template: named stages (pilot, broad, …) whose assignments add up in order. A
 * ring may wait (`after: +3d` in the previous ring) and may gate on install health. A ring with
 * `replace: true` drops the earlier rings' targets, e.g. available to a pilot becoming required to all.
 * The schema checks the shape; this module checks what spans rings and works out a ring's assignments.
 */
import type { AssignmentPlanInput } from './assignmentTemplate'
import type { TemplateProblems } from './templateErrors'
import type { Doc } from './templateFile'

export interface RingGate {
  /** installed / (installed + failed). */
  minSuccessRate?: number
  minInstalled?: number
  maxFailed?: number
}

export interface Ring {
  name: string
  /** `+3d`: time the app must have spent in the previous ring. */
  after?: string
  gate?: RingGate
  replace: boolean
  entries: AssignmentPlanInput[]
}

export type ReleaseStrategy = 'update' | 'new-app-per-version'

export interface ReleaseSettings {
  rings: Ring[]
  strategy: ReleaseStrategy
  /** Previous versions kept (new-app-per-version). */
  retain: number
}

export const DEFAULT_RETAIN = 2

type Normalize = (raw: Doc, at: string, file: string, problems: TemplateProblems) => AssignmentPlanInput[]

/** Reads `rings`, `strategy` and `retain` from a schema-checked template document. */
export function readRelease(
  data: Doc,
  file: string,
  problems: TemplateProblems,
  normalize: Normalize,
): ReleaseSettings {
  const rawRings = (data.rings as Doc[] | undefined) ?? []
  if (rawRings.length && data.assignments !== undefined)
    problems.add(file, 'rings', 'give either assignments or rings, not both (put the assignments in a ring)')
  if (!rawRings.length && data.assignments === undefined)
    problems.add(file, 'assignments', 'required (or rings: a list of named rings with their assignments)')
  const rings: Ring[] = []
  for (const [i, r] of rawRings.entries()) {
    const name = String(r.name)
    if (rings.some(x => x.name.toLowerCase() === name.toLowerCase()))
      problems.add(file, `rings[${i}].name`, `ring '${name}' is named twice`)
    const entries: AssignmentPlanInput[] = []
    for (const [j, e] of ((r.assignments as Doc[] | undefined) ?? []).entries())
      entries.push(...normalize(e, `rings[${i}].assignments[${j}]`, file, problems))
    rings.push({
      name,
      after: r.after as string | undefined,
      gate: r.gate as RingGate | undefined,
      replace: r.replace === true,
      entries,
    })
  }
  if (rings[0]?.after !== undefined)
    problems.add(file, 'rings[0].after', 'the first ring has no ring before it to wait in; remove after')
  return {
    rings,
    strategy: (data.strategy as ReleaseStrategy | undefined) ?? 'update',
    retain: typeof data.retain === 'number' ? data.retain : DEFAULT_RETAIN,
  }
}

/** The key two entries share when they name the same Intune target (type plus group). */
function entryKey(e: AssignmentPlanInput): string {
  const t = e.target
  const ref = t.kind === 'group' || t.kind === 'exclusionGroup' ? (t.groupId ?? `name:${t.groupName}`) : ''
  return `${t.kind}|${ref.toLowerCase()}`
}

export interface RingAssignments {
  /** What the app should have once in the ring: every ring up to it, a later ring's entry winning its target. */
  entries: AssignmentPlanInput[]
  /** Earlier rings' entries a `replace` ring took away: removed from the app, nothing else is. */
  retired: AssignmentPlanInput[]
}

export function ringIndex(rings: Ring[], name: string): number {
  return rings.findIndex(r => r.name.toLowerCase() === name.toLowerCase())
}

/** The assignments of `rings[upTo]`, counting the rings before it. */
export function ringAssignments(rings: Ring[], upTo: number): RingAssignments {
  const byTarget = new Map<string, AssignmentPlanInput>()
  const retired = new Map<string, AssignmentPlanInput>()
  for (const ring of rings.slice(0, upTo + 1)) {
    if (ring.replace) {
      for (const [k, e] of byTarget) retired.set(k, e)
      byTarget.clear()
    }
    for (const e of ring.entries) {
      byTarget.set(entryKey(e), e)
      retired.delete(entryKey(e))
    }
  }
  return { entries: [...byTarget.values()], retired: [...retired.values()] }
}
