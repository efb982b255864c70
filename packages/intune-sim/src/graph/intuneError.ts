/**
 * Intune's own errors (from its backend services rather than Graph's OData layer) put a JSON-encoded
 * object in the Graph envelope's `message`, e.g. `{"_version":3,"Message":"... - Activity ID: ..."}`.
 */
import crypto from 'node:crypto'
import { GraphHttpError } from './router'

export function intuneError(
  status: number,
  code: string,
  text: string,
  resourcePath: string,
): GraphHttpError {
  const activity = crypto.randomUUID()
  const message = JSON.stringify({
    _version: 3,
    Message: `${text} - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000 - Activity ID: ${activity} - Url: https://fef.msua06.manage.microsoft.com/AppLifecycle_2601/StatelessAppMetadataFEService${resourcePath}?api-version=5025-10-01 - CustomApiErrorPhrase: `,
    CustomApiErrorPhrase: '',
    RetryAfter: null,
    ErrorSourceService: '',
    HttpHeaders: '{}',
  })
  return new GraphHttpError(status, code, message)
}
