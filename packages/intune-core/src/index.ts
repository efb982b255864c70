/**
 * intune-core: everything intune-publish does, with no CI system in it. Adapters (CLI, GitHub Action,
 * Azure DevOps task) gather inputs, hand them here with a Logger, and render the results.
 * Importing this module has no side effects.
 */
export * from './errors'
export * from './logger'
export { sanitizeText, sanitizeUrl, registerSecret } from './sanitize'
export * from './connection'
export * from './http'
export * from './auth'
export * from './permissions'
export * from './graph'
export * from './request'
export { checkConnection, type CheckConnectionOptions } from './checkConnection'
export type { ConnectionInput, CheckConnectionResult, CheckStatus } from './api'
export * from './packaging'
export * from './packages'
export * from './templates'
export * from './upload'
export * from './crypto/payloadEncryptor'
export * from './plan/types'
export { renderPlanText, renderPlanMarkdown } from './plan/renderPlan'
export type { PublishInputs, PublishResult, PublishStatus, AssignmentMode } from './api'
export { publish, type PublishOptions } from './publish/publish'
export * from './assign'
export { formatBytes } from './formatBytes'
