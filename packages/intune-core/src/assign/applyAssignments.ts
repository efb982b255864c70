/**
 * Reads an app's assignments and writes a planned change, one assignment at a time.
 *
 * Race (reliability review F1): the plan is made before the upload, minutes before the write. Posting its
 * full set to `assign` (which replaces the whole set) wiped an assignment an admin added meanwhile. So the
 * write re-reads the set, re-plans from that read, and then adds, replaces or deletes only the assignments
 * of targets the plan manages (POST …/assignments, DELETE …/assignments/{id}, as IntuneWin32App does).
 * Other assignments get no write at all. Afterwards it reads again and checks that Intune shows what we
 * wrote. What remains is in docs/assignments.md ("Concurrent edits").
 *
 * Intune refuses assignment writes until the app is published, so the write first waits for publishingState
 * `published` (with a deadline) and then retries the one 400 that says "not 'Published'" for a bounded time.
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import { waitFor } from '../publish/waitFor'
import { assignmentOps, type AssignmentOp } from './assignmentOps'
import { describeTarget } from './assignmentIdentity'
import { forPosting, type AssignmentPlan } from './planAssignments'
import { endpoints } from '../graph/endpoints'
import type { GraphVersion } from '../graph/createGraphClient'
import { isGraphStatus, type AssignGraph, type GraphAssignment } from './shared'

/** The app's current assignments, read through beta so filters and beta-only settings come back too. */
export function readAssignments(graph: AssignGraph, appId: string): Promise<GraphAssignment[]> {
  const r = endpoints.readAssignments(appId)
  return graph.list<GraphAssignment>(r.path, { version: r.version })
}

export interface ApplyAssignmentsOptions {
  /** Resolves once the app is published; default: poll the app's publishingState. */
  waitForPublished?: () => Promise<void>
  /** Overall deadline for waiting and retrying (default 10 minutes). */
  deadlineMs?: number
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>
}

const NOT_PUBLISHED = /PublishingState is not 'Published'/i
/** Intune's answer when a target got an assignment between our read and our POST. */
const TARGET_TAKEN = /already has an assignment for this target/i
const MAX_CONFLICTS = 3

/** Waits until the app's publishingState is `published`. */
export function waitForAppPublished(
  graph: AssignGraph,
  appId: string,
  opts: Pick<ApplyAssignmentsOptions, 'deadlineMs' | 'sleep'> = {},
  version: GraphVersion = 'v1.0',
): Promise<void> {
  const r = endpoints.appState(appId, version)
  return waitFor(
    async () => {
      const app = await graph.get<{ publishingState?: string }>(r.path, { version: r.version })
      return app.publishingState === 'published'
        ? { done: true, value: undefined }
        : { done: false, state: app.publishingState }
    },
    { what: `app ${appId} to be published`, deadlineMs: opts.deadlineMs ?? 600_000, sleep: opts.sleep },
  )
}

/** Deletes one assignment by id; one that is already gone (an admin removed it) is the outcome we wanted. */
export async function removeAssignment(graph: AssignGraph, appId: string, id: string): Promise<void> {
  const r = endpoints.deleteAssignment(appId, id)
  await graph.delete(r.path, { version: r.version }).catch((e: unknown) => {
    if (!isGraphStatus(e, 404)) throw e
  })
}

/** Adds one assignment (POST …/assignments): nothing else of the app's set is touched. */
export async function addAssignment(
  graph: AssignGraph,
  appId: string,
  body: Record<string, unknown>,
  version: GraphVersion,
): Promise<void> {
  const r = endpoints.postAssignment(appId, version)
  await graph.post(r.path, body, { version: r.version })
}

async function runOp(graph: AssignGraph, appId: string, op: AssignmentOp, version: GraphVersion) {
  const post = endpoints.postAssignment(appId, version)
  const remove = (id: string) => removeAssignment(graph, appId, id)
  if (op.kind === 'remove') return remove(op.id)
  if (op.kind === 'replace') await remove(op.id)
  try {
    await graph.post(post.path, op.body, { version: post.version })
  } catch (e) {
    // Put the old one back rather than leave the target unassigned; report the real failure either way.
    if (op.kind === 'replace')
      await graph.post(post.path, forPosting(op.previous), { version: post.version }).catch(() => undefined)
    throw e
  }
}

const refusedAs = (e: unknown, re: RegExp) =>
  e instanceof IntunePublishError && e.status === 400 && re.test(e.message)

/** Writes the plan's changes (re-planned from a fresh read). Returns whether it wrote. */
export async function applyAssignments(
  graph: AssignGraph,
  appId: string,
  plan: AssignmentPlan,
  opts: ApplyAssignmentsOptions = {},
): Promise<boolean> {
  if (!plan.hasChanges) return false
  const deadlineMs = opts.deadlineMs ?? 600_000
  const started = Date.now()
  await (opts.waitForPublished ?? (() => waitForAppPublished(graph, appId, opts, plan.version)))()
  let conflicts = 0
  let wrote = false
  await waitFor(
    async () => {
      // The read and the writes are as close together as Graph allows: one GET, then only our targets.
      const current = await readAssignments(graph, appId)
      const fresh = plan.replan(current)
      const ops = assignmentOps(current, fresh.desired)
      try {
        for (const op of ops) {
          await runOp(graph, appId, op, fresh.version)
          wrote = true
        }
        return { done: true, value: undefined }
      } catch (e) {
        if (refusedAs(e, NOT_PUBLISHED)) return { done: false, state: 'refused: not published yet' }
        if (refusedAs(e, TARGET_TAKEN) && ++conflicts < MAX_CONFLICTS)
          return { done: false, state: 'a target was assigned meanwhile; reading again' }
        throw e
      }
    },
    {
      what: `Intune to accept assignments for app ${appId}`,
      deadlineMs: Math.max(deadlineMs - (Date.now() - started), 1_000),
      initialDelayMs: 2_000,
      sleep: opts.sleep,
    },
  ).catch((e: unknown) => {
    if (e instanceof IntunePublishError && e.code === ErrorCodes.Timeout)
      throw new IntunePublishError(ErrorCodes.Timeout, e.message, {
        fix: 'The app is uploaded; run again to apply the assignments (the run is idempotent).',
      })
    throw e
  })
  await checkWritten(graph, appId, plan)
  return wrote
}

/** Reads the set back: every target the plan manages must now show what we wrote. */
async function checkWritten(graph: AssignGraph, appId: string, plan: AssignmentPlan): Promise<void> {
  const after = await readAssignments(graph, appId)
  const left = assignmentOps(after, plan.replan(after).desired)
  if (!left.length) return
  const what = left.map(
    op => `${op.kind} ${describeTarget(op.kind === 'add' ? op.body.target : op.previous.target, {})}`,
  )
  throw new IntunePublishError(
    ErrorCodes.AssignmentInvalid,
    `Intune does not show the assignments just written for app ${appId} (still to ${what.join(', ')}).`,
    { fix: 'Someone may be editing the same assignments right now; run again once they are done.' },
  )
}
