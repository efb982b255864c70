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

/**
 * One step of a publish, in the order execution walks them (publish/executePublish.ts). The plan is
 * made with reads only; the steps are its writes, so what `plan` shows is what `publish` does.
 */
export type PlanStep =
  /** POST the app with its whole body (no app with this identity exists). */
  | { kind: 'createApp' }
  /** A content version, its file, the blocks, the commit. */
  | { kind: 'upload'; bytes: number }
  /**
   * The PATCH: exactly these fields (the commit, the notes marker, the metadata diff, rules); an existing
   * app's icon is re-sent too when it has one (`reSendsIcon`), since a PATCH without it removes it.
   */
  | { kind: 'patch'; fields: string[]; reSendsIcon: boolean }
  /** Wait for publishingState `published`: Intune refuses assignment writes before it. */
  | { kind: 'waitPublished' }
  /** Link these categories (never unlinks). */
  | { kind: 'categories'; add: string[] }
  /** Re-read the assignments and write the managed targets' changes (merge or replace). */
  | { kind: 'assignments' }
  /** updateRelationships with the planned list (Win32 supersedence and dependencies). */
  | { kind: 'relationships' }

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
  /** The writes, in order; empty when the action is `unchanged`. */
  steps: PlanStep[]
}

export function emptyAssignmentPlan(mode: 'merge' | 'replace' = 'merge'): PublishPlan['assignments'] {
  return { mode, added: [], changed: [], removed: [], kept: [] }
}
