/**
 * The job summary in markdown (GitHub step summary, Azure DevOps run summary): one overview table with a
 * row per package first, then the details folded. Every text that came from a user, a package or Intune
 * is HTML-escaped: both renderers take raw HTML, so `<app template>` would otherwise vanish.
 */
import { formatBytes, renderPlanMarkdown, type PublishResult } from '@intune-publish/core'
import { cell, details, escapeText, facts } from './markdown.js'
import { releaseSection } from './releaseSummary.js'
import { notFinishedLine, notDueLine, reportStatus, type PackageRun, type RunReport } from './report.js'

export { escapeText }

const seconds = (ms: number): string => `${(ms / 1000).toFixed(1)} s`

function versionOf(res: PublishResult | undefined): string | undefined {
  if (!res) return undefined
  const v = res.plan.package.version
  return [v, res.contentVersion ? `content ${res.contentVersion}` : ''].filter(Boolean).join(', ')
}

function overview(r: RunReport): string {
  const rows = r.packages.map(p => {
    const res = p.result
    const status = p.error ? 'error' : res?.status
    const link = res?.appUrl ? `[Open in Intune](${res.appUrl})` : '—'
    return `| ${cell(status)} | ${cell(res?.displayName ?? p.package)} | ${cell(versionOf(res))} | ${link} |`
  })
  return ['| Status | App | Version | Intune |', '|---|---|---|---|', ...rows].join('\n')
}

function connectionFacts(r: RunReport): string {
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
  return facts(rows)
}

function packageDetails(p: PackageRun): string {
  const res = p.result
  const title = `${escapeText(res?.displayName ?? p.package)}: ${p.error ? 'error' : (res?.status ?? '')}`
  const parts: string[] = []
  if (p.error) parts.push(`**Failed:** ${escapeText(p.error)}`)
  if (res) {
    parts.push(
      facts([
        ['Status', res.status],
        ['Package', p.package],
        ['App type', res.appType],
        ['App ID', res.appId],
        ['Content version', res.contentVersion],
        ['Uploaded', formatBytes(res.bytesUploaded)],
        ['Duration', seconds(res.durationMs)],
      ]),
    )
    const pkgFacts = Object.entries(res.packageFacts ?? {}).map(
      ([k, v]) =>
        [k, Array.isArray(v) ? v.join(', ') : k === 'size' && typeof v === 'number' ? formatBytes(v) : v] as [
          string,
          unknown,
        ],
    )
    if (pkgFacts.length) parts.push(`**Package**\n\n${facts(pkgFacts)}`)
    parts.push(`**Plan**\n\n${renderPlanMarkdown(res.plan)}`)
  }
  return details(title, parts.filter(Boolean).join('\n\n'))
}

/** The job summary, failed runs included. */
export function renderSummary(r: RunReport): string {
  const title = {
    publish: 'Publish',
    plan: 'Plan',
    'check-connection': 'Check connection',
    'split-manifest': 'Split manifest',
    promote: 'Promote',
    rollback: 'Rollback',
  }[r.command]
  const parts = [`## intune-publish: ${title} — ${reportStatus(r)}`]
  if (r.problems?.length) {
    parts.push(
      `**${r.problems.length} input problem(s):**\n\n${r.problems.map(l => `- ${escapeText(l)}`).join('\n')}`,
    )
  } else if (r.error) parts.push(`**Error:** ${escapeText(r.error)}`)
  if (r.hint) parts.push(escapeText(r.hint))
  if (r.check?.status === 'Not finished') parts.push(escapeText(notFinishedLine(r.check)))
  const notDue = notDueLine(r)
  if (notDue) parts.push(`**${escapeText(notDue)}**`)
  const release = releaseSection(r)
  if (release) parts.push(release)
  if (r.packages.length) parts.push(overview(r))
  const connection = connectionFacts(r)
  if (connection) {
    if (r.command === 'check-connection') parts.push(`### Connection\n\n${connection}`)
    else parts.push(details('Connection', connection))
  }
  for (const p of r.packages) parts.push(packageDetails(p))
  parts.push(`_Started ${r.startedAt.toISOString()}, took ${seconds(r.durationMs)}._`)
  return parts.join('\n\n') + '\n'
}
