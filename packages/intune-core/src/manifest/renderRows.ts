/** The result table of a manifest run: one row per app, for the terminal and for job summaries. */
import { formatBytes } from '../formatBytes'
import type { ManifestRow, ManifestRunResult } from './publishManifest'

const cell = (s: string): string => s.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')

function columns(r: ManifestRow): string[] {
  return [
    String(r.index + 1),
    r.label,
    r.connection,
    r.status,
    r.result?.appId ?? '',
    r.result?.contentVersion ?? '',
    r.result ? formatBytes(r.result.bytesUploaded) : '',
    `${(r.durationMs / 1000).toFixed(1)} s`,
    r.error ?? '',
  ]
}

const HEAD = [
  '#',
  'App',
  'Connection',
  'Status',
  'App ID',
  'Content version',
  'Uploaded',
  'Duration',
  'Error',
]

export function summaryLine(run: ManifestRunResult): string {
  const by = new Map<string, number>()
  for (const r of run.rows) by.set(r.status, (by.get(r.status) ?? 0) + 1)
  const parts = [...by].map(([s, n]) => `${n} ${s}`).join(', ')
  return `${run.rows.length} app(s): ${parts} in ${(run.durationMs / 1000).toFixed(1)} s; budget waits ${run.budget.delayed}, 429s ${run.budget.throttled}`
}

export function renderRowsMarkdown(run: ManifestRunResult): string {
  const lines = [`| ${HEAD.join(' | ')} |`, `|${HEAD.map(() => '---').join('|')}|`]
  for (const r of run.rows) lines.push(`| ${columns(r).map(cell).join(' | ')} |`)
  return `${lines.join('\n')}\n\n${summaryLine(run)}\n`
}

export function renderRowsText(run: ManifestRunResult): string {
  const table = [HEAD, ...run.rows.map(r => columns(r).map(cell))]
  const widths = HEAD.map((_, i) => Math.max(...table.map(row => row[i].length)))
  const lines = table.map(row =>
    row
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd(),
  )
  return `${lines.join('\n')}\n${summaryLine(run)}`
}
