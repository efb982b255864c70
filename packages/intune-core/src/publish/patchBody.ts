/**
 * The PATCH that ends a publish: only what the plan says changes, so what admins edit in the portal
 * (isFeatured, ignoreVersionDetection, allowAvailableUninstall, …) stays as they left it.
 *
 * - An app this run created got its whole body in the create: the PATCH carries the commit and the notes
 *   marker only, as Microsoft's samples and IntuneWin32App do (`{@odata.type, committedContentVersion}`).
 * - An existing app gets the plan's metadata diff, the rules when they change, the notes and the commit.
 * The plan's patch step names the fields (publish/planPublish.ts); this fills in their values.
 * - Its icon is re-sent when the template gives none: IntuneWin32App found a PATCH without `largeIcon`
 *   removes the app's icon (`Update-IntuneWin32AppPackageFile.ps1` L25, L151; docs/protocol-notes.md).
 */
import type { PlanStep } from '../plan/types'

export interface PatchInputs {
  /** The plan's patch step: the fields to send. */
  step: Extract<PlanStep, { kind: 'patch' }>
  body: Record<string, unknown>
  notes: string
  /** Set when this PATCH commits a new content version. */
  contentVersion?: string
  /** The app as it stood before this run changed it (read by id); undefined when this run created it. */
  existing?: Record<string, unknown>
}

export function patchBody(x: PatchInputs): Record<string, unknown> {
  const patch: Record<string, unknown> = {}
  for (const field of x.step.fields) {
    if (field === 'notes') patch.notes = x.notes
    else if (field === 'committedContentVersion') {
      if (x.contentVersion !== undefined) patch.committedContentVersion = x.contentVersion
    } else if (field in x.body) patch[field] = x.body[field]
  }
  if (x.step.reSendsIcon && patch.largeIcon === undefined && isIcon(x.existing?.largeIcon))
    patch.largeIcon = x.existing?.largeIcon
  return patch
}

function isIcon(v: unknown): boolean {
  return typeof v === 'object' && v !== null && typeof (v as { value?: unknown }).value === 'string'
}
