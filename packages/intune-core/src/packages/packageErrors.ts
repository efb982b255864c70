import * as path from 'node:path'
import { ErrorCodes, IntunePublishError } from '../errors'

/** A PACKAGE_INVALID error whose message starts with the file's name, so a CI log line says which file. */
export function packageInvalid(
  file: string,
  message: string,
  fix?: string,
  cause?: unknown,
): IntunePublishError {
  return new IntunePublishError(ErrorCodes.PackageInvalid, `${path.basename(file)}: ${message}`, {
    field: 'package',
    fix,
    cause,
  })
}

/** The wording every reader uses for a file that ends early or has broken structures. */
export function truncatedOrCorrupt(
  file: string,
  what: string,
  detail: string,
  cause?: unknown,
): IntunePublishError {
  return packageInvalid(
    file,
    `the ${what} is truncated or corrupt (${detail})`,
    'Rebuild or re-download the package; check that the upload of the build artifact completed.',
    cause,
  )
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}
