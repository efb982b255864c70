/**
 * Composable retry strategies, in the manner of core-rest-pipeline: each looks at one outcome and says
 * "retry after this wait", "stop here", or "not mine" (the next strategy is asked). Each counts its own
 * retries, so a throttled call that also hits a dropped connection gets both budgets, never unbounded.
 */
import type { Settled } from './retryLoop'
import { networkErrorCode } from './networkErrors'
import { retryAfterMs } from './retryAfter'
import { type PipelineRequest, type PipelineResponse, type TransientCall, isIdempotent } from './types'

export interface RetryContext {
  request: PipelineRequest
  outcome: Settled<PipelineResponse<unknown>>
  /** Retries this strategy has already granted on this call. */
  retries: number
}

export interface StrategyDecision {
  waitMs: number
  reason: string
  /** Runs after the wait, before the next attempt (the SAS renewal). */
  beforeRetry?: () => Promise<void>
}

export interface RetryStrategy {
  readonly name: string
  /** A retry, `'stop'` (give up now, ask no one else), or undefined (not this strategy's case). */
  decide(ctx: RetryContext): StrategyDecision | 'stop' | undefined
}

export interface RetrySettings {
  /** Attempts per call, the first included, for throttling and for errors safe to repeat. */
  maxAttempts: number
  /** First exponential backoff; doubled per retry, with jitter. */
  baseDelayMs: number
  /** Cap on any single wait, a server's Retry-After included. */
  maxDelayMs: number
  /** Total waiting across one call's retries. */
  maxTotalWaitMs: number
  /**
   * Waits for Intune's known transient answers, one entry per retry: the schedule's length bounds the
   * retries. Defaults follow the references (docs/protocol-notes.md, "Transient answers").
   */
  transientDelaysMs: Record<TransientCall, readonly number[]>
  /** Injectable for tests. */
  random?: () => number
}

const s = (...seconds: number[]): number[] => seconds.map(x => x * 1000)

/** IntuneAppBuilder: 10 × 30 s on files 404, 30 × 10 s on blocks; Microsoft's update sample: 180 s before the PATCH. */
export const INTUNE_TRANSIENT_DELAYS: Record<TransientCall, readonly number[]> = {
  createContentFile: s(2, 5, 10, 20, 30, 30, 30, 30, 30, 30),
  patchAfterCommit: s(5, 10, 15, 30, 30, 30, 30, 30),
  putBlock: s(1, 2, 4, 8, 15, 30, 30, 30, 30, 30),
}

export const GRAPH_RETRY: RetrySettings = {
  maxAttempts: 6,
  baseDelayMs: 1_000,
  // Graph SDK's own limit on Retry-After.
  maxDelayMs: 180_000,
  maxTotalWaitMs: 5 * 60_000,
  transientDelaysMs: INTUNE_TRANSIENT_DELAYS,
}

export const BLOB_RETRY: RetrySettings = {
  maxAttempts: 6,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  maxTotalWaitMs: 5 * 60_000,
  transientDelaysMs: INTUNE_TRANSIENT_DELAYS,
}

/**
 * The wait before retry `retry` (from 1): an exponential ceiling, half of it fixed and half random, so
 * parallel retries spread out and none is instant.
 */
export function backoffMs(
  retry: number,
  settings: Pick<RetrySettings, 'baseDelayMs' | 'maxDelayMs' | 'random'>,
): number {
  const ceiling = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** (retry - 1))
  return Math.round(ceiling / 2 + ((settings.random ?? Math.random)() * ceiling) / 2)
}

/** "HTTP 503 ServerBusy": the status and, from Azure Storage, its error code. */
export function answerReason(res: PipelineResponse<unknown>): string {
  const code = res.header('x-ms-error-code')
  return `HTTP ${res.status}${code ? ` ${code}` : ''}`
}

const status = (ctx: RetryContext): number | undefined =>
  ctx.outcome.ok ? ctx.outcome.value.status : undefined

/**
 * 429 always; 503 when the server named a wait (Graph's documented throttling answers). Nothing was done,
 * so any request may be repeated. Waits what the server asked, else backs off.
 */
export function throttlingStrategy(settings: RetrySettings): RetryStrategy {
  return {
    name: 'throttling',
    decide(ctx) {
      if (!ctx.outcome.ok) return undefined
      const res = ctx.outcome.value
      const asked = retryAfterMs(n => res.header(n))
      const throttled = res.status === 429 || (res.status === 503 && asked !== undefined)
      if (!throttled || (ctx.request.traits.throttlingOnly && res.status !== 429)) return undefined
      if (ctx.retries + 1 >= settings.maxAttempts) return 'stop'
      const waitMs = Math.min(asked ?? backoffMs(ctx.retries + 1, settings), settings.maxDelayMs)
      return { waitMs, reason: answerReason(res) }
    },
  }
}

const SERVER_ERRORS = new Set([408, 500, 502, 503, 504])

/** 408, 5xx and dropped connections, on requests safe to send twice: exponential backoff with jitter. */
export function exponentialStrategy(settings: RetrySettings): RetryStrategy {
  return {
    name: 'exponential',
    decide(ctx) {
      if (!isIdempotent(ctx.request) || ctx.request.traits.throttlingOnly) return undefined
      const code = ctx.outcome.ok ? undefined : networkErrorCode(ctx.outcome.error)
      const st = status(ctx)
      if (!code && !(st !== undefined && SERVER_ERRORS.has(st))) return undefined
      if (ctx.retries + 1 >= settings.maxAttempts) return 'stop'
      const reason = ctx.outcome.ok ? answerReason(ctx.outcome.value) : (code ?? 'network error')
      return { waitMs: backoffMs(ctx.retries + 1, settings), reason }
    },
  }
}

/** Blob error codes that say the request itself is wrong: a retry can't fix them. */
const PERMANENT_BLOB_400 = new Set([
  'InvalidBlockId',
  'InvalidBlockList',
  'InvalidQueryParameterValue',
  'InvalidHeaderValue',
  'MissingRequiredHeader',
  'InvalidUri',
  'RequestBodyTooLarge',
  'Md5Mismatch',
])

/**
 * A 400 on the PATCH after a commit that says what is wrong with the body: no wait makes it pass, so it
 * fails at once instead of after the 180 s schedule (and the app is not kept waiting to be deleted).
 * The transient answer names no reason (Microsoft's sample only sleeps before it; docs/simulator.md).
 */
const VALIDATION_400 =
  /ModelValidationFailure|cannot be updated|is required|is not valid|invalid|read-?only|does not exist on type|not supported/i

const TRANSIENT_STATUS: Record<TransientCall, readonly number[]> = {
  createContentFile: [404],
  patchAfterCommit: [400],
  putBlock: [400, 307],
}

/**
 * Intune's known transient answers (issue 9 item 10), on the calls that show them, on a bounded schedule.
 * A 307 on Put Block is retried on the same URL, never followed: the SAS must not go to another host.
 */
export function intuneTransientStrategy(settings: RetrySettings): RetryStrategy {
  return {
    name: 'intune-transient',
    decide(ctx) {
      const call = ctx.request.traits.transient
      const st = status(ctx)
      if (!call || st === undefined || !TRANSIENT_STATUS[call].includes(st)) return undefined
      if (
        call === 'putBlock' &&
        ctx.outcome.ok &&
        PERMANENT_BLOB_400.has(ctx.outcome.value.header('x-ms-error-code') ?? '')
      )
        return undefined
      if (
        call === 'patchAfterCommit' &&
        ctx.outcome.ok &&
        VALIDATION_400.test(ctx.outcome.value.errorText ?? '')
      )
        return undefined
      const schedule = settings.transientDelaysMs[call]
      if (ctx.retries >= schedule.length) return 'stop'
      const reason = `${ctx.outcome.ok ? answerReason(ctx.outcome.value) : ''}, a known transient answer of ${call}`
      return { waitMs: schedule[ctx.retries], reason }
    },
  }
}

/** The strategies every Graph call goes through, in order. */
export function graphStrategies(settings: RetrySettings): RetryStrategy[] {
  return [throttlingStrategy(settings), intuneTransientStrategy(settings), exponentialStrategy(settings)]
}

/** Settings a caller may override: any field, and any transient schedule on its own. */
export type RetryOverrides = Partial<Omit<RetrySettings, 'transientDelaysMs'>> & {
  transientDelaysMs?: Partial<Record<TransientCall, readonly number[]>>
}

export function resolveRetrySettings(base: RetrySettings, overrides: RetryOverrides = {}): RetrySettings {
  return {
    ...base,
    ...overrides,
    transientDelaysMs: { ...base.transientDelaysMs, ...overrides.transientDelaysMs },
  }
}
