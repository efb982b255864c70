/**
 * `rollback`. With new-app-per-version: the assignments of the current version move back to the
 * previous retained version, the current version's supersedence of it is removed, and the current one
 * is marked rolled back (never "the previous version" again). Planned and shown first; --dry-run stops
 * there. Writes: previous assigned first (nobody is left without the app), then current emptied, then
 * the relationship, then both apps' notes.
 *
 * With strategy update there is one app, and Intune serves only its committed content version. Pointing
 * `committedContentVersion` back at an older content version is not documented (protocol-notes.md), so
 * we don't do it: the way back is publishing the previous build again.
 */
import type { ConnectionInput } from '../api'
import { addAssignment, forPosting, removeAssignment, targetKey } from '../assign'
import { endpoints, FIXED } from '../graph/endpoints'
import { resolveConnection } from '../connection'
import { ErrorCodes, IntunePublishError, inputError } from '../errors'
import { safeLogger, type Logger } from '../logger'
import { assertPermissions, checkPermissions, Requirements } from '../permissions'
import { appAdminUrl } from '../publish/appUrl'
import { IntuneApps } from '../publish/intuneApps'
import { parseNotesMarker } from '../publish/notesMarker'
import { openSession } from '../publish/session'
import { loadAppTemplate, loadAssignmentTemplate } from '../templates'
import { readRingState, ringFields } from './ringState'
import { dropRelationshipsTo } from './versionMoves'
import { listVersions, notesWithExtra, RELEASE, ROLLED_BACK } from './versions'

export interface RollbackInputs {
  connection: ConnectionInput
  assignments: string | Record<string, unknown>
  /** The version to roll back; default the newest version not rolled back. */
  appId?: string
  /** Or the app template, whose displayName names the release. */
  appTemplate?: string | Record<string, unknown>
  dryRun?: boolean
}

export interface RollbackPlan {
  release: string
  from: { appId: string; name: string }
  to: { appId: string; name: string }
  /** Assignments moved back, as `intent target-key`. */
  moved: string[]
  removeSupersedence: boolean
  lines: string[]
}

export interface RollbackResult {
  status: 'rolledBack' | 'planned'
  plan: RollbackPlan
  appId: string
  appUrl: string
}

export const UPDATE_IN_PLACE_ROLLBACK =
  'rollback needs strategy: new-app-per-version. With strategy update the app has one committed content ' +
  'version; Intune does not document making an older committed content version current again, so ' +
  'intune-publish does not try it. Publish the previous build again (intune-publish publish --package ' +
  '<previous build>): it becomes a new content version.'

export async function rollback(
  inputs: RollbackInputs,
  logger: Logger,
  opts: { env?: Record<string, string | undefined>; now?: Date } = {},
): Promise<RollbackResult> {
  const log = safeLogger(logger)
  const now = opts.now ?? new Date()
  const template = await loadAssignmentTemplate(inputs.assignments)
  if (template.release?.strategy !== 'new-app-per-version')
    throw new IntunePublishError(ErrorCodes.InputInvalid, UPDATE_IN_PLACE_ROLLBACK, { field: 'strategy' })
  if (!inputs.appId && !inputs.appTemplate)
    throw inputError(
      'app-id',
      'no release named',
      'Give --app-id of the version to roll back, or --app TEMPLATE.',
    )
  const resolved = resolveConnection(inputs.connection, log)
  const session = await openSession(resolved, log, opts.env)
  try {
    const requirements = [inputs.dryRun ? Requirements.readApps : Requirements.publish]
    if (inputs.dryRun) checkPermissions(session.claims, requirements)
    else assertPermissions(session.claims, requirements, resolved)
    const apps = new IntuneApps(session.graph, FIXED.releaseApps)
    let base: string | undefined
    if (inputs.appId) base = parseNotesMarker((await apps.getApp(inputs.appId)).notes)?.extra[RELEASE]
    else {
      const tpl = await loadAppTemplate(inputs.appTemplate ?? {})
      base = typeof tpl.props.displayName === 'string' ? tpl.props.displayName : undefined
    }
    if (!base)
      throw inputError(
        'app-id',
        'that app is not a version of a new-app-per-version release',
        'Give a version app published with strategy new-app-per-version.',
      )
    const versions = (await listVersions(apps, session.graph, base)).filter(v => !v.rolledBack)
    const i = inputs.appId
      ? versions.findIndex(v => v.app.id.toLowerCase() === inputs.appId?.toLowerCase())
      : 0
    const current = versions[i]
    const previous = versions[i + 1]
    if (!current || !previous)
      throw inputError(
        'app-id',
        `no retained version of ${base} before ${current ? String(current.app.displayName) : 'it'} to go back to`,
        'Nothing to roll back to; publish the previous build again.',
      )
    const name = (v: typeof current) => String(v.app.displayName ?? v.app.id)
    const theirs = new Set(previous.assignments.map(a => targetKey(a.target)))
    const moving = current.assignments.filter(a => !theirs.has(targetKey(a.target)))
    const rels = endpoints.relationships(current.app.id)
    const supersedes = (
      await session.graph.list<{ targetId: string; targetType?: string }>(rels.path, {
        version: rels.version,
      })
    ).some(r => r.targetType !== 'parent' && r.targetId.toLowerCase() === previous.app.id.toLowerCase())
    const plan: RollbackPlan = {
      release: base,
      from: { appId: current.app.id, name: name(current) },
      to: { appId: previous.app.id, name: name(previous) },
      moved: current.assignments.map(a => `${a.intent} ${targetKey(a.target)}`),
      removeSupersedence: supersedes,
      lines: [
        ...current.assignments.map(
          a => `move ${a.intent} ${targetKey(a.target)} from ${name(current)} to ${name(previous)}`,
        ),
        ...(supersedes ? [`remove ${name(current)}'s supersedence of ${name(previous)}`] : []),
        `mark ${name(current)} rolled back; ${name(previous)} takes its ring`,
      ],
    }
    log.info(
      `Rollback plan for ${base}: ${plan.from.name} -> ${plan.to.name}\n${plan.lines.map(l => `  - ${l}`).join('\n')}`,
    )
    const result = { plan, appId: previous.app.id, appUrl: appAdminUrl(resolved.cloud, previous.app.id) }
    if (inputs.dryRun) return { ...result, status: 'planned' }

    // One assignment at a time, never `assign` (which replaces the whole set): what an admin added to either
    // version since the plan stays. The previous version is assigned first, so nobody is left without the app.
    for (const a of moving)
      await addAssignment(session.graph, previous.app.id, forPosting(a), FIXED.releaseAssignments)
    for (const a of current.assignments) if (a.id) await removeAssignment(session.graph, current.app.id, a.id)
    if (supersedes) await dropRelationshipsTo(session.graph, [current], previous.app.id)
    const ring = readRingState(current.app.notes)
    await apps.patchApp(current.app.id, {
      '@odata.type': current.app['@odata.type'],
      notes: notesWithExtra(current.app.notes, { [ROLLED_BACK]: now.toISOString() }),
    })
    if (ring)
      await apps.patchApp(previous.app.id, {
        '@odata.type': previous.app['@odata.type'],
        notes: notesWithExtra(previous.app.notes, ringFields({ ring: ring.ring, since: now.toISOString() })),
      })
    log.info(`rolled ${base} back from ${plan.from.name} to ${plan.to.name}`)
    return { ...result, status: 'rolledBack' }
  } finally {
    await session.close()
  }
}
