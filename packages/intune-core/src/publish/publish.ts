/**
 * `publish` (and `publish --dry-run` / `plan`): the one entry the CLI, the Action and the task call.
 *   inputs validated → templates and package read → signed in, permissions checked → existing app found →
 *   plan → (dry run: stop) → content uploaded and committed → metadata → assignments → result.
 * Every input problem surfaces before anything is written to Intune.
 */
import type { PublishInputs, PublishResult, PublishStatus } from '../api'
import { resolveConnection } from '../connection'
import { checkGuidInput } from '../connection/guid'
import { inputError } from '../errors'
import { safeLogger, type Logger } from '../logger'
import { assertPermissions, checkPermissions, Requirements, type PermissionRequirement } from '../permissions'
import { renderPlanText } from '../plan/renderPlan'
import { buildAppBody, loadAppTemplate, loadAssignmentTemplate, type AppTemplate } from '../templates'
import { appAdminUrl } from './appUrl'
import { executePublish } from './executePublish'
import { appIdentity, findExistingApp } from './findExistingApp'
import { IntuneApps } from './intuneApps'
import { stripMarker } from './notesMarker'
import { hasSameContent, planPublish } from './planPublish'
import { preparePackage } from './preparePackage'
import type { RetryOverrides } from '../request'
import { openSession, type Session } from './session'
import { planExtras } from './planExtras'
import { publishMarkerRing, ringForPublish } from '../release/publishRing'
import { requireHealthyIn } from '../release/healthyIn'
import { publishNewVersion } from '../release/newVersion'

export interface PublishOptions {
  env?: Record<string, string | undefined>
  /** "Now" for relative assignment times (tests). */
  now?: Date
  /** Set for the one version's publish inside a new-app-per-version release. */
  versionApp?: boolean
  /** Deadline for each Intune state change (SAS, commit, publishing). */
  stateDeadlineMs?: number
  allowExpiredProvisioningProfile?: boolean
  /**
   * A session already signed in for `inputs.connection` (a manifest run shares one per connection): it
   * is used instead of signing in again, and left open.
   */
  session?: Session
  /** Graph retry settings (request layer); tests shorten the transient schedules. */
  retry?: RetryOverrides
}

function checkNumber(field: string, v: number | undefined, min: number, max: number): void {
  if (v === undefined) return
  if (!Number.isInteger(v) || v < min || v > max) {
    throw inputError(
      field,
      `must be a whole number from ${min} to ${max}, got ${String(v)}`,
      `Set ${field} between ${min} and ${max}.`,
    )
  }
}

async function loadTemplates(inputs: PublishInputs) {
  const tpl: AppTemplate = await loadAppTemplate(inputs.appTemplate ?? {})
  const loaded =
    inputs.assignments !== undefined ? await loadAssignmentTemplate(inputs.assignments) : tpl.assignments
  const ring = ringForPublish(loaded, inputs.ring)
  return { tpl, assignments: ring?.template ?? loaded, ring }
}

export async function publish(
  inputs: PublishInputs,
  logger: Logger,
  opts: PublishOptions = {},
): Promise<PublishResult> {
  const started = Date.now()
  const log = safeLogger(logger)
  checkNumber('concurrency', inputs.concurrency, 1, 64)
  checkNumber('block-size-mib', inputs.blockSizeMiB, 1, 100)
  // The core boundary: every adapter's app id is checked here, before it goes into a URL.
  checkGuidInput('app-id', inputs.appId)
  const resolved = opts.session?.resolved ?? resolveConnection(inputs.connection, log)
  const { tpl, assignments, ring } = await loadTemplates(inputs)
  if (assignments?.release?.strategy === 'new-app-per-version' && !opts.versionApp)
    return publishNewVersion(inputs, assignments, log, opts, inner =>
      publish(inner, logger, { ...opts, versionApp: true }),
    )
  const prepared = await preparePackage(inputs, log, {
    allowExpiredProvisioningProfile: opts.allowExpiredProvisioningProfile,
  })
  const { pkg } = prepared
  // Built once before signing in, so template problems are reported without touching the network.
  buildAppBody(pkg, tpl)

  const session = opts.session ?? (await openSession(resolved, log, opts.env, { retry: opts.retry }))
  try {
    const extras = planExtras({
      graph: session.graph,
      tpl,
      assignments,
      inputs,
      appType: pkg.appType,
      log,
      now: opts.now,
    })
    const requirements: PermissionRequirement[] = [
      inputs.dryRun ? Requirements.readApps : Requirements.publish,
      ...extras.requirements,
    ]
    const perms = inputs.dryRun
      ? checkPermissions(session.claims, requirements)
      : assertPermissions(session.claims, requirements, resolved)
    const permissions = {
      needed: requirements.map(r => r.anyOf[0]),
      granted: perms.granted,
      missing: perms.missing,
    }

    const directory = await extras.resolve()
    const built = buildAppBody(pkg, tpl, { roleScopeTagIds: directory.roleScopeTagIds })
    const apps = new IntuneApps(session.graph, built.version)
    const identity = appIdentity(pkg.appType, built.body)
    if (inputs.requireHealthyIn)
      await requireHealthyIn(inputs.requireHealthyIn, identity, prepared.digest, assignments, log, opts.env)
    const existing = await findExistingApp(apps, identity, inputs.appId)
    const templateNotes =
      typeof tpl.props.notes === 'string' ? tpl.props.notes : stripMarker(existing?.notes ?? '') || undefined
    const extraPlan = await extras.plan(existing?.id, !hasSameContent(existing, prepared.digest))
    const plan = planPublish({
      pkg,
      digest: prepared.digest,
      body: built.body,
      defaulted: built.defaulted,
      graphVersion: built.version,
      betaReasons: built.betaReasons,
      existing,
      uploadBytes: prepared.source.kind === 'fileRange' ? prepared.source.length : pkg.fileSize,
      templateNotes,
      // built.warnings already repeats the package's: list each once.
      warnings: [...new Set([...pkg.warnings, ...built.warnings])],
      extras: extraPlan.view,
      extraSteps: extraPlan.steps,
      permissions,
    })
    log.info(renderPlanText(plan))
    const base = {
      appType: pkg.appType,
      displayName: plan.displayName,
      plan,
      packageFacts: {
        ...pkg.facts,
        fileName: pkg.fileName,
        sha256: prepared.digest,
        ...(pkg.version ? { version: pkg.version } : {}),
      },
    }
    const finish = (
      status: PublishStatus,
      appId?: string,
      contentVersion?: string | null,
      bytesUploaded = 0,
      uploadDurationMs = 0,
    ): PublishResult => ({
      ...base,
      status,
      appId,
      appUrl: appId ? appAdminUrl(resolved.cloud, appId) : undefined,
      contentVersion: contentVersion ?? undefined,
      bytesUploaded,
      uploadDurationMs,
      durationMs: Date.now() - started,
    })
    if (inputs.dryRun) return finish('planned', existing?.id, existing?.committedContentVersion)
    if (plan.action === 'unchanged') {
      log.info(`${plan.displayName} is unchanged: nothing uploaded, nothing changed`)
      return finish('unchanged', existing?.id, existing?.committedContentVersion)
    }
    const result = await executePublish({
      plan,
      apps,
      body: built.body,
      existing,
      marker: {
        identity: identity.key,
        sha256: prepared.digest,
        version: pkg.version,
        extra: {
          ...(inputs.provenance ?? {}),
          ...publishMarkerRing(
            ring,
            existing,
            hasSameContent(existing, prepared.digest),
            inputs.ring !== undefined,
            opts.now ?? new Date(),
          ),
        },
      },
      templateNotes,
      source: prepared.source,
      fileName: pkg.fileName,
      manifest: pkg.manifest,
      log,
      dispatcher: session.http.dispatcher,
      concurrency: inputs.concurrency,
      blockSize: inputs.blockSizeMiB === undefined ? undefined : inputs.blockSizeMiB * 1048576,
      stateDeadlineMs: opts.stateDeadlineMs,
      findAgain: () => findExistingApp(apps, identity),
      afterPublished: (appId, step) => extraPlan.apply(appId, step),
    })
    const created = plan.action === 'create'
    log.info(
      `${created ? 'created' : 'updated'} ${plan.displayName}: app ${result.appId}, content version ${result.contentVersion ?? '-'}`,
    )
    return finish(
      created ? 'created' : 'updated',
      result.appId,
      result.contentVersion,
      result.bytesUploaded,
      result.uploadDurationMs,
    )
  } finally {
    if (!opts.session) await session.close()
  }
}
