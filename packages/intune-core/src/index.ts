/**
 * intune-core's public face: everything intune-publish does, with no CI system in it. Adapters (CLI,
 * GitHub Action, Azure DevOps task) gather inputs, hand them here with a Logger, and render the results.
 * Importing this module has no side effects.
 *
 * Names are listed one by one, grouped by what they are for, so the surface stays deliberate: add a
 * name to its group when an adapter needs it (one per line keeps merges easy); never `export *`.
 */

// Errors: one type with stable codes.
export {
  ErrorCodes,
  type ErrorCode,
  IntunePublishError,
  isIntunePublishError,
  inputError,
  errorLine,
} from './errors'

// Logging and secret masking.
export { type Logger, type ProgressEvent, silentLogger, safeLogger } from './logger'
export { sanitizeText, sanitizeUrl, registerSecret, neutraliseCommands, oneLine } from './sanitize'
export { formatBytes } from './formatBytes'

// Connections: the one parser every adapter uses, and the clouds.
export {
  CLOUDS,
  CLOUD_NAMES,
  type Cloud,
  type CloudName,
  parseCloudName,
  parseConnectionJson,
  resolveConnection,
  readConnectionFromEnv,
  readJsonOrFile,
  readPemOrFile,
  readTextFile,
  mergeConnectionInputs,
  type ResolvedConnection,
  INPUT_LIMITS,
  checkTextLength,
  readBoundedFile,
  readBoundedFileSync,
  requireRegularFile,
} from './connection'

// Sign-in, HTTP and permissions (check-connection and its diagnostics).
export { createTokenProvider, decodeClaims, type TokenClaims, aadstsCode } from './auth'
export { createHttpClient, type HttpClient, type HttpClientOptions } from './http'
export { consentInstructions } from './permissions'
export { checkConnection, type CheckConnectionOptions } from './checkConnection'

// The operations and their shapes.
export type {
  ConnectionInput,
  CheckConnectionResult,
  CheckStatus,
  PublishInputs,
  PublishResult,
  PublishStatus,
  AssignmentMode,
} from './api'
export { publish, type PublishOptions } from './publish/publish'
export { type PublishPlan, type PlanAction, type AssignmentChange, type FieldChange } from './plan/types'
export { renderPlanText, renderPlanMarkdown } from './plan/renderPlan'

// Packaging and templates (the CLI's `package` command, the example checks).
export { packageIntunewin, type PackageIntunewinOptions, type PackageIntunewinResult } from './packaging'
export { loadAssignmentTemplate, loadAppTemplate } from './templates'

// Many apps: manifests, their runs and splits, and Intune's request budget.
export {
  loadManifest,
  manifestEntry,
  type ManifestEntryInputs,
  publishManifest,
  selectShard,
  splitManifest,
  githubMatrix,
  azureDevOpsMatrix,
  renderRowsMarkdown,
  renderRowsText,
  summaryLine,
  DEFAULT_CONNECTION,
  DEFAULT_PARALLEL,
  MAX_MANIFEST_BYTES,
  type Manifest,
  type ManifestApp,
  type ManifestConnection,
  type ManifestRow,
  type ManifestRowStatus,
  type ManifestRunOptions,
  type ManifestRunResult,
  type SharedInputs,
  type Shard,
  type SplitBy,
} from './manifest'
export { BudgetRegistry, INTUNE_BUDGET, shareOf, type BudgetLimits, type BudgetStats } from './budget'
// Release stages: rings, health-gated promotion, rollback.
export {
  promote,
  type PromoteOptions,
  type PromoteInputs,
  type PromotePlan,
  type PromoteResult,
  type PromoteStatus,
  renderPromoteText,
  renderPromoteMarkdown,
  rollback,
  UPDATE_IN_PLACE_ROLLBACK,
  type RollbackInputs,
  type RollbackPlan,
  type RollbackResult,
  readInstallReport,
  type InstallFigures,
  type InstallReport,
  readRingState,
  type RingState,
} from './release'
