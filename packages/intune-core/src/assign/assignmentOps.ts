/**
 * The single-assignment writes that turn the app's current set into the desired one. Only targets whose
 * assignment must change are touched: an assignment we don't manage is carried over verbatim by the plan,
 * equals what Graph holds, and so gives no write at all. That is what keeps an admin's edit made while
 * we upload (reliability review F1) out of harm's way; `assign`, which replaces the whole set, is not used.
 */
import type { GraphMobileAppAssignment } from '../templates/toGraphAssignment'
import { assignmentDifferences, targetKey } from './assignmentIdentity'
import type { GraphAssignment } from './shared'

export type AssignmentOp =
  /** POST …/assignments: a target the app has no assignment for. */
  | { kind: 'add'; key: string; body: GraphMobileAppAssignment }
  /** DELETE …/assignments/{id} then POST: Intune keeps one assignment per target, and its id encodes the intent. */
  | { kind: 'replace'; key: string; id: string; previous: GraphAssignment; body: GraphMobileAppAssignment }
  /** DELETE …/assignments/{id}: replace mode only (the plan leaves a foreign target out of `desired`). */
  | { kind: 'remove'; key: string; id: string; previous: GraphAssignment }

export function assignmentOps(
  current: readonly GraphAssignment[],
  desired: readonly GraphMobileAppAssignment[],
): AssignmentOp[] {
  const have = new Map<string, GraphAssignment>()
  for (const a of current) if (!have.has(targetKey(a.target))) have.set(targetKey(a.target), a)
  const ops: AssignmentOp[] = []
  const wanted = new Set<string>()
  for (const body of desired) {
    const key = targetKey(body.target)
    wanted.add(key)
    const cur = have.get(key)
    if (!cur) ops.push({ kind: 'add', key, body })
    else if (assignmentDifferences(cur, body).length)
      ops.push({ kind: 'replace', key, id: String(cur.id), previous: cur, body })
  }
  for (const [key, cur] of have)
    if (!wanted.has(key)) ops.push({ kind: 'remove', key, id: String(cur.id), previous: cur })
  return ops
}
