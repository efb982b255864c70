/** The job summary's part for promote and rollback: the rings, the gate's figures, what moves. */
import type { AssignmentChange, PromoteResult, RollbackResult } from '@intune-publish/core'
import { cell, escapeText, facts } from './markdown.js'
import type { RunReport } from './report.js'

const change = (verb: string, a: AssignmentChange): string =>
  `- ${verb}: ${escapeText(`${a.intent} ${a.target}${a.details ? ` (${a.details})` : ''}`)}`

function verdict(r: PromoteResult): string {
  if (r.plan.due) return 'due: every check is met'
  return r.plan.forced ? 'not due, forced (the app notes record it)' : 'not due: nothing changed'
}

function promoteSection(r: PromoteResult): string {
  const p = r.plan
  const f = p.figures
  const parts = [
    facts([
      ['App', `${r.displayName} (${r.appId})`],
      ['Ring', `${p.from ?? '(none)'} → ${p.to}`],
      ['Verdict', verdict(r)],
      [
        'Install report',
        f &&
          `${f.installed} installed, ${f.failed} failed, ${f.pending} pending, ${f.notInstalled} not installed`,
      ],
      ['Intune', r.appUrl],
    ]),
  ]
  if (p.checks.length)
    parts.push(
      [
        '| Check | Seen | Met |',
        '|---|---|---|',
        ...p.checks.map(c => `| ${cell(c.rule)} | ${cell(c.actual)} | ${c.met ? 'yes' : '**no**'} |`),
      ].join('\n'),
    )
  const moves = [
    ...p.assignments.added.map(a => change('add', a)),
    ...p.assignments.changed.map(a => change('change', a)),
    ...p.assignments.removed.map(a => change('remove', a)),
  ]
  parts.push(moves.length ? `**Assignments**\n\n${moves.join('\n')}` : '**Assignments:** no change')
  return parts.join('\n\n')
}

function rollbackSection(r: RollbackResult): string {
  const p = r.plan
  const parts = [
    facts([
      ['Release', p.release],
      ['From', `${p.from.name} (${p.from.appId})`],
      ['Back to', `${p.to.name} (${p.to.appId})`],
      ['Intune', r.appUrl],
    ]),
  ]
  if (p.lines.length) parts.push(p.lines.map(l => `- ${escapeText(l)}`).join('\n'))
  return parts.join('\n\n')
}

export function releaseSection(r: RunReport): string | undefined {
  if (r.promote) return promoteSection(r.promote)
  if (r.rollback) return rollbackSection(r.rollback)
  return undefined
}
