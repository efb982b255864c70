/**
 * The two blob REST calls the upload needs, over undici, and their retry loop.
 * No `x-ms-version`: with a SAS, its `sv` selects the service version. Bodies are Buffers, never strings,
 * so no charset conversion can touch the bytes (the PowerShell 7.4 commitFileFailed lesson).
 */
import { setTimeout as sleep } from 'node:timers/promises'
import { request, type Dispatcher } from 'undici'
import { IntunePublishError, ErrorCodes } from '../errors'
import type { Logger } from '../logger'
import {
  backoffMs,
  blobErrorCode,
  classifyStatus,
  networkErrorCode,
  parseRetryAfter,
  type RetrySettings,
} from './retryPolicy'
import type { SasLease } from './sasLease'

export function putBlockUrl(sasUrl: string, id: string): string {
  return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=block&blockid=${encodeURIComponent(id)}`
}

export function putBlockListUrl(sasUrl: string): string {
  return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=blocklist`
}

export interface BlobAnswer {
  status: number
  errorCode?: string
  retryAfterMs?: number
  requestId?: string
}

export interface PutSettings {
  dispatcher: Dispatcher
  /** Time allowed for the answer after the body was sent, and between body chunks. */
  timeoutMs: number
  signal: AbortSignal
}

/** One PUT; resolves with the answer for any HTTP status, rejects on network errors. */
export async function putOnce(
  url: string,
  body: Buffer,
  contentType: string | undefined,
  s: PutSettings,
): Promise<BlobAnswer> {
  const headers: Record<string, string> = { 'content-length': String(body.length) }
  if (contentType) headers['content-type'] = contentType
  const res = await request(url, {
    method: 'PUT',
    body,
    headers,
    dispatcher: s.dispatcher,
    signal: s.signal,
    headersTimeout: s.timeoutMs,
    bodyTimeout: s.timeoutMs,
  })
  const header = (name: string) => {
    const v = res.headers[name]
    return Array.isArray(v) ? v[0] : v
  }
  const requestId = header('x-ms-request-id')
  if (res.statusCode >= 200 && res.statusCode < 300) {
    await res.body.dump()
    return { status: res.statusCode, requestId }
  }
  const text = await res.body.text().catch(() => '')
  return {
    status: res.statusCode,
    errorCode: header('x-ms-error-code') ?? blobErrorCode(text),
    retryAfterMs: parseRetryAfter(res.headers['retry-after']),
    requestId,
  }
}

export interface RetryCounters {
  retries: number
}

/**
 * Sends one request until it succeeds: retries transient failures with backoff, renews the SAS on 403
 * (at most `renewalsPerBlock` times), and fails at once on any other 4xx. `what` names the request in
 * messages ("block 12", "the block list"); the URL never appears in them.
 */
export async function sendWithRetry(
  what: string,
  body: Buffer,
  contentType: string | undefined,
  buildUrl: (sas: string) => string,
  ctx: {
    lease: SasLease
    retry: RetrySettings
    put: PutSettings
    logger: Logger
    counters: RetryCounters
    random?: () => number
  },
): Promise<void> {
  let attempt = 0
  let renewals = 0
  let sas = await ctx.lease.url()
  for (;;) {
    ctx.put.signal.throwIfAborted()
    attempt++
    let answer: BlobAnswer | undefined
    let netCode: string | undefined
    try {
      answer = await putOnce(buildUrl(sas), body, contentType, ctx.put)
    } catch (e) {
      if (ctx.put.signal.aborted) throw ctx.put.signal.reason
      netCode = networkErrorCode(e)
      if (!netCode) {
        const msg = e instanceof Error ? e.message : String(e)
        throw new IntunePublishError(ErrorCodes.UploadFailed, `Uploading ${what} failed: ${msg}`, {
          cause: e,
        })
      }
    }
    if (answer && answer.status < 300) return
    const kind = answer ? classifyStatus(answer.status) : 'retry'
    const reason = answer ? `HTTP ${answer.status}${answer.errorCode ? ` ${answer.errorCode}` : ''}` : netCode
    if (kind === 'renew') {
      if (renewals >= ctx.retry.renewalsPerBlock)
        throw failed(what, reason, answer, `after ${renewals} SAS renewals`)
      renewals++
      attempt--
      ctx.logger.debug(`upload: ${what} got ${reason}; renewing the SAS URL and retrying`)
      sas = await ctx.lease.forbidden(sas)
      continue
    }
    if (kind === 'fatal') throw failed(what, reason, answer)
    if (attempt >= ctx.retry.attempts) throw failed(what, reason, answer, `after ${attempt} attempts`)
    const wait = backoffMs(attempt, ctx.retry, answer?.retryAfterMs, ctx.random)
    ctx.counters.retries++
    ctx.logger.debug(`upload: ${what} failed (${reason}), attempt ${attempt}; retrying in ${wait} ms`)
    await sleep(wait, undefined, { signal: ctx.put.signal })
    sas = await ctx.lease.url()
  }
}

function failed(
  what: string,
  reason: string | undefined,
  answer?: BlobAnswer,
  tail?: string,
): IntunePublishError {
  const hint =
    answer?.status === 403
      ? ' The SAS URL was refused even after renewal: check that renewUpload returns a fresh URL.'
      : ''
  return new IntunePublishError(
    ErrorCodes.UploadFailed,
    `Uploading ${what} to Azure Storage failed: ${reason ?? 'unknown error'}${tail ? ` ${tail}` : ''}.${hint}`,
    {
      status: answer?.status ?? 0,
      graphCode: answer?.errorCode,
      requestId: answer?.requestId,
    },
  )
}
