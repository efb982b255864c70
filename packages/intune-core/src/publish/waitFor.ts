/**
 * Polls until a condition is met, with backoff and an overall deadline. Intune's state machines are
 * asynchronous and their timing is not documented (seconds for small files, minutes for large commits),
 * so the intervals grow and the deadline is what bounds the wait.
 */
import { ErrorCodes, IntunePublishError } from '../errors'

export interface WaitOptions {
  /** What we're waiting for, for the timeout message: "the SAS URI for IntunePackage.intunewin". */
  what: string
  deadlineMs: number
  initialDelayMs?: number
  maxDelayMs?: number
  signal?: AbortSignal
  /** Injected for tests. */
  sleep?: (ms: number) => Promise<void>
}

export type PollOutcome<T> = { done: true; value: T } | { done: false; state?: string }

const defaultSleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms))

export async function waitFor<T>(poll: () => Promise<PollOutcome<T>>, opts: WaitOptions): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep
  const started = Date.now()
  let delay = opts.initialDelayMs ?? 500
  const maxDelay = opts.maxDelayMs ?? 10_000
  let lastState: string | undefined
  for (;;) {
    if (opts.signal?.aborted) throw opts.signal.reason
    const outcome = await poll()
    if (outcome.done) return outcome.value
    lastState = outcome.state ?? lastState
    const elapsed = Date.now() - started
    if (elapsed + delay > opts.deadlineMs) {
      throw new IntunePublishError(
        ErrorCodes.Timeout,
        `Timed out after ${Math.round(elapsed / 1000)} s waiting for ${opts.what}` +
          (lastState ? ` (last state: ${lastState})` : ''),
        { fix: 'Intune may be slow right now: re-run later; the run is idempotent.' },
      )
    }
    await sleep(delay)
    delay = Math.min(maxDelay, Math.round(delay * 1.5))
  }
}
