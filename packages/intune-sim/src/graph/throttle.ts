/**
 * Intune's request budget (sliding 20 s windows), as Microsoft documents it for the Intune apps
 * endpoints: writes 100 and all requests 1000 per app per tenant, and writes 200 and all requests 2000
 * per tenant, whichever app sends them. A refused request does not count; its Retry-After is when the
 * oldest counted request of the full window leaves it.
 */
export interface BudgetLimits {
  writesPer20s: number
  requestsPer20s: number
  /** Across every app of the tenant. */
  tenantWritesPer20s: number
  tenantRequestsPer20s: number
}

export const INTUNE_LIMITS: BudgetLimits = {
  writesPer20s: 100,
  requestsPer20s: 1000,
  tenantWritesPer20s: 200,
  tenantRequestsPer20s: 2000,
}
const WINDOW_MS = 20_000

interface Window {
  all: number[]
  writes: number[]
}

export class RequestBudget {
  private readonly seen = new Map<string, Window>()

  constructor(private readonly limits: BudgetLimits) {}

  /**
   * Counts a request for `appKey` (`<tenant>/<app>`, the tenant is the part before the slash); returns
   * the Retry-After seconds when the app's or the tenant's window is full.
   */
  take(
    appKey: string,
    isWrite: boolean,
    now = Date.now(),
  ): { ok: true } | { ok: false; retryAfterSec: number } {
    const tenantKey = `tenant:${appKey.split('/')[0]}`
    const app = this.window(appKey, now)
    const tenant = this.window(tenantKey, now)
    const full = (list: number[], limit: number) =>
      list.length >= limit ? list[list.length - limit] : undefined
    const l = this.limits
    const blockedSince = [
      full(app.all, l.requestsPer20s),
      full(tenant.all, l.tenantRequestsPer20s),
      isWrite ? full(app.writes, l.writesPer20s) : undefined,
      isWrite ? full(tenant.writes, l.tenantWritesPer20s) : undefined,
    ]
      .filter((t): t is number => t !== undefined)
      .sort((a, b) => b - a)[0]
    if (blockedSince !== undefined) {
      return { ok: false, retryAfterSec: Math.max(1, Math.ceil((blockedSince + WINDOW_MS - now) / 1000)) }
    }
    for (const w of [app, tenant]) {
      w.all.push(now)
      if (isWrite) w.writes.push(now)
    }
    return { ok: true }
  }

  private window(key: string, now: number): Window {
    const entry = this.seen.get(key) ?? { all: [], writes: [] }
    this.seen.set(key, entry)
    const fresh = (list: number[]) => list.filter(t => t > now - WINDOW_MS)
    entry.all = fresh(entry.all)
    entry.writes = fresh(entry.writes)
    return entry
  }
}
