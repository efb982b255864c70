/**
 * The public operations the adapters call and the shapes they get back. Implementations live in their
 * own modules; this file is the contract between intune-core and the CLI / Action / Azure DevOps task.
 */
import type { AppType } from './packages/types'
import type { PublishPlan } from './plan/types'

/** A connection as a user gives it (one JSON secret, flags, env vars or a CI service connection). */
export interface ConnectionInput {
  /** A label for this Intune environment ("Contoso Prod"): shown in logs and summaries. */
  settingName?: string
  clientId?: string
  clientSecret?: string
  /** `https://login.microsoftonline.com/{tenant}/oauth2/v2.0/token` (or a sovereign cloud's). */
  authUrl?: string
  tenantId?: string
  /** public | usgov | usgovdod | china. Derived from authUrl when absent. */
  cloud?: string
  /** PEM with the certificate and its private key (certificate credential). */
  certificatePem?: string
  /** Passphrase of an encrypted private key in certificatePem. */
  certificatePassword?: string
  /** Returns a fresh federated assertion (OIDC workload identity). Called for every token request. */
  clientAssertion?: () => Promise<string>
  /** Graph root, e.g. `https://graph.microsoft.com`. Defaults by cloud. */
  graphUrl?: string
  /** Lets authority and Graph hosts that are not Microsoft's receive credentials (the simulator). */
  allowCustomEndpoints?: boolean
  /** PEM bundle of extra CAs to trust (the simulator's, a TLS-inspecting proxy's). */
  caPem?: string
}

export type CheckStatus = 'Connected' | 'Not finished' | 'Error'

export interface CheckConnectionResult {
  status: CheckStatus
  settingName?: string
  cloud?: string
  tenantId?: string
  clientId?: string
  appDisplayName?: string
  permissionsGranted: string[]
  permissionsMissing: string[]
  graphReachable: boolean
  tokenExpiresOn?: string
  checkedAt: string
  /** For Not finished: the admin-consent URL and what to click. */
  consentUrl?: string
  /** For Error: the one-line cause and fix. */
  error?: string
  errorCode?: string
}

export type AssignmentMode = 'merge' | 'replace'

export interface PublishInputs {
  connection: ConnectionInput
  /** A package file (.intunewin, .msi, .ipa, .apk, .msix/.appx(+bundle), .pkg, .dmg). */
  packagePath?: string
  /** Or a folder to package as .intunewin on the fly, with its setup file (relative to the folder). */
  source?: { dir: string; setupFile: string; outFile?: string }
  /** App template: a path (YAML/JSON) or an already-parsed object. */
  appTemplate?: string | Record<string, unknown>
  /** Assignment template: a path, inline YAML/JSON text, or an already-parsed object. */
  assignments?: string | Record<string, unknown>
  assignmentMode?: AssignmentMode
  /** Update this app instead of finding it by identity. */
  appId?: string
  /** Apps this one supersedes, by id or display name. */
  supersede?: string[]
  dryRun?: boolean
  concurrency?: number
  blockSizeMiB?: number
  /** Lines written into the app's notes next to the package digest (repository, commit, run URL). */
  provenance?: Record<string, string>
  /** Guardrail opt-outs. */
  allowRequiredToAll?: boolean
  allowEmptyGroups?: boolean
  /** With a rings template: the ring to publish into (default the first). */
  ring?: string
  /** Publish only if this build is in that environment (same digest) and meets its gate. */
  requireHealthyIn?: ConnectionInput
}

export type PublishStatus = 'created' | 'updated' | 'unchanged' | 'planned'

export interface PublishResult {
  status: PublishStatus
  appId?: string
  appType: AppType
  displayName: string
  contentVersion?: string
  bytesUploaded: number
  durationMs: number
  /** Time spent moving blocks to storage (0 when nothing was uploaded): throughput = bytesUploaded / this. */
  uploadDurationMs: number
  /** Intune admin center deep link. */
  appUrl?: string
  /** The plan that was (or, for a dry run, would be) carried out. */
  plan: PublishPlan
  /** new-app-per-version: the release's own steps (supersedence, moves off older versions, deletions). */
  releaseSteps?: string[]
  packageFacts: Record<string, string | number | boolean | string[]>
}
