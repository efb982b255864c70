/** What a publish will do (or did), computed without a single write. */
import type { AppType } from '../packages/types'

export type PlanAction =
  /** No app with this identity exists: create it and upload. */
  | 'create'
  /** The app exists: add a content version with the new package. */
  | 'newContentVersion'
  /** Same package already committed: only metadata/assignments differ. */
  | 'metadataOnly'
  /** Same package, same metadata, same assignments: nothing to do. */
  | 'unchanged'

export interface FieldChange {
  field: string
  old: unknown
  new: unknown
}

export interface AssignmentChange {
  /** Human description of the target: `group "Pilot" (id)`, `all devices`. */
  target: string
  intent: string
  /** For changed: what differs. */
  details?: string
}

export interface PermissionPlan {
  needed: string[]
  granted: string[]
  missing: string[]
}

export interface PublishPlan {
  action: PlanAction
  appType: AppType
  displayName: string
  /** The existing app's id, when there is one. */
  appId?: string
  graphVersion: 'v1.0' | 'beta'
  betaReasons: string[]
  package: { fileName: string; sha256: string; version?: string; size: number; uploadBytes: number }
  metadataChanges: FieldChange[]
  ruleChanges: { added: string[]; removed: string[] }
  assignments: {
    mode: 'merge' | 'replace'
    added: AssignmentChange[]
    changed: AssignmentChange[]
    removed: AssignmentChange[]
    kept: AssignmentChange[]
  }
  relationships: { added: string[]; removed: string[]; kept: string[] }
  categories: { added: string[]; kept: string[] }
  permissions: PermissionPlan
  warnings: string[]
}

export function emptyAssignmentPlan(mode: 'merge' | 'replace' = 'merge'): PublishPlan['assignments'] {
  return { mode, added: [], changed: [], removed: [], kept: [] }
}
