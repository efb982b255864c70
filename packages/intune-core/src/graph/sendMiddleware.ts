/**
 * The last link of the Graph SDK's middleware chain: sends through our undici dispatcher (proxy, extra CA,
 * keep-alive), retries 429/503/504 by our retry policy, and debug-logs every attempt without secrets.
 */
import type { Context, Middleware } from '@microsoft/microsoft-graph-client'
import type { RequestPacer } from '../budget'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { HttpClient } from '../http'
import type { Logger } from '../logger'
import { sanitizeUrl } from '../sanitize'
import { ThrottlingRetryOnly } from './throttlingRetryOnly'
import { type RetryPolicy, parseRetryAfter, retryDelay } from './retryPolicy'

export interface SendMiddlewareOptions {
  http: HttpClient
  logger: Logger
  retry: RetryPolicy
  sleep?: (ms: number) => Promise<void>
  /** Intune's request budget: each attempt waits for room, and a 429 pauses the window it hit. */
  pacer?: RequestPacer
}

const defaultSleep = (ms: number): Promise<void> => new Promise(resolve => setTimeout(resolve, ms))

export function sendMiddleware(opts: SendMiddlewareOptions): Middleware {
  const sleep = opts.sleep ?? defaultSleep
  return {
    async execute(context: Context): Promise<void> {
      const url = typeof context.request === 'string' ? context.request : context.request.url
      const init = context.options ?? {}
      const method = (init.method ?? 'GET').toUpperCase()
      const headers: Record<string, string> = {}
      new Headers(init.headers).forEach((v, k) => {
        headers[k] = v
      })
      const body = init.body as string | Uint8Array | undefined | null
      if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
        // Streams cannot be replayed on retry; Graph JSON calls never need them (blobs go elsewhere).
        throw new IntunePublishError(
          ErrorCodes.GraphError,
          `Graph ${method}: only buffered bodies are supported.`,
        )
      }
      let waited = 0
      for (let attempt = 1; ; attempt++) {
        const isWrite = method !== 'GET' && method !== 'HEAD'
        const ticket = await opts.pacer?.acquire(isWrite)
        const started = Date.now()
        let res
        try {
          res = await opts.http.fetch(url, { method, headers, body: body ?? undefined, redirect: 'manual' })
        } catch (e) {
          ticket?.settle()
          const why = e instanceof Error ? ((e.cause as Error | undefined)?.message ?? e.message) : String(e)
          opts.logger.debug(
            `graph ${method} ${sanitizeUrl(url)} failed after ${Date.now() - started} ms: ${why}`,
          )
          throw new IntunePublishError(
            ErrorCodes.NetworkError,
            `Graph ${method} ${new URL(url).pathname}: ${why}`,
            {
              status: 0,
              clientRequestId: headers['client-request-id'],
              fix: 'Check the network path to Graph (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
            },
          )
        }
        ticket?.settle()
        if (res.status === 429)
          opts.pacer?.throttled(
            isWrite,
            parseRetryAfter(res.headers.get('retry-after')) ?? opts.retry.baseDelayMs,
          )
        const requestId = res.headers.get('request-id') ?? '-'
        opts.logger.debug(
          `graph ${method} ${sanitizeUrl(url)} → ${res.status} (request-id ${requestId}, client-request-id ${headers['client-request-id'] ?? '-'}, ${Date.now() - started} ms)`,
        )
        const throttlingOnly =
          context.middlewareControl?.getMiddlewareOptions(ThrottlingRetryOnly) !== undefined
        const retryable = !throttlingOnly || res.status === 429
        const delay = retryable
          ? retryDelay(res.status, attempt, res.headers.get('retry-after'), waited, opts.retry)
          : undefined
        if (delay === undefined) {
          context.response = res as unknown as Response
          return
        }
        await res.body?.cancel()
        opts.logger.debug(
          `graph ${method} ${sanitizeUrl(url)}: ${res.status}, retry ${attempt} in ${delay} ms`,
        )
        await sleep(delay)
        waited += delay
      }
    },
  }
}
