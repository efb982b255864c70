/**
 * The one conversion from whatever the Graph SDK throws into IntunePublishError(GRAPH_ERROR) carrying
 * status, Graph code, the readable message (Intune nests a JSON document inside `message`), request-id
 * and client-request-id.
 */
import { ErrorCodes, IntunePublishError, isIntunePublishError } from '../errors'

interface GraphErrorLike {
  statusCode?: number
  code?: string | null
  message?: string
  requestId?: string | null
  headers?: { get(name: string): string | null }
}

/** Intune's `message` is often `{"_version":3,"Message":"An error has occurred - Operation ID ...", ...}`. */
export function unwrapIntuneMessage(message: string | undefined): string {
  const m = (message ?? '').trim()
  if (!m.startsWith('{')) return m
  try {
    const inner = JSON.parse(m) as Record<string, unknown>
    const text = inner.Message ?? inner.message
    return typeof text === 'string' ? text.trim() : m
  } catch {
    return m
  }
}

function fixFor(status: number, message: string): string | undefined {
  if (status === 401)
    return "The token was refused: check that the connection's cloud matches the tenant, then sign in again."
  if (status === 403 && /must have one of the following scopes/i.test(message)) {
    return 'Grant the listed permission as an application permission and grant admin consent (see check-connection).'
  }
  if (status === 403) return 'The app lacks a permission or Intune role for this call; run check-connection.'
  if (status === 429)
    return 'Intune throttled the run past the retry budget: publish fewer apps in parallel or retry later.'
  return undefined
}

export function toGraphError(
  e: unknown,
  method: string,
  path: string,
  clientRequestId: string,
): IntunePublishError {
  if (isIntunePublishError(e)) return e
  const g = (e && typeof e === 'object' ? e : {}) as GraphErrorLike
  const status = typeof g.statusCode === 'number' && g.statusCode > 0 ? g.statusCode : 0
  const requestId = g.requestId ?? g.headers?.get('request-id') ?? undefined
  const message = unwrapIntuneMessage(g.message) || (status ? `HTTP ${status}` : 'no answer')
  const code = g.code ?? undefined
  const where = `Graph ${method} ${path.split('?')[0]}`
  if (!status && g.code === 'IntunePublishError' && g.message) {
    // Our send middleware's own network error, wrapped by the SDK: keep its words.
    return new IntunePublishError(ErrorCodes.NetworkError, g.message, {
      status: 0,
      clientRequestId,
      fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
    })
  }
  if (!status) {
    return new IntunePublishError(ErrorCodes.NetworkError, `${where} failed: ${message}`, {
      status: 0,
      clientRequestId,
      fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
      cause: e,
    })
  }
  return new IntunePublishError(
    ErrorCodes.GraphError,
    `${where} → ${status}${code ? ` ${code}` : ''}: ${message}`,
    {
      status,
      graphCode: code,
      requestId,
      clientRequestId,
      fix: fixFor(status, message),
      cause: e,
    },
  )
}
