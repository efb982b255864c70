/** Release stages: rings, health-gated promotion, ring state in the notes marker. */
export { promote, type PromoteOptions } from './promote'
export type { PromoteInputs, PromotePlan, PromoteResult, PromoteStatus } from './types'
export { renderPromoteText, renderPromoteMarkdown } from './renderPromote'
export { readInstallReport, type InstallFigures, type InstallReport } from './installReport'
export { evaluateGate, gateChecks, successRate, type GateCheck, type GateResult } from './gate'
export { readRingState, publishRingFields, type RingState } from './ringState'
export {
  rollback,
  UPDATE_IN_PLACE_ROLLBACK,
  type RollbackInputs,
  type RollbackPlan,
  type RollbackResult,
} from './rollback'
