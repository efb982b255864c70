/**
 * The PATCH that ends a publish: only what the plan says changes, so what admins edit in the portal
 * (isFeatured, ignoreVersionDetection, allowAvailableUninstall, …) stays as they left it.
 *
 * - An app this run created got its whole body in the create: the PATCH carries the commit and the notes
 *   marker only, as Microsoft's samples and IntuneWin32App do (`{@odata.type, committedContentVersion}`).
 * - An existing app gets the plan's metadata diff, the rules when they change, the notes and the commit.
 * - Its icon is re-sent when the template gives none: IntuneWin32App found a PATCH without `largeIcon`
 *   removes the app's icon (`Update-IntuneWin32AppPackageFile.ps1` L25, L151; docs/protocol-notes.md).
 */
import type { PublishPlan } from '../plan/types'

export interface PatchInputs {
  plan: PublishPlan
  body: Record<string, unknown>
  notes: string
  /** Set when this PATCH commits a new content version. */
  contentVersion?: string
  /** The app as it stood before this run changed it; undefined when this run created it. */
  existing?: Record<string, unknown>
}

export function patchBody(x: PatchInputs): Record<string, unknown> {
  const patch: Record<string, unknown> = { '@odata.type': x.body['@odata.type'], notes: x.notes }
  if (x.contentVersion !== undefined) patch.committedContentVersion = x.contentVersion
  if (!x.existing) return patch
  for (const change of x.plan.metadataChanges) {
    if (change.field !== 'notes' && change.field in x.body) patch[change.field] = x.body[change.field]
  }
  if (x.plan.ruleChanges.added.length || x.plan.ruleChanges.removed.length) patch.rules = x.body.rules
  if (patch.largeIcon === undefined && isIcon(x.existing.largeIcon)) patch.largeIcon = x.existing.largeIcon
  return patch
}

function isIcon(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string'
}
