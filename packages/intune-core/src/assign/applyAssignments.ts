/**
 * Reads an app's assignments and writes a planned set. Intune refuses `assign` until the app is
 * published, so the write first waits for publishingState `published` (with a deadline) and then retries
 * the one 400 that says "not 'Published'" for a bounded time: the state can lag behind the read.
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import { waitFor } from '../publish/waitFor'
import type { AssignmentPlan } from './planAssignments'
import { APPS, type AssignGraph, type GraphAssignment } from './shared'

/** The app's current assignments, read through beta so filters and beta-only settings come back too. */
export function readAssignments(graph: AssignGraph, appId: string): Promise<GraphAssignment[]> {
  return graph.list<GraphAssignment>(`${APPS}/${appId}/assignments`, { version: 'beta' })
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

/** Waits until the app's publishingState is `published`. */
export function waitForAppPublished(
  graph: AssignGraph,
  appId: string,
  opts: Pick<ApplyAssignmentsOptions, 'deadlineMs' | 'sleep'> = {},
): Promise<void> {
  return waitFor(
    async () => {
      const app = await graph.get<{ publishingState?: string }>(`${APPS}/${appId}?$select=publishingState`)
      return app.publishingState === 'published'
        ? { done: true, value: undefined }
        : { done: false, state: app.publishingState }
    },
    { what: `app ${appId} to be published`, deadlineMs: opts.deadlineMs ?? 600_000, sleep: opts.sleep },
  )
}

/** Posts the plan's full set to `assign` when it changes anything. Returns whether it wrote. */
export async function applyAssignments(
  graph: AssignGraph,
  appId: string,
  plan: AssignmentPlan,
  opts: ApplyAssignmentsOptions = {},
): Promise<boolean> {
  if (!plan.hasChanges) return false
  const deadlineMs = opts.deadlineMs ?? 600_000
  const started = Date.now()
  await (opts.waitForPublished ?? (() => waitForAppPublished(graph, appId, opts)))()
  const body = { mobileAppAssignments: plan.desired }
  await waitFor(
    async () => {
      try {
        // `assign` replaces the whole set: sending it twice is harmless, so a 5xx is retried.
        await graph.post(`${APPS}/${appId}/assign`, body, { version: plan.version, idempotent: true })
        return { done: true, value: undefined }
      } catch (e) {
        if (e instanceof IntunePublishError && e.status === 400 && NOT_PUBLISHED.test(e.message))
          return { done: false, state: 'assign refused: not published yet' }
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
  return true
}
