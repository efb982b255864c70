/** The plan as text for a terminal and as markdown for job summaries. */
import { formatBytes } from '../formatBytes'
import { oneLine } from '../sanitize'
import type { AssignmentChange, FieldChange, PlanStep, PublishPlan } from './types'

const ACTION_TEXT: Record<PublishPlan['action'], string> = {
  create: 'create a new app and upload the package',
  newContentVersion: 'upload the package as a new content version of the existing app',
  metadataOnly: 'keep the committed content (same package) and update metadata/assignments',
  unchanged: 'nothing: the same package, metadata and assignments are already in Intune',
}

function show(v: unknown): string {
  if (v === null || v === undefined) return '(none)'
  // Values come from packages, templates and Intune: one line each, never a runner command.
  const s = oneLine(typeof v === 'string' ? v : JSON.stringify(v))
  return s.length > 120 ? `${s.slice(0, 117)}...` : s
}

const fieldLine = (c: FieldChange) => `${c.field}: ${show(c.old)} -> ${show(c.new)}`
const assignmentLine = (a: AssignmentChange) => `${a.intent} ${a.target}${a.details ? ` (${a.details})` : ''}`

function sections(plan: PublishPlan): [string, string[]][] {
  const p = plan.permissions
  return [
    ['Metadata changes', plan.metadataChanges.map(fieldLine)],
    ['Rules added', plan.ruleChanges.added],
    ['Rules removed', plan.ruleChanges.removed],
    ['Assignments added', plan.assignments.added.map(assignmentLine)],
    ['Assignments changed', plan.assignments.changed.map(assignmentLine)],
    ['Assignments removed', plan.assignments.removed.map(assignmentLine)],
    ['Assignments kept', plan.assignments.kept.map(assignmentLine)],
    ['Relationships added', plan.relationships.added],
    ['Relationships removed', plan.relationships.removed],
    ['Categories added', plan.categories.added],
    ['Permissions', p.needed.map(n => `${n}: ${p.missing.includes(n) ? 'MISSING' : 'granted'}`)],
    ['Warnings', plan.warnings],
  ]
}

/** One step as the plan's `writes:` line shows it. */
export function stepText(step: PlanStep): string {
  switch (step.kind) {
    case 'createApp':
      return 'create app'
    case 'upload':
      return `upload ${formatBytes(step.bytes)}`
    case 'patch':
      return `PATCH ${step.fields.filter(f => f !== '@odata.type').join(', ')}${step.reSendsIcon ? ' (+ its icon)' : ''}`
    case 'waitPublished':
      return 'wait until published'
    case 'categories':
      return `link categories ${step.add.join(', ')}`
    default:
      return step.kind
  }
}

export function renderPlanText(plan: PublishPlan): string {
  const head = [
    `Plan for ${oneLine(plan.displayName)} (${plan.appType}${plan.appId ? `, ${plan.appId}` : ', new'}):`,
    `  ${ACTION_TEXT[plan.action]}`,
    `  package ${plan.package.fileName} sha256 ${plan.package.sha256.slice(0, 16)}… ${plan.package.version ?? ''}`.trimEnd(),
    `  Graph ${plan.graphVersion}${plan.betaReasons.length ? ` (beta for: ${plan.betaReasons.join(', ')})` : ''}`,
  ]
  if (plan.action === 'create' || plan.action === 'newContentVersion') {
    head.push(`  upload ${formatBytes(plan.package.uploadBytes)}`)
  }
  for (const [title, lines] of sections(plan)) {
    if (lines.length) head.push(`  ${title}:`, ...lines.map(l => `    - ${oneLine(l)}`))
  }
  if (plan.steps.length) head.push(`  writes: ${plan.steps.map(stepText).join(' -> ')}`)
  return head.join('\n')
}

export function renderPlanMarkdown(plan: PublishPlan): string {
  // Job summaries render HTML: `<app template>` in a warning would vanish as an unknown tag. One line each.
  const esc = (s: string) =>
    oneLine(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|')
  const out = [
    `**${esc(plan.displayName)}** (\`${plan.appType}\`${plan.appId ? `, \`${plan.appId}\`` : ', new'}): ${ACTION_TEXT[plan.action]}.`,
    '',
    `| package | sha256 | version | Graph |`,
    `|---|---|---|---|`,
    `| ${esc(plan.package.fileName)} | \`${plan.package.sha256.slice(0, 16)}…\` | ${esc(plan.package.version ?? '')} | ${plan.graphVersion} |`,
  ]
  for (const [title, lines] of sections(plan)) {
    if (!lines.length) continue
    out.push('', `**${title}**`, '', ...lines.map(l => `- ${esc(l)}`))
  }
  return out.join('\n')
}
