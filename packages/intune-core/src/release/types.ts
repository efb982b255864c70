/** The shapes `promote` takes and gives back (the adapters' contract for release stages). */
import type { ConnectionInput } from '../api'
import type { PublishPlan } from '../plan/types'
import type { GateCheck } from './gate'
import type { InstallFigures } from './installReport'

export interface PromoteInputs {
  connection: ConnectionInput
  /** The assignment template with rings: a path, inline YAML/JSON text, or an object. */
  assignments: string | Record<string, unknown>
  /** The app to promote; or give the package (and app template) it was published from. */
  appId?: string
  packagePath?: string
  appTemplate?: string | Record<string, unknown>
  /** The ring to move to; default the ring after the app's current one. */
  to?: string
  /** Move even though `after` or the gate is not met; recorded in the app's notes. */
  force?: boolean
  dryRun?: boolean
  allowRequiredToAll?: boolean
  allowEmptyGroups?: boolean
}

export type PromoteStatus = 'promoted' | 'planned' | 'refused' | 'unchanged'

export interface PromotePlan {
  appId: string
  displayName: string
  /** The ring the app is in (undefined: none recorded yet). */
  from?: string
  to: string
  /** Every check between the two rings: `after` and the gates, with the figures seen. */
  checks: GateCheck[]
  figures?: InstallFigures
  /** All checks met. */
  due: boolean
  /** Not due, but --force was given. */
  forced: boolean
  assignments: PublishPlan['assignments']
  /** The ring state the notes will carry. */
  ringState: { ring: string; since: string; forced?: string }
  permissions: PublishPlan['permissions']
  /** new-app-per-version: assignments moved off older versions, versions deleted beyond retain. */
  releaseSteps?: string[]
}

export interface PromoteResult {
  status: PromoteStatus
  appId: string
  displayName: string
  plan: PromotePlan
  /** For refused: one line saying what is not met. */
  refusal?: string
  appUrl?: string
}
