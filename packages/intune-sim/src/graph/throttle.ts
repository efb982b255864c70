/**
 * Intune's per-app request budget (sliding 20 s window): writes 100 and all requests 1000 per app per
 * tenant by default. A refused request does not count; its Retry-After is when the oldest counted
 * request leaves the window.
 */
export interface BudgetLimits {
  writesPer20s: number
  requestsPer20s: number
}

export const INTUNE_LIMITS: BudgetLimits = { writesPer20s: 100, requestsPer20s: 1000 }
const WINDOW_MS = 20_000

export class RequestBudget {
  private readonly seen = new Map<string, { all: number[]; writes: number[] }>()

  constructor(private readonly limits: BudgetLimits) {}

  /** Counts a request for `appKey`; returns the Retry-After seconds when over budget. */
  take(
    appKey: string,
    isWrite: boolean,
    now = Date.now(),
  ): { ok: true } | { ok: false; retryAfterSec: number } {
    const entry = this.seen.get(appKey) ?? { all: [], writes: [] }
    this.seen.set(appKey, entry)
    const fresh = (list: number[]) => list.filter(t => t > now - WINDOW_MS)
    entry.all = fresh(entry.all)
    entry.writes = fresh(entry.writes)
    const full = (list: number[], limit: number) =>
      list.length >= limit ? list[list.length - limit] : undefined
    const blockedSince = [
      full(entry.all, this.limits.requestsPer20s),
      isWrite ? full(entry.writes, this.limits.writesPer20s) : undefined,
    ]
      .filter((t): t is number => t !== undefined)
      .sort((a, b) => b - a)[0]
    if (blockedSince !== undefined) {
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((blockedSince + WINDOW_MS - now) / 1000)) }
    }
    entry.all.push(now)
    if (isWrite) entry.writes.push(now)
    return { ok: true }
  }
}
