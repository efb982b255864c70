/**
 * Carries out a plan by walking its steps (plan/types.ts PlanStep), which planPublish put in this order:
 * content first (create, upload, commit), then the app's metadata and committedContentVersion in one
 * PATCH, then — once Intune says the app is published, because assign answers 400 before that —
 * categories, assignments and relationships.
 *
 * Failure policy: an app this run created is deleted again if the run fails before its content is
 * committed, so no "Your app is not ready yet" orphan is left. If the process dies before it can delete,
 * the next run finds the half-created app by its notes marker and reuses it (never a second app).
 */
import type { Dispatcher } from 'undici'
import { errorLine, IntunePublishError } from '../errors'
import { backoffMs, retryLoop } from '../request'
import type { Logger } from '../logger'
import type { PublishPlan } from '../plan/types'
import type { ExtraStep } from './planExtras'
import type { ContentSource } from './contentSource'
import type { GraphApp, IntuneApps } from './intuneApps'
import { renderNotes, type NotesMarker } from './notesMarker'
import { patchBody } from './patchBody'
import { uploadContentVersion } from './uploadContentVersion'
import { waitFor } from './waitFor'

export interface ExecuteInputs {
  plan: PublishPlan
  apps: IntuneApps
  body: Record<string, unknown>
  existing?: GraphApp
  marker: NotesMarker
  templateNotes?: string
  source: ContentSource
  fileName: string
  manifest: string | null
  log: Logger
  dispatcher?: Dispatcher
  concurrency?: number
  blockSize?: number
  stateDeadlineMs?: number
  /** Looks the app up by identity: after an ambiguous create failure, before trying again. */
  findAgain: () => Promise<GraphApp | undefined>
  /** The plan's categories, assignments and relationships steps: run after the app is published. */
  afterPublished?: (appId: string, step: ExtraStep) => Promise<void>
}

export interface ExecuteResult {
  appId: string
  contentVersion?: string
  bytesUploaded: number
  uploadDurationMs: number
}

async function waitPublished(apps: IntuneApps, appId: string, deadlineMs: number): Promise<void> {
  await waitFor(
    async () => {
      const app = await apps.getApp(appId)
      return app.publishingState === 'published'
        ? { done: true, value: undefined }
        : { done: false, state: app.publishingState }
    },
    { what: 'Intune to publish the app', deadlineMs, initialDelayMs: 500, maxDelayMs: 10_000 },
  )
}

/**
 * A 503/504 or a dropped connection on create may come after Graph already made the app. Look before trying
 * again, so a flaky moment never leaves two apps for one identity.
 */
async function createAppOnce(x: ExecuteInputs): Promise<GraphApp> {
  const body = { ...x.body, notes: renderNotes(x.templateNotes, x.marker) }
  return retryLoop(
    () => x.apps.createApp(body),
    (outcome, attempt) => {
      const e = outcome.ok ? undefined : outcome.error
      const ambiguous = e instanceof IntunePublishError && [0, 500, 502, 503, 504].includes(e.status ?? -1)
      if (!ambiguous || attempt >= 4) return undefined
      return {
        waitMs: backoffMs(attempt + 1, { baseDelayMs: 1000, maxDelayMs: 16_000 }),
        strategy: 'look-before-create',
        reason: errorLine(e),
        beforeRetry: async () => {
          const found = await x.findAgain()
          if (found)
            x.log.warn(`create answered ${errorLine(e)}, but the app exists (${found.id}): going on with it`)
          else x.log.debug(`create failed (${errorLine(e)}); the app does not exist, retrying (${attempt}/3)`)
          return found
        },
      }
    },
    { maxTotalWaitMs: 60_000 },
  )
}

export async function executePublish(x: ExecuteInputs): Promise<ExecuteResult> {
  const { plan, apps, log } = x
  const deadline = x.stateDeadlineMs ?? 30 * 60_000
  let appId = x.existing?.id
  let createdHere = false
  let committed = false
  let contentVersion = x.existing?.committedContentVersion ?? undefined
  let uploaded = false
  let bytesUploaded = 0
  let uploadDurationMs = 0
  const need = (id: string | undefined, step: string): string => {
    if (!id)
      throw new Error(`plan step ${step} has no app: the plan has no createApp step and no existing app`)
    return id
  }
  try {
    // The plan's steps, in order (plan/types.ts PlanStep): execution decides nothing the plan didn't.
    for (const step of plan.steps) {
      switch (step.kind) {
        case 'createApp': {
          const created = await createAppOnce(x)
          appId = created.id
          createdHere = true
          log.info(`created app ${appId} (${plan.displayName})`)
          break
        }
        case 'upload': {
          const r = await uploadContentVersion({
            apps,
            appId: need(appId, step.kind),
            appType: plan.appType,
            fileName: x.fileName,
            manifest: x.manifest,
            source: x.source,
            log,
            dispatcher: x.dispatcher,
            concurrency: x.concurrency,
            blockSize: x.blockSize,
            stateDeadlineMs: deadline,
            committedContentVersion: x.existing?.committedContentVersion,
            // Only for an app that never committed content (uploadTarget.ts): delete it, create it again.
            recreateApp: async reason => {
              log.warn(`deleting app ${appId} and creating it again: ${reason}`)
              await apps.deleteApp(need(appId, step.kind))
              const again = await createAppOnce(x)
              appId = again.id
              createdHere = true
              log.info(`created app ${appId} (${plan.displayName})`)
              return appId
            },
          })
          appId = r.appId
          contentVersion = r.contentVersion
          bytesUploaded = r.bytesUploaded
          uploadDurationMs = r.uploadDurationMs
          uploaded = true
          break
        }
        case 'patch': {
          const id = need(appId, step.kind)
          const notes = renderNotes(x.templateNotes ?? undefined, { ...x.marker, contentVersion })
          // An existing app is read by id right before the PATCH (lists don't carry its icon, which is
          // re-sent); a run that only changes assignments has no patch step and so reads nothing here.
          const current = createdHere ? undefined : await apps.getApp(id)
          const patch = patchBody({
            step,
            body: x.body,
            notes,
            contentVersion: uploaded ? contentVersion : undefined,
            existing: current,
          })
          // Right after a commit Intune may answer 400 for a while: the request layer retries it (protocol-notes).
          await apps.patchApp(id, patch, uploaded)
          committed = true
          break
        }
        case 'waitPublished':
          committed = true
          await waitPublished(apps, need(appId, step.kind), deadline)
          break
        default:
          await x.afterPublished?.(need(appId, step.kind), step)
      }
    }
    return { appId: need(appId, 'result'), contentVersion, bytesUploaded, uploadDurationMs }
  } catch (e) {
    if (createdHere && !committed && appId) {
      await apps.deleteApp(appId).then(
        () => log.warn(`deleted the half-created app ${appId} after the failure; nothing is left behind`),
        d =>
          log.warn(
            `could not delete the half-created app ${appId} (${errorLine(d)}); the next run reuses it`,
          ),
      )
    }
    throw e
  }
}
