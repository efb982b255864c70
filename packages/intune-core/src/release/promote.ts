/**
 * `promote`: moves an app to its next ring (or `--to`). Reads only until the plan is made and shown:
 * the app and its ring (notes marker), the time spent there, Intune's install report, the assignments to
 * add. Refuses when `after` or a gate isn't met (unless --force, which the notes record); a dry run stops
 * after the plan. The write order is assignments first, then the ring in the notes, so an interrupted run
 * is finished by the next one.
 */
import { applyAssignments, readAssignments, resolveDirectory } from '../assign'
import { directoryNeeds, neededPermissions } from '../assign/directoryNeeds'
import { resolveConnection } from '../connection'
import { inputError } from '../errors'
import { safeLogger, type Logger } from '../logger'
import { assertPermissions, checkPermissions, Requirements } from '../permissions'
import type { AppType } from '../packages/types'
import { appAdminUrl } from '../publish/appUrl'
import { IntuneApps } from '../publish/intuneApps'
import { FIXED } from '../graph/endpoints'
import { openSession } from '../publish/session'
import { loadAssignmentTemplate, ringIndex, type Ring } from '../templates'
import { afterCheck, evaluateGate, type GateCheck } from './gate'
import { readInstallReport, type InstallFigures, type ReadReportOptions } from './installReport'
import { checkAppRef, locateApp, packageIdentity } from './locateApp'
import { renderPromoteText } from './renderPromote'
import { directoryTemplate, planRingAssignments, templateForRing } from './ringAssignments'
import type { ResolvedDirectory } from '../assign/resolveDirectory'
import type { GraphClient } from '../graph'
import type { GraphApp } from '../publish/intuneApps'
import { parseNotesMarker } from '../publish/notesMarker'
import type { AssignmentTemplate } from '../templates'
import { templateKeys } from './newVersion'
import { applyVersionMoves, planVersionMoves } from './versionMoves'
import { listVersions, RELEASE } from './versions'
import { notesWithRingState, readRingState } from './ringState'
import type { PromoteInputs, PromotePlan, PromoteResult } from './types'

/** new-app-per-version: the ring's targets move off the release's older versions (planned here). */
async function releaseMoves(
  graph: GraphClient,
  apps: IntuneApps,
  app: GraphApp,
  template: AssignmentTemplate,
  to: number,
  directory: ResolvedDirectory,
  now: Date,
) {
  const base = parseNotesMarker(app.notes)?.extra[RELEASE]
  if (template.release?.strategy !== 'new-app-per-version' || !base) return undefined
  const versions = await listVersions(apps, graph, base)
  const older = versions.filter(v => v.app.id !== app.id)
  const keys = templateKeys(templateForRing(template, to), directory, now)
  return { versions, plan: planVersionMoves(older, keys, template.release.retain, directory.names) }
}

export interface PromoteOptions {
  env?: Record<string, string | undefined>
  /** "Now" for `after` and the ring entry time (tests). */
  now?: Date
  report?: ReadReportOptions
}

function targetRing(rings: Ring[], from: number, to: string | undefined): number {
  if (to === undefined) return from + 1
  const i = ringIndex(rings, to)
  if (i < 0)
    throw inputError(
      'to',
      `no ring '${to}' in the template (rings: ${rings.map(r => r.name).join(', ')})`,
      'Name a ring of the template.',
    )
  if (i < from)
    throw inputError('to', `the app is already past '${to}'`, 'Use intune-publish rollback to go back.')
  return i
}

/** The `after` of every ring being entered, added up, and each ring's gate, on the same figures. */
function checksFor(
  rings: Ring[],
  from: number,
  to: number,
  since: Date | undefined,
  now: Date,
  report: Awaited<ReturnType<typeof readInstallReport>> | undefined,
): { checks: GateCheck[]; figures?: InstallFigures } {
  const entering = rings.slice(from + 1, to + 1)
  const checks: GateCheck[] = []
  const waits = entering.map(r => r.after).filter((a): a is string => Boolean(a))
  const fromName = from >= 0 ? rings[from].name : 'no ring'
  if (waits.length) {
    const total = `+${waits.map(w => w.slice(1)).join('')}`
    const c = afterCheck({ ...entering[0], after: total }, fromName, since, now)
    if (c) checks.push(c)
  }
  let figures: InstallFigures | undefined
  for (const r of entering) {
    const g = evaluateGate(r.gate, report)
    figures ??= g.figures
    checks.push(...g.checks.map(c => (entering.length > 1 ? { ...c, rule: `${r.name}: ${c.rule}` } : c)))
  }
  return { checks, figures }
}

export async function promote(
  inputs: PromoteInputs,
  logger: Logger,
  opts: PromoteOptions = {},
): Promise<PromoteResult> {
  const log = safeLogger(logger)
  const now = opts.now ?? new Date()
  checkAppRef(inputs)
  const resolved = resolveConnection(inputs.connection, log)
  const template = await loadAssignmentTemplate(inputs.assignments)
  const rings = template.release?.rings ?? []
  if (!rings.length)
    throw inputError(
      'assignments',
      'the assignment template has no rings',
      'Add rings: (docs/release-stages.md).',
    )
  if (inputs.to !== undefined && ringIndex(rings, inputs.to) < 0) targetRing(rings, -1, inputs.to)
  const identity = await packageIdentity(inputs, log)

  const session = await openSession(resolved, log, opts.env)
  try {
    const gated = rings.some(r => r.gate)
    const dirTemplate = directoryTemplate(template, rings.length - 1)
    const requirements = [
      inputs.dryRun ? Requirements.readApps : Requirements.publish,
      ...(gated ? [Requirements.installReports] : []),
      ...neededPermissions(dirTemplate),
    ]
    const perms = inputs.dryRun
      ? checkPermissions(session.claims, requirements)
      : assertPermissions(session.claims, requirements, resolved)
    const apps = new IntuneApps(session.graph, FIXED.releaseApps)
    const app = await locateApp(apps, inputs, identity)
    const state = readRingState(app.notes)
    const from = state ? ringIndex(rings, state.ring) : -1
    if (state && from < 0)
      throw inputError(
        'assignments',
        `app ${app.id} is in ring '${state.ring}', which the template does not have`,
        'Use the template it was published with, or --to a ring of this one.',
      )
    const displayName = String(app.displayName ?? app.id)
    const base = { appId: app.id, displayName, appUrl: appAdminUrl(resolved.cloud, app.id) }
    const to = targetRing(rings, from, inputs.to)
    const permissions = {
      needed: requirements.map(r => r.anyOf[0]),
      granted: perms.granted,
      missing: perms.missing,
    }
    if (to >= rings.length || to === from) {
      const ring = state?.ring ?? rings[rings.length - 1].name
      const plan: PromotePlan = {
        appId: app.id,
        displayName,
        from: state?.ring,
        to: ring,
        checks: [],
        due: true,
        forced: false,
        assignments: { mode: 'merge', added: [], changed: [], removed: [], kept: [] },
        ringState: state ?? { ring, since: now.toISOString() },
        permissions,
      }
      log.info(
        `${displayName} is already in ${to === from ? `ring ${ring}` : `its last ring (${ring})`}: nothing to promote`,
      )
      return { ...base, status: 'unchanged', plan }
    }

    const report = rings.slice(from + 1, to + 1).some(r => r.gate)
      ? await readInstallReport(session.graph, app.id, opts.report)
      : undefined
    const { checks, figures } = checksFor(
      rings,
      from,
      to,
      state ? new Date(state.since) : undefined,
      now,
      report,
    )
    const due = checks.every(c => c.met)
    const forced = !due && inputs.force === true
    const unmet = checks.filter(c => !c.met).map(c => `${c.rule} (${c.actual})`)

    const directory = await resolveDirectory(
      session.graph,
      directoryNeeds(dirTemplate, undefined, { allowEmptyGroups: inputs.allowEmptyGroups }),
      log,
    )
    const appType = String(app['@odata.type']).replace('#microsoft.graph.', '') as AppType
    const assignmentPlan = planRingAssignments({
      current: await readAssignments(session.graph, app.id),
      template,
      index: to,
      appType,
      resolved: directory,
      now,
      allowRequiredToAll: inputs.allowRequiredToAll,
    })
    const release = await releaseMoves(session.graph, apps, app, template, to, directory, now)
    const ringState = {
      ring: rings[to].name,
      since: now.toISOString(),
      ...(forced ? { forced: `${now.toISOString()} past ${unmet.join('; ')}` } : {}),
    }
    const plan: PromotePlan = {
      appId: app.id,
      displayName,
      from: state?.ring,
      to: rings[to].name,
      checks,
      figures,
      due,
      forced,
      assignments: assignmentPlan.changes,
      ringState,
      permissions,
      ...(release ? { releaseSteps: release.plan.lines } : {}),
    }
    log.info(renderPromoteText(plan))
    if (!due && !forced) {
      const refusal = `not promoting ${displayName} to ${rings[to].name}: ${unmet.join('; ')}`
      log.warn(refusal)
      return { ...base, status: 'refused', plan, refusal }
    }
    if (inputs.dryRun) return { ...base, status: 'planned', plan }

    await applyAssignments(session.graph, app.id, assignmentPlan)
    const notes = notesWithRingState(app.notes, ringState) as string
    await apps.patchApp(app.id, { '@odata.type': app['@odata.type'], notes })
    if (release) await applyVersionMoves(session.graph, release.plan, release.versions, log)
    log.info(`promoted ${displayName} to ${rings[to].name}${forced ? ' (forced)' : ''}`)
    return { ...base, status: 'promoted', plan }
  } finally {
    await session.close()
  }
}
