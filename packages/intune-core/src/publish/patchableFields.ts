/**
 * Which of a body's fields a publish may PATCH on an app that already exists.
 *
 * - Defaults we filled in (a non-nullable boolean set to false, `returnCodes`, a minimum OS, …) are for the
 *   create only: on an existing app they would undo what an admin set in the portal.
 * - Some properties are fixed at creation. Microsoft's `MSIX_Application_Update.ps1` and its readme call the
 *   MSIX identity properties read-only after creation; the plan warns when the package's differ.
 */
import { sameValue } from '../plan/diffMetadata'
import type { AppType } from '../packages/types'

const FIXED_AT_CREATION: Partial<Record<AppType, readonly string[]>> = {
  windowsUniversalAppX: [
    'identityName',
    'identityPublisherHash',
    'identityResourceIdentifier',
    'identityVersion',
    'isBundle',
    'applicableArchitectures',
  ],
}

export interface PatchableFields {
  body: Record<string, unknown>
  warnings: string[]
}

export function patchableFields(
  appType: AppType,
  body: Record<string, unknown>,
  existing: Record<string, unknown>,
  defaulted: readonly string[],
): PatchableFields {
  const out: Record<string, unknown> = {}
  const warnings: string[] = []
  const fixed = new Set(FIXED_AT_CREATION[appType] ?? [])
  const filled = new Set(defaulted)
  for (const [k, v] of Object.entries(body)) {
    const had = existing[k]
    if (filled.has(k) && had !== undefined && had !== null) continue
    if (fixed.has(k)) {
      if (k !== 'identityVersion' && had !== undefined && !sameValue(had, v))
        warnings.push(
          `${k} is ${JSON.stringify(had)} in Intune and ${JSON.stringify(v)} in the package; Intune fixes it when the app is created, so it is not sent (a different package identity needs a new app)`,
        )
      continue
    }
    out[k] = v
  }
  return { body: out, warnings }
}
