/**
 * The job summary in markdown: the connection (never a secret), then per package its facts, the plan
 * and the result, with timings and the admin-center link.
 */
import type { PublishPlan } from './core.js'
import { reportStatus, type PackageRun, type RunReport } from './report.js'

const cell = (v: unknown): string =>
  v === undefined || v === null || v === '' ? '—' : String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

function table(rows: [string, unknown][]): string {
  return ['| | |', '|---|---|', ...rows.map(([k, v]) => `| ${k} | ${cell(v)} |`)].join('\n')
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

function connectionSection(r: RunReport): string {
  const c = r.connection
  const rows: [string, unknown][] = [
    ['Setting name', c.settingName],
    ['Tenant', r.check?.tenantId ?? c.tenantId],
    ['Client ID', r.check?.clientId ?? c.clientId],
    ['App registration', r.check?.appDisplayName ?? c.appDisplayName],
    ['Cloud', r.check?.cloud ?? c.cloud],
    ['Sign-in', c.authKind === 'oidc' ? 'workload identity federation (OIDC)' : c.authKind],
  ]
  if (r.check) {
    rows.push(['Status', r.check.status])
    rows.push(['Permissions granted', r.check.permissionsGranted.join(', ')])
    rows.push(['Permissions missing', r.check.permissionsMissing.join(', ')])
    rows.push(['Graph reachable', r.check.graphReachable ? 'yes' : 'no'])
    if (r.check.consentUrl) rows.push(['Admin consent', r.check.consentUrl])
    if (r.check.error) rows.push(['Error', r.check.error])
  }
  return `### Connection\n\n${table(rows)}`
}

export type RenderPlan = (plan: PublishPlan) => string

function packageSection(p: PackageRun, renderPlan: RenderPlan): string {
  const parts = [`### ${cell(p.result?.displayName ?? p.package)}`]
  if (p.error) parts.push(`**Failed:** ${p.error}`)
  const res = p.result
  if (!res) return parts.join('\n\n')
  const link = res.appUrl ? `[Open in Intune](${res.appUrl})` : undefined
  parts.push(
    table([
      ['Status', res.status],
      ['App type', res.appType],
      ['App ID', res.appId],
      ['Content version', res.contentVersion],
      ['Uploaded', `${res.bytesUploaded} bytes`],
      ['Duration', seconds(res.durationMs)],
      ['Link', link],
    ]),
  )
  const facts = Object.entries(res.packageFacts ?? {}).map(
    ([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v] as [string, unknown],
  )
  if (facts.length) parts.push(`#### Package\n\n${table(facts)}`)
  if (res.plan) parts.push(`#### Plan\n\n${renderPlan(res.plan as PublishPlan)}`)
  return parts.join('\n\n')
}

/** The job summary; the plan is drawn by the core's renderPlanMarkdown. */
export function renderSummary(r: RunReport, renderPlan: RenderPlan): string {
  const title = { publish: 'Publish', plan: 'Plan', 'check-connection': 'Check connection' }[r.command]
  const parts = [`## intune-publish: ${title} — ${reportStatus(r)}`, connectionSection(r)]
  if (r.error) parts.push(`**Error:** ${r.error}`)
  for (const p of r.packages) parts.push(packageSection(p, renderPlan))
  parts.push(`_Started ${r.startedAt.toISOString()}, took ${seconds(r.durationMs)}._`)
  return parts.join('\n\n') + '\n'
}
