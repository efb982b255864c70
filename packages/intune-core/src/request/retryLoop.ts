/**
 * The one retry loop. Every retry in the client (each Graph call, each blob request, the look-before-
 * retry of an ambiguous create) runs here: try, ask the strategies, wait, try again, bounded by what each
 * strategy allows and by a total wait for the whole call.
 */
import { setTimeout as delay } from 'node:timers/promises'

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown }

export interface RetryDecision<T> {
  /** Wait before the next attempt. */
  waitMs: number
  /** Which strategy decided, and why, for the log line ("throttling", "HTTP 429"). */
  strategy: string
  reason: string
  /** Runs after the wait, before the next attempt (renew a SAS URL, look for an app); a value ends the loop with it. */
  beforeRetry?: () => Promise<T | undefined>
}

export interface LoopOptions<T> {
  /** Total time spent waiting across one call's retries; a wait that would pass it is not made. */
  maxTotalWaitMs: number
  signal?: AbortSignal
  /** Replaces the wait (tests). */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>
  /** Called before each wait, for logs and counters. */
  onRetry?: (decision: RetryDecision<T>, attempt: number) => void
  /** Called when an answer is dropped for a retry (free its connection). */
  discard?: (value: T) => Promise<void>
}

export const defaultSleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  delay(ms, undefined, { signal })

/**
 * Runs `attempt` until `decide` returns no decision. `decide` sees each outcome and the attempt number
 * (from 1). An error nobody retries is thrown; a value nobody retries (an HTTP answer) is returned.
 */
export async function retryLoop<T>(
  attempt: () => Promise<T>,
  decide: (outcome: Settled<T>, attempt: number) => RetryDecision<T> | undefined,
  opts: LoopOptions<T>,
): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep
  let waited = 0
  for (let n = 1; ; n++) {
    opts.signal?.throwIfAborted()
    let outcome: Settled<T>
    try {
      outcome = { ok: true, value: await attempt() }
    } catch (error) {
      if (opts.signal?.aborted) throw opts.signal.reason
      outcome = { ok: false, error }
    }
    const decision = decide(outcome, n)
    if (!decision || waited + decision.waitMs > opts.maxTotalWaitMs) {
      if (outcome.ok) return outcome.value
      throw outcome.error
    }
    if (outcome.ok) await opts.discard?.(outcome.value)
    opts.onRetry?.(decision, n)
    await sleep(decision.waitMs, opts.signal)
    waited += decision.waitMs
    const done = await decision.beforeRetry?.()
    if (done !== undefined) return done
  }
}
