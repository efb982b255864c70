/**
 * The adapter layer the GitHub Action and the Azure DevOps task share: read and validate inputs, run the
 * command through intune-core, and turn the result into outputs and a job summary. No CI system in here:
 * each adapter hands in its getInput, its log sink and its hooks. Importing this has no side effects.
 */
export {
  Problems,
  parseBool,
  parseChoice,
  parseInt,
  parseList,
  checkGuid,
  checkHttpsUrl,
  isGuid,
  maskLines,
  type GetInput,
} from './fields.js'
export { expandGlob, hasMagic } from './glob.js'
export {
  ACTION_INPUTS,
  COMMANDS,
  readInputs,
  unknownInputs,
  type ActionInputs,
  type Command,
  type ReadOptions,
  type ReadResult,
} from './inputs.js'
export {
  DEFAULT_OIDC_AUDIENCE,
  cloudForGraphUrl,
  readConnectionInputs,
  type AuthKind,
  type ConnectionInputs,
  type OidcCheck,
} from './connection.js'
export { execute, type RunHooks } from './execute.js'
export { type ManifestInputs } from './manifestInputs.js'
export {
  failureLines,
  hasChanges,
  notDueLine,
  notFinishedLine,
  outputsFor,
  reportFailed,
  reportStatus,
  type OutputStatus,
  type PackageRun,
  type RunReport,
} from './report.js'
export { escapeText, renderSummary } from './summary.js'
export { createLogger, type LogSink } from './logger.js'
export { pipelineProvenance, provenanceOf, type RunContext } from './provenance.js'
export {
  describeClaims,
  diagnosedAssertion,
  federatedHint,
  mismatchLine,
  presentedClaims,
  type CiSystem,
  type PresentedClaims,
} from './oidcDiagnostics.js'
