/**
 * The two blob REST calls the upload needs (Put Block, Put Block List), sent over undici through the
 * request layer: the same retry strategies and sanitized logging as Graph, plus the one rule only blobs
 * have, a SAS renewal after a 403.
 * No `x-ms-version`: with a SAS, its `sv` selects the service version. Bodies are Buffers, never strings,
 * so no charset conversion can touch the bytes (the PowerShell 7.4 commitFileFailed lesson).
 */
import { type Dispatcher, request } from 'undici'
import { IntunePublishError, ErrorCodes } from '../errors'
import type { Logger } from '../logger'
import {
  answerReason,
  composePipeline,
  exponentialStrategy,
  intuneTransientStrategy,
  networkErrorCode,
  requestIdPolicy,
  requestLogPolicy,
  retryPolicy,
  throttlingStrategy,
  type LoopOptions,
  type PipelinePolicy,
  type PipelineRequest,
  type PipelineResponse,
  type RetrySettings,
  type RetryStrategy,
  type TransientCall,
} from '../request'
import type { SasLease } from './sasLease'

export function putBlockUrl(sasUrl: string, id: string): string {
  return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=block&blockid=${encodeURIComponent(id)}`
}

export function putBlockListUrl(sasUrl: string): string {
  return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=blocklist`
}

/** The `<Code>` of a blob service XML error, or undefined. */
export function blobErrorCode(xml: string): string | undefined {
  const m = /<Code>\s*([A-Za-z0-9_.-]{1,100})\s*<\/Code>/.exec(xml)
  return m?.[1]
}

export interface BlobRetrySettings extends RetrySettings {
  /** SAS renewals allowed for one request (403 after 403 means renewal is not helping). */
  renewalsPerBlock: number
}

export interface PutSettings {
  dispatcher: Dispatcher
  /** Time allowed for the answer after the body was sent, and between body chunks. */
  timeoutMs: number
  signal: AbortSignal
}

export interface BlobContext {
  lease: SasLease
  retry: BlobRetrySettings
  put: PutSettings
  logger: Logger
  counters: { retries: number }
  /** More policies for every attempt (pacing), after the retry policy. */
  perRetry?: PipelinePolicy[]
  sleep?: LoopOptions<unknown>['sleep']
}

type BlobResponse = PipelineResponse<Dispatcher.ResponseData>

/** One PUT through undici; answers for any HTTP status, rejects on network errors. */
function transport(put: PutSettings) {
  return async (req: PipelineRequest): Promise<BlobResponse> => {
    const res = await request(req.url, {
      method: 'PUT',
      body: req.body,
      headers: req.headers,
      dispatcher: put.dispatcher,
      signal: req.signal,
      headersTimeout: put.timeoutMs,
      bodyTimeout: put.timeoutMs,
    })
    const header = (name: string): string | undefined => {
      const v = res.headers[name]
      return Array.isArray(v) ? v[0] : v
    }
    return { status: res.statusCode, header, discard: () => res.body.dump(), raw: res }
  }
}

/** 403 on a SAS request: the signature expired or was revoked. Renew it (bounded) and send again at once. */
function sasRenewalStrategy(ctx: BlobContext, used: () => string): RetryStrategy {
  return {
    name: 'sas-renewal',
    decide({ outcome, retries }) {
      if (!outcome.ok || outcome.value.status !== 403) return undefined
      if (retries >= ctx.retry.renewalsPerBlock) return 'stop'
      return {
        waitMs: 0,
        reason: `${answerReason(outcome.value)}; renewing the SAS URL`,
        beforeRetry: async () => void (await ctx.lease.forbidden(used())),
      }
    },
  }
}

/**
 * Sends one request until it succeeds or the strategies give up; any other answer fails the upload.
 * `what` names the request in messages ("block 12", "the block list"); the URL never appears in them.
 */
export async function sendWithRetry(
  what: string,
  body: Buffer,
  contentType: string | undefined,
  buildUrl: (sas: string) => string,
  ctx: BlobContext,
): Promise<void> {
  let sas = ''
  let attempts = 0
  let renewals = 0
  // Every attempt takes the lease's current URL: a renewal by another block is picked up too.
  const sasPolicy: PipelinePolicy = {
    name: 'sasUrl',
    async sendRequest(req, next) {
      sas = await ctx.lease.url()
      attempts++
      return next({ ...req, url: buildUrl(sas) })
    },
  }
  const transient: TransientCall | undefined = what.startsWith('block ') ? 'putBlock' : undefined
  const strategies = [
    sasRenewalStrategy(ctx, () => sas),
    throttlingStrategy(ctx.retry),
    intuneTransientStrategy(ctx.retry),
    exponentialStrategy(ctx.retry),
  ]
  const send = composePipeline<Dispatcher.ResponseData>(
    [
      requestIdPolicy(),
      retryPolicy({
        strategies,
        settings: ctx.retry,
        logger: ctx.logger,
        sleep: ctx.sleep,
        onRetry: (_req, strategy) => {
          if (strategy === 'sas-renewal') renewals++
          else ctx.counters.retries++
        },
      }),
      sasPolicy,
      ...(ctx.perRetry ?? []),
      requestLogPolicy(ctx.logger),
    ],
    transport(ctx.put),
  )
  const headers: Record<string, string> = { 'content-length': String(body.length) }
  if (contentType) headers['content-type'] = contentType
  let res: BlobResponse
  try {
    res = await send({
      service: 'blob',
      method: 'PUT',
      url: '',
      headers,
      body,
      label: what,
      traits: { idempotent: true, transient },
      signal: ctx.put.signal,
    })
  } catch (e) {
    if (ctx.put.signal.aborted) throw ctx.put.signal.reason
    if (e instanceof IntunePublishError) throw e
    const code = networkErrorCode(e)
    const msg = code ?? (e instanceof Error ? e.message : String(e))
    throw new IntunePublishError(
      ErrorCodes.UploadFailed,
      code
        ? `Uploading ${what} to Azure Storage failed: ${code} after ${attempts} attempts.`
        : `Uploading ${what} failed: ${msg}`,
      { cause: e },
    )
  }
  if (res.status >= 200 && res.status < 300) return void (await res.discard())
  const text = await res.raw.body.text().catch(() => '')
  const errorCode = res.header('x-ms-error-code') ?? blobErrorCode(text)
  const reason = `HTTP ${res.status}${errorCode ? ` ${errorCode}` : ''}`
  const tail =
    res.status === 403 ? ` after ${renewals} SAS renewals` : attempts > 1 ? ` after ${attempts} attempts` : ''
  const hint =
    res.status === 403
      ? ' The SAS URL was refused even after renewal: check that renewUpload returns a fresh URL.'
      : ''
  throw new IntunePublishError(
    ErrorCodes.UploadFailed,
    `Uploading ${what} to Azure Storage failed: ${reason}${tail}.${hint}`,
    { status: res.status, graphCode: errorCode, requestId: res.header('x-ms-request-id') },
  )
}
