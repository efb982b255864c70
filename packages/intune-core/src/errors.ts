/**
 * The one error type intune-core throws. `code` is stable (callers and tests branch on it),
 * `message` is a single line a user can act on, and nothing secret is ever put in it:
 * messages pass through the sanitizer when the error is built.
 */
import { sanitizeText } from './sanitize'

export const ErrorCodes = {
  /** A user input (connection, flag, template, package path) is wrong. Nothing was sent anywhere. */
  InputInvalid: 'INPUT_INVALID',
  /** A host that is not Microsoft's was given without the custom-endpoints opt-in. */
  HostNotAllowed: 'HOST_NOT_ALLOWED',
  /** Sign-in to Entra failed (AADSTS error or network). */
  AuthFailed: 'AUTH_FAILED',
  /** The token lacks a permission the operation needs. */
  PermissionMissing: 'PERMISSION_MISSING',
  /** Graph answered with an error. */
  GraphError: 'GRAPH_ERROR',
  /** The package file is unreadable, corrupt or not what its extension says. */
  PackageInvalid: 'PACKAGE_INVALID',
  /** An app or assignment template is invalid. */
  TemplateInvalid: 'TEMPLATE_INVALID',
  /** Blob upload failed after retries. */
  UploadFailed: 'UPLOAD_FAILED',
  /** Intune refused the committed file (commitFileFailed and friends). */
  CommitFailed: 'COMMIT_FAILED',
  /** A wait (upload state, publishing state) ran past its deadline. */
  Timeout: 'TIMEOUT',
  /** The connection to a host failed (DNS, TLS, reset) after retries. */
  NetworkError: 'NETWORK_ERROR',
  /** An assignment could not be resolved or applied. */
  AssignmentInvalid: 'ASSIGNMENT_INVALID',
  /** Packaging a folder into .intunewin failed. */
  PackagingFailed: 'PACKAGING_FAILED',
  /** A release step's condition (ring wait, install gate, healthy in another environment) is not met. */
  ReleaseNotDue: 'RELEASE_NOT_DUE',
} as const

export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes]

export interface IntunePublishErrorOptions {
  /** HTTP status, when the error came from an HTTP answer (0 for network errors). */
  status?: number
  /** Graph's own error code, e.g. `Forbidden`, `BadRequest`, or an AADSTS code. */
  graphCode?: string
  /** The `request-id` the service returned, for support tickets. */
  requestId?: string
  /** The `client-request-id` we sent. */
  clientRequestId?: string
  /** For input errors: the field path, e.g. `connection.clientId` or `app.rules[0].path`. */
  field?: string
  /** A short hint on how to fix it, shown after the message. */
  fix?: string
  cause?: unknown
}

export class IntunePublishError extends Error {
  override readonly name = 'IntunePublishError'
  readonly code: ErrorCode
  readonly status?: number
  readonly graphCode?: string
  readonly requestId?: string
  readonly clientRequestId?: string
  readonly field?: string
  readonly fix?: string

  constructor(code: ErrorCode, message: string, options: IntunePublishErrorOptions = {}) {
    super(sanitizeText(message), options.cause === undefined ? undefined : { cause: options.cause })
    this.code = code
    this.status = options.status
    this.graphCode = options.graphCode
    this.requestId = options.requestId
    this.clientRequestId = options.clientRequestId
    this.field = options.field
    this.fix = options.fix === undefined ? undefined : sanitizeText(options.fix)
  }

  /** One line for a CI log: what went wrong, the fix, and the ids support will ask for. */
  toLine(): string {
    const parts = [this.message]
    if (this.fix) parts.push(this.fix)
    const ids = [
      this.requestId ? `request-id ${this.requestId}` : '',
      this.clientRequestId ? `client-request-id ${this.clientRequestId}` : '',
    ].filter(Boolean)
    if (ids.length) parts.push(`(${ids.join(', ')})`)
    return parts.join(' ')
  }
}

/** True for our error even when two copies of the package are loaded (bundles). */
export function isIntunePublishError(e: unknown): e is IntunePublishError {
  return e instanceof IntunePublishError || (e instanceof Error && e.name === 'IntunePublishError')
}

/** Shorthand for the most common error: a bad input, naming the field and the fix. */
export function inputError(field: string, message: string, fix?: string): IntunePublishError {
  return new IntunePublishError(ErrorCodes.InputInvalid, `${field}: ${message}`, { field, fix })
}

/** A user-facing line for any thrown value, sanitized. */
export function errorLine(e: unknown): string {
  if (isIntunePublishError(e)) return e.toLine()
  if (e instanceof Error) return sanitizeText(e.message)
  return sanitizeText(String(e))
}
