/**
 * The INPUT_* variable names as the agent set them. task-lib moves them into its vault and deletes them
 * from process.env when it loads, so this module must be imported before task-lib.
 */
export const inputVariables: readonly string[] = Object.keys(process.env).filter(k => k.startsWith('INPUT_'))
