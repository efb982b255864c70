/**
 * Works out what a publish will do, reading only. The same plan drives `plan`, `publish --dry-run` and
 * the real publish (which prints it before acting), so what is shown is what is done.
 */
import { diffMetadata } from '../plan/diffMetadata'
import { emptyAssignmentPlan, type PlanAction, type PlanStep, type PublishPlan } from '../plan/types'
import type { PackageInfo } from '../packages/types'
import type { GraphApp } from './intuneApps'
import { parseNotesMarker, stripMarker } from './notesMarker'
import { patchableFields } from './patchableFields'
import type { GraphVersion } from './graphPort'

export interface PlanInputs {
  pkg: PackageInfo
  digest: string
  body: Record<string, unknown>
  /** Fields of `body` that are our defaults, not the template's or the package's (buildAppBody). */
  defaulted?: readonly string[]
  graphVersion: GraphVersion
  betaReasons: string[]
  existing?: GraphApp
  uploadBytes: number
  /** Notes the template wants (admin text, without our marker). */
  templateNotes?: string
  warnings: string[]
  /** Filled by the assignments/relationships/categories planners. */
  extras?: Partial<Pick<PublishPlan, 'assignments' | 'relationships' | 'categories' | 'ruleChanges'>>
  /** Their writes, run after the app is published (planExtras). */
  extraSteps?: PlanStep[]
  permissions: PublishPlan['permissions']
}

/** True when the app's committed content is this very build. */
export function hasSameContent(existing: GraphApp | undefined, digest: string): boolean {
  const marker = parseNotesMarker(existing?.notes)
  return Boolean(
    existing &&
      marker?.sha256 === digest &&
      marker.contentVersion &&
      existing.committedContentVersion === marker.contentVersion,
  )
}

/** An app a failed run created and never committed content to: reused instead of making a second one. */
export function isHalfCreated(existing: GraphApp | undefined): boolean {
  return Boolean(existing && !existing.committedContentVersion && parseNotesMarker(existing.notes))
}

function ruleKey(r: unknown): string {
  return JSON.stringify(r, Object.keys((r ?? {}) as object).sort())
}

function describeRule(r: Record<string, unknown>): string {
  const type = String(r['@odata.type'] ?? '').replace('#microsoft.graph.win32LobApp', '')
  const what =
    r.productCode ??
    r.keyPath ??
    (r.path ? `${String(r.path)}\\${String(r.fileOrFolderName ?? '')}` : r.displayName)
  return `${String(r.ruleType ?? '')} ${type} ${String(what ?? '')}`.replace(/\s+/g, ' ').trim()
}

export function diffRules(current: unknown, next: unknown): PublishPlan['ruleChanges'] {
  const a = Array.isArray(current) ? (current as Record<string, unknown>[]) : []
  const b = Array.isArray(next) ? (next as Record<string, unknown>[]) : []
  const ak = new Set(a.map(ruleKey))
  const bk = new Set(b.map(ruleKey))
  return {
    added: b.filter(r => !ak.has(ruleKey(r))).map(describeRule),
    removed: a.filter(r => !bk.has(ruleKey(r))).map(describeRule),
  }
}

/**
 * The writes, in order. The PATCH's fields are decided here, so the PATCH execution sends is the plan's:
 * for an app this run creates, the commit and the notes marker (its body went with the create); for an
 * existing app, also the metadata diff and the rules when they change.
 */
function planSteps(
  action: PlanAction,
  p: PlanInputs,
  metadataChanges: PublishPlan['metadataChanges'],
  ruleChanges: PublishPlan['ruleChanges'],
  uploadBytes: number,
): PlanStep[] {
  if (action === 'unchanged') return []
  const { existing, body } = p
  const upload = action === 'create' || action === 'newContentVersion'
  const rulesChange = ruleChanges.added.length + ruleChanges.removed.length > 0
  const steps: PlanStep[] = []
  if (!existing) steps.push({ kind: 'createApp' })
  if (upload) steps.push({ kind: 'upload', bytes: uploadBytes })
  if (upload || metadataChanges.length || rulesChange) {
    const fields = ['@odata.type', 'notes', ...(upload ? ['committedContentVersion'] : [])]
    if (existing) {
      for (const c of metadataChanges) if (c.field !== 'notes' && c.field in body) fields.push(c.field)
      if (rulesChange) fields.push('rules')
    }
    steps.push({ kind: 'patch', fields, reSendsIcon: Boolean(existing) && !fields.includes('largeIcon') })
  }
  steps.push({ kind: 'waitPublished' }, ...(p.extraSteps ?? []))
  return steps
}

export function planPublish(p: PlanInputs): PublishPlan {
  const { existing, body } = p
  const patchable = existing
    ? patchableFields(p.pkg.appType, body, existing, p.defaulted ?? [])
    : { body, warnings: [] }
  const metadataChanges = existing ? diffMetadata(existing, patchable.body) : []
  if (
    existing &&
    (stripMarker(existing.notes ?? '') || '') !== (p.templateNotes ?? '') &&
    p.templateNotes !== undefined
  ) {
    metadataChanges.push({ field: 'notes', old: stripMarker(existing.notes ?? ''), new: p.templateNotes })
  }
  const ruleChanges =
    p.extras?.ruleChanges ?? (existing ? diffRules(existing.rules, body.rules) : { added: [], removed: [] })
  const assignments = p.extras?.assignments ?? emptyAssignmentPlan()
  const relationships = p.extras?.relationships ?? { added: [], removed: [], kept: [] }
  const categories = p.extras?.categories ?? { added: [], kept: [] }
  const otherChanges =
    metadataChanges.length +
    ruleChanges.added.length +
    ruleChanges.removed.length +
    assignments.added.length +
    assignments.changed.length +
    assignments.removed.length +
    relationships.added.length +
    relationships.removed.length +
    categories.added.length
  let action: PlanAction
  const warnings = [...p.warnings, ...patchable.warnings]
  if (!existing) action = 'create'
  else if (isHalfCreated(existing)) {
    action = 'create'
    warnings.push(`reusing app ${existing.id}, left half-created by an earlier run that failed`)
  } else if (hasSameContent(existing, p.digest)) action = otherChanges ? 'metadataOnly' : 'unchanged'
  else action = 'newContentVersion'
  const uploadBytes = action === 'create' || action === 'newContentVersion' ? p.uploadBytes : 0
  return {
    action,
    appType: p.pkg.appType,
    displayName: String(body.displayName ?? p.pkg.displayName ?? p.pkg.fileName),
    appId: existing?.id,
    graphVersion: p.graphVersion,
    betaReasons: p.betaReasons,
    package: {
      fileName: p.pkg.fileName,
      sha256: p.digest,
      version: p.pkg.version,
      size: p.pkg.fileSize,
      uploadBytes,
    },
    metadataChanges,
    ruleChanges,
    assignments,
    relationships,
    categories,
    permissions: p.permissions,
    warnings,
    steps: planSteps(action, p, metadataChanges, ruleChanges, uploadBytes),
  }
}
