/**
 * intune-core: everything intune-publish does, with no CI system in it. Adapters (CLI, GitHub Action,
 * Azure DevOps task) gather inputs, hand them here with a Logger, and render the results.
 * Importing this module has no side effects.
 */
export * from './errors'
export * from './logger'
export { sanitizeText, sanitizeUrl, registerSecret } from './sanitize'
