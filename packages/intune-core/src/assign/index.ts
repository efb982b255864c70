/** Assignments, relationships, categories and scope tags: resolve names, plan without writing, then apply. */
export {
  resolveDirectory,
  resolveGroups,
  resolveFilters,
  resolveScopeTags,
  resolveCategories,
  emptyGroups,
} from './resolveDirectory'
export type { DirectoryNeeds, ResolvedDirectory, Resolution } from './resolveDirectory'
export { directoryNeeds, neededPermissions } from './directoryNeeds'
export { planAssignments, forPosting } from './planAssignments'
export type { PlanAssignmentsInput, AssignmentPlan } from './planAssignments'
export {
  readAssignments,
  applyAssignments,
  waitForAppPublished,
  addAssignment,
  removeAssignment,
} from './applyAssignments'
export type { ApplyAssignmentsOptions } from './applyAssignments'
export { targetKey, hasFilter, canonical, assignmentDifferences, describeTarget } from './assignmentIdentity'
export { resolveAppRef } from './resolveAppRef'
export type { AppRef } from './resolveAppRef'
export { planRelationships, ownRelationships, MAX_DEPENDENCIES, MAX_SUPERSEDENCES } from './planRelationships'
export type {
  GraphRelationship,
  RelationshipItem,
  RelationshipKind,
  PlanRelationshipsInput,
  RelationshipPlan,
} from './planRelationships'
export { readRelationships, applyRelationships } from './applyRelationships'
export { readCategories, planCategories, applyCategories, scopeTagIds } from './categories'
export type { CategoryRef } from './categories'
export type { AssignGraph, GraphAssignment } from './shared'
