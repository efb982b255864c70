/**
 * The CLI's version, from its package.json: read at run time from dist/, inlined by the bundler into
 * the single-file package.
 */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkg = require('../package.json') as { version: string; name: string }

export const VERSION: string = pkg.version
export const PACKAGE_NAME: string = pkg.name
