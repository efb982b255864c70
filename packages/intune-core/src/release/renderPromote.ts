/** A promote plan as terminal text and as markdown for job summaries. */
import type { AssignmentChange } from '../plan/types'
import type { PromotePlan } from './types'

const line = (a: AssignmentChange) => `${a.intent} ${a.target}${a.details ? ` (${a.details})` : ''}`

function verdict(p: PromotePlan): string {
  if (p.due) return 'due: every check is met'
  return p.forced ? 'NOT due, forced (--force is recorded in the notes)' : 'NOT due: nothing will change'
}

export function renderPromoteText(p: PromotePlan): string {
  const out = [`Promote plan for ${p.displayName} (${p.appId}): ${p.from ?? '(no ring)'} -> ${p.to}`]
  if (p.figures) {
    const f = p.figures
    out.push(
      `  Install report: ${f.installed} installed, ${f.failed} failed, ${f.pending} pending, ${f.notInstalled} not installed`,
    )
  }
  if (p.checks.length)
    out.push(
      '  Checks:',
      ...p.checks.map(c => `    - ${c.met ? 'met    ' : 'NOT met'} ${c.rule}: ${c.actual}`),
    )
  const sections: [string, AssignmentChange[]][] = [
    ['Assignments added', p.assignments.added],
    ['Assignments changed', p.assignments.changed],
    ['Assignments removed', p.assignments.removed],
  ]
  for (const [title, items] of sections)
    if (items.length) out.push(`  ${title}:`, ...items.map(a => `    - ${line(a)}`))
  if (!p.assignments.added.length && !p.assignments.changed.length && !p.assignments.removed.length)
    out.push('  Assignments: no change')
  out.push(
    `  Notes: ring ${p.ringState.ring} since ${p.ringState.since}${p.ringState.forced ? ' (forced)' : ''}`,
  )
  out.push(`  => ${verdict(p)}`)
  return out.join('\n')
}

export function renderPromoteMarkdown(p: PromotePlan): string {
  const esc = (s: string) => s.replace(/\|/g, '\\|')
  const out = [
    `**${esc(p.displayName)}** (\`${p.appId}\`): ${esc(p.from ?? '(no ring)')} → ${esc(p.to)}: ${verdict(p)}.`,
    '',
  ]
  if (p.checks.length) {
    out.push('| check | seen | met |', '|---|---|---|')
    for (const c of p.checks) out.push(`| ${esc(c.rule)} | ${esc(c.actual)} | ${c.met ? 'yes' : '**no**'} |`)
    out.push('')
  }
  for (const a of p.assignments.added) out.push(`- add: ${esc(line(a))}`)
  for (const a of p.assignments.changed) out.push(`- change: ${esc(line(a))}`)
  for (const a of p.assignments.removed) out.push(`- remove: ${esc(line(a))}`)
  return out.join('\n')
}
