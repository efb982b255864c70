/**
 * Promotion between environments: before a build goes into production, the test environment must
 * hold this very build (the package digest in its app's notes marker) and the build must meet the gate
 * there. Reads only, in the other tenant; refuses with RELEASE_NOT_DUE before anything is written here.
 */
import type { ConnectionInput } from '../api'
import { resolveConnection } from '../connection'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { Logger } from '../logger'
import { assertPermissions, Requirements } from '../permissions'
import { findExistingApp, type AppIdentity } from '../publish/findExistingApp'
import { IntuneApps } from '../publish/intuneApps'
import { FIXED } from '../graph/endpoints'
import { parseNotesMarker } from '../publish/notesMarker'
import { openSession } from '../publish/session'
import type { AssignmentTemplate, RingGate } from '../templates'
import { evaluateGate } from './gate'
import { readInstallReport, type ReadReportOptions } from './installReport'

/** Without a gated ring in the template: at least one device installed it and none failed. */
export const DEFAULT_HEALTH_GATE: RingGate = { minInstalled: 1, maxFailed: 0 }

/** The template's first gate (the one that lets a build out of its first ring). */
export function healthGate(template: AssignmentTemplate | undefined): RingGate {
  return template?.release?.rings.find(r => r.gate)?.gate ?? DEFAULT_HEALTH_GATE
}

function notDue(env: string, message: string, fix: string): IntunePublishError {
  return new IntunePublishError(ErrorCodes.ReleaseNotDue, `not healthy in ${env}: ${message}`, { fix })
}

export async function requireHealthyIn(
  connection: ConnectionInput,
  identity: AppIdentity,
  digest: string,
  template: AssignmentTemplate | undefined,
  log: Logger,
  env?: Record<string, string | undefined>,
  report?: ReadReportOptions,
): Promise<void> {
  const resolved = resolveConnection(connection, log)
  const name = resolved.settingName ?? resolved.tenantId
  const session = await openSession(resolved, log, env)
  try {
    assertPermissions(session.claims, [Requirements.readApps, Requirements.installReports], resolved)
    const app = await findExistingApp(new IntuneApps(session.graph, FIXED.releaseApps), identity)
    const fix = `Publish this build to ${name} first and let it pass the gate there.`
    if (!app) throw notDue(name, `no app for ${identity.key} there`, fix)
    const marker = parseNotesMarker(app.notes)
    if (marker?.sha256 !== digest)
      throw notDue(
        name,
        `its app ${app.id} holds build ${marker?.sha256?.slice(0, 16) ?? '(none)'}…${marker?.version ? ` (${marker.version})` : ''}, not this one (${digest.slice(0, 16)}…)`,
        fix,
      )
    const gate = evaluateGate(healthGate(template), await readInstallReport(session.graph, app.id, report))
    const line = gate.checks.map(c => `${c.met ? 'met' : 'NOT met'} ${c.rule}: ${c.actual}`).join('; ')
    log.info(`Healthy in ${name}? app ${app.id}, same build; ${line}`)
    if (!gate.met)
      throw notDue(
        name,
        gate.checks
          .filter(c => !c.met)
          .map(c => `${c.rule} (${c.actual})`)
          .join('; '),
        fix,
      )
  } finally {
    await session.close()
  }
}
