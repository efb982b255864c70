/** What one run of the adapter did: the input to the job summary and to the outputs. */
import type {
  CheckConnectionResult,
  PromoteResult,
  PublishResult,
  RollbackResult,
} from '@intune-publish/core'
import type { Command } from './inputs.js'

export interface PackageRun {
  /** The package file, or the source folder packaged on the fly. */
  package: string
  result?: PublishResult
  /** One sanitized line when this package failed. */
  error?: string
}

export interface RunReport {
  command: Command
  connection: {
    settingName?: string
    tenantId?: string
    clientId?: string
    cloud?: string
    authKind: string
    appDisplayName?: string
  }
  check?: CheckConnectionResult
  packages: PackageRun[]
  /** A failure before or outside any package (bad input, sign-in). */
  error?: string
  /** Input problems, one line each (the summary lists them). */
  problems?: string[]
  /** What to change for a sign-in failure (a federated credential mismatch names the presented token). */
  hint?: string
  /** promote: what it planned and did (refused: not due). */
  promote?: PromoteResult
  /** rollback: what it planned and did. */
  rollback?: RollbackResult
  /** split-manifest: the job matrix (JSON). */
  matrix?: string
  startedAt: Date
  durationMs: number
}

export type OutputStatus =
  | 'created'
  | 'updated'
  | 'unchanged'
  | 'planned'
  | 'connected'
  | 'not-finished'
  | 'split'
  | 'promoted'
  | 'refused'
  | 'rolled-back'
  | 'error'

const CHECK_STATUS: Record<CheckConnectionResult['status'], OutputStatus> = {
  Connected: 'connected',
  'Not finished': 'not-finished',
  Error: 'error',
}

export function reportStatus(r: RunReport): OutputStatus {
  if (r.error) return 'error'
  if (r.command === 'check-connection') return r.check ? CHECK_STATUS[r.check.status] : 'error'
  if (r.command === 'split-manifest') return r.matrix ? 'split' : 'error'
  if (r.command === 'promote') return r.promote?.status ?? 'error'
  if (r.command === 'rollback')
    return r.rollback ? (r.rollback.status === 'rolledBack' ? 'rolled-back' : 'planned') : 'error'
  const last = r.packages[r.packages.length - 1]
  if (!last || last.error || !last.result) return 'error'
  return r.packages.some(p => p.error) ? 'error' : last.result.status
}

/** True when the run should fail the step. */
export function reportFailed(r: RunReport): boolean {
  return reportStatus(r) === 'error' || reportStatus(r) === 'not-finished'
}

/** The lines a failed run reports, one per problem. */
export function failureLines(r: RunReport): string[] {
  const lines = [r.error, r.hint, ...r.packages.map(p => p.error && `${p.package}: ${p.error}`)]
  if (reportStatus(r) === 'not-finished' && r.check) lines.push(notFinishedLine(r.check))
  return lines.filter((l): l is string => !!l)
}

/**
 * Consent only grants what the app registration already lists, so the permission must be added first:
 * saying "grant consent" alone sends admins round in circles.
 */
export function notFinishedLine(check: CheckConnectionResult): string {
  const missing = check.permissionsMissing.join(', ')
  return `Not finished: the app lacks ${missing}. First add ${check.permissionsMissing.length > 1 ? 'them' : 'it'} to the app registration (Entra admin center → App registrations → <app> → API permissions → Add a permission → Microsoft Graph → Application permissions), then grant admin consent${check.consentUrl ? ` at ${check.consentUrl}` : ' there'}: consent only grants the permissions the registration already lists.`
}

/**
 * A promote that is not due yet: the step succeeds (a scheduled promote is not due on most days) and
 * says why, as a warning; the `status` output is `refused`.
 */
export function notDueLine(r: RunReport): string | undefined {
  if (r.error || r.promote?.status !== 'refused') return undefined
  return `Not promoted: ${r.promote.displayName} stays in ${r.promote.plan.from ?? 'no ring'}; ${r.promote.refusal ?? 'not due'}`
}

/** True when some package's plan changes anything in Intune (false when all are unchanged). */
export function hasChanges(r: RunReport): boolean {
  if (r.promote) {
    const plan = r.promote.plan
    return r.promote.status === 'promoted' || (r.promote.status === 'planned' && (plan.due || plan.forced))
  }
  if (r.rollback) return true
  return r.packages.some(p => p.result && p.result.plan.action !== 'unchanged')
}

/** promote and rollback: one app, no package. */
function releaseOutputs(r: RunReport, status: OutputStatus): Record<string, string> {
  const res = r.promote ?? r.rollback
  const row = {
    status,
    appId: res?.appId,
    displayName: r.promote?.displayName ?? r.rollback?.plan.to.name,
    appUrl: res?.appUrl,
    error: r.error,
  }
  return {
    status,
    'app-id': res?.appId ?? '',
    'content-version': '',
    plan: res ? JSON.stringify(res.plan) : '',
    'app-url': res?.appUrl ?? '',
    results: JSON.stringify([row]),
    'has-changes': status === 'error' ? '' : String(hasChanges(r)),
    matrix: '',
  }
}

/** The step outputs: the last package's facts, and every package in `results`. */
export function outputsFor(r: RunReport): Record<string, string> {
  const status = reportStatus(r)
  if (r.command === 'promote' || r.command === 'rollback') return releaseOutputs(r, status)
  const last = r.packages[r.packages.length - 1]?.result
  const results = r.packages.map(p => ({
    package: p.package,
    status: p.error ? 'error' : p.result?.status,
    appId: p.result?.appId,
    displayName: p.result?.displayName,
    contentVersion: p.result?.contentVersion,
    appUrl: p.result?.appUrl,
    error: p.error,
  }))
  return {
    status,
    'app-id': last?.appId ?? '',
    'content-version': last?.contentVersion ?? '',
    plan: last ? JSON.stringify(last.plan ?? null) : '',
    'app-url': last?.appUrl ?? '',
    results: JSON.stringify(results),
    'has-changes':
      r.command === 'check-connection' || r.command === 'split-manifest' || status === 'error'
        ? ''
        : String(hasChanges(r)),
    matrix: r.matrix ?? '',
  }
}
