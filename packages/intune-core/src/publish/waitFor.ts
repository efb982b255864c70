/**
 * Polls until a condition is met, with an overall deadline. Intune's state machines are asynchronous and
 * their timing is not documented (seconds for small files, minutes for large commits), so the pace adapts
 * to how long the wait has lasted:
 *   - the first polls come soon (`initialDelayMs`, doubling) up to one a second, the pace of the reference
 *     clients that poll fastest (Microsoft's samples, WinTuner; protocol reference §3.3);
 *   - after that the interval is an eighth of the time waited so far, up to `maxDelayMs`: a result is seen
 *     at most ~12% after it is ready, while a long commit costs only a few dozen GETs.
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
  now?: () => number
}

export type PollOutcome<T> = { done: true; value: T } | { done: false; state?: string }

const defaultSleep = (ms: number) => new Promise<void>(r => setTimeout(r, ms))

/** The warm-up polls grow to this interval (never below `initialDelayMs`). */
export const STEADY_POLL_MS = 1000
/** Past the warm-up, wait this fraction of the time waited so far. */
export const ELAPSED_FRACTION = 1 / 8

/** The delay before poll number `n + 1` (n ≥ 0), `elapsedMs` into the wait. */
export function pollDelay(n: number, elapsedMs: number, initialMs: number, maxMs: number): number {
  const warmUp = Math.min(initialMs * 2 ** n, Math.max(initialMs, STEADY_POLL_MS))
  return Math.round(Math.min(maxMs, Math.max(warmUp, elapsedMs * ELAPSED_FRACTION)))
}

export async function waitFor<T>(poll: () => Promise<PollOutcome<T>>, opts: WaitOptions): Promise<T> {
  const sleep = opts.sleep ?? defaultSleep
  const now = opts.now ?? Date.now
  const started = now()
  const initial = opts.initialDelayMs ?? 500
  const maxDelay = Math.max(initial, opts.maxDelayMs ?? 10_000)
  let lastState: string | undefined
  for (let n = 0; ; n++) {
    if (opts.signal?.aborted) throw opts.signal.reason
    const outcome = await poll()
    if (outcome.done) return outcome.value
    lastState = outcome.state ?? lastState
    const elapsed = now() - started
    const delay = pollDelay(n, elapsed, initial, maxDelay)
    if (elapsed + delay > opts.deadlineMs) {
      throw new IntunePublishError(
        ErrorCodes.Timeout,
        `Timed out after ${Math.round(elapsed / 1000)} s waiting for ${opts.what}` +
          (lastState ? ` (last state: ${lastState})` : ''),
        { fix: 'Intune may be slow right now: re-run later; the run is idempotent.' },
      )
    }
    await sleep(delay)
  }
}
