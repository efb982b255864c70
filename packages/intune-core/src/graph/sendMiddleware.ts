/**
 * The last link of the Graph SDK's middleware chain: sends through our undici dispatcher (proxy, extra
 * CA, keep-alive) and never follows redirects. Retries and logging are the policies before it.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { HttpClient } from '../http'
import { innermostMessage, tlsErrorCode, tlsFailure } from '../request'
import { requestFromContext } from './policyMiddleware'

export function sendMiddleware(http: HttpClient): Middleware {
  return {
    async execute(context: Context): Promise<void> {
      const req = requestFromContext(context)
      try {
        const res = await http.fetch(req.url, {
          method: req.method,
          headers: req.headers,
          body: req.body,
          redirect: 'manual',
        })
        context.response = res as unknown as Response
      } catch (e) {
        const tls = tlsErrorCode(e)
        if (tls) {
          const { message, fix } = tlsFailure(new URL(req.url).host, tls)
          throw new IntunePublishError(ErrorCodes.NetworkError, `Graph ${req.method}: ${message}.`, {
            status: 0,
            clientRequestId: req.headers['client-request-id'],
            fix,
            cause: e,
          })
        }
        // The cause chain keeps undici's code, so the retry strategies still see a dropped connection.
        throw new IntunePublishError(
          ErrorCodes.NetworkError,
          `Graph ${req.method} ${new URL(req.url).pathname}: ${innermostMessage(e)}`,
          {
            status: 0,
            clientRequestId: req.headers['client-request-id'],
            fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
            cause: e,
          },
        )
      }
    },
  }
}
