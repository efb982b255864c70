/** App and assignment templates: loading, checking, and turning them into Graph bodies. No side effects. */
export { loadAppTemplate } from './appTemplate'
export type {
  AppTemplate,
  LoadAppTemplateOptions,
  RelationshipRef,
  SupersedenceRef,
  DependencyRef,
} from './appTemplate'
export { buildAppBody, DEFAULT_RETURN_CODES } from './buildAppBody'
export type { BuildAppBodyOptions, BuiltAppBody } from './buildAppBody'
export { chooseGraphVersion, combineGraphVersions } from './graphVersion'
export type { GraphVersionChoice } from './graphVersion'
export { checkGraphValue, allProperties, graphMetadata } from './graphMetadata'
export { loadAssignmentTemplate, ASSIGNMENT_INTENTS } from './assignmentTemplate'
export type {
  AssignmentTemplate,
  AssignmentPlanInput,
  AssignmentTargetInput,
  AssignmentFilterInput,
  AssignmentIntent,
  AssignmentSettingsInput,
  Win32AssignmentSettingsInput,
  LoadAssignmentTemplateOptions,
} from './assignmentTemplate'
export {
  toGraphAssignment,
  assignmentProblemsForApp,
  guardrailProblems,
  settingsPlatform,
} from './toGraphAssignment'
export type { GraphMobileAppAssignment, ResolvedIds } from './toGraphAssignment'
export { ringAssignments, ringIndex, DEFAULT_RETAIN } from './ringTemplate'
export type { Ring, RingGate, RingAssignments, ReleaseSettings, ReleaseStrategy } from './ringTemplate'
export { resolveTime, timeProblem, formatGraphDate } from './relativeTime'
export { readIcon, iconMimeType, MAX_ICON_BYTES } from './icon'
export type { GraphMimeContent } from './icon'
export { productCodeRule } from './winRules'
export type { GraphRule } from './winRules'
export { toMinimumOs, minimumOsMember } from './minimumOs'
