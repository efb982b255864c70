/**
 * The client side of Intune's budget for one tenant: the tenant's windows, shared by every connection of
 * the run that signs in to it, and each app registration's own. A request waits (in order) until every
 * window it counts against has room, so a run of many apps sends writes at the pace Intune accepts
 * instead of collecting 429s. A 429 that still arrives pauses that app's window for its Retry-After.
 */
import { type BudgetLimits, INTUNE_BUDGET } from './budgetLimits'
import { SlidingWindow } from './slidingWindow'

export interface BudgetTicket {
  /** The response (or the failure) is in: the request's slot is stamped with this moment. */
  settle(): void
}

/** What the request layer asks before each attempt, and tells after a 429. */
export interface RequestPacer {
  acquire(isWrite: boolean): Promise<BudgetTicket>
  throttled(isWrite: boolean, retryAfterMs: number): void
}

export interface BudgetStats {
  /** Requests that had to wait for room, and how long they waited in all. */
  delayed: number
  delayedMs: number
  /** 429 answers received. */
  throttled: number
}

interface Waiter {
  windows: SlidingWindow[]
  since: number
  grant: () => void
}

interface AppWindows {
  writes: SlidingWindow
  requests: SlidingWindow
}

export class TenantBudget {
  readonly stats: BudgetStats = { delayed: 0, delayedMs: 0, throttled: 0 }
  private readonly writes: SlidingWindow
  private readonly requests: SlidingWindow
  private readonly apps = new Map<string, AppWindows>()
  private waiters: Waiter[] = []
  private timer: NodeJS.Timeout | undefined
  private timerAt = Infinity

  constructor(readonly limits: BudgetLimits = INTUNE_BUDGET) {
    this.writes = new SlidingWindow(limits.tenantWrites, limits.windowMs)
    this.requests = new SlidingWindow(limits.tenantRequests, limits.windowMs)
  }

  /** The pacer for one app registration (client id) of this tenant. */
  forApp(clientId: string): RequestPacer {
    const key = clientId.toLowerCase()
    let app = this.apps.get(key)
    if (!app) {
      app = {
        writes: new SlidingWindow(this.limits.appWrites, this.limits.windowMs),
        requests: new SlidingWindow(this.limits.appRequests, this.limits.windowMs),
      }
      this.apps.set(key, app)
    }
    const own = app
    return {
      acquire: isWrite =>
        this.acquire(
          isWrite ? [own.writes, own.requests, this.writes, this.requests] : [own.requests, this.requests],
        ),
      throttled: (isWrite, retryAfterMs) => {
        this.stats.throttled += 1
        const until = Date.now() + Math.max(0, retryAfterMs)
        ;(isWrite ? own.writes : own.requests).pause(until)
      },
    }
  }

  private acquire(windows: SlidingWindow[]): Promise<BudgetTicket> {
    return new Promise(resolve => {
      const ticket: BudgetTicket = {
        settle: once(() => {
          const at = Date.now()
          for (const w of windows) w.settle(at)
          this.pump()
        }),
      }
      this.waiters.push({ windows, since: Date.now(), grant: () => resolve(ticket) })
      this.pump()
    })
  }

  /** Grants every waiter, oldest first, whose windows all have room; sleeps until the next one could. */
  private pump(): void {
    const now = Date.now()
    let next = Infinity
    const still: Waiter[] = []
    for (const w of this.waiters) {
      const at = Math.max(...w.windows.map(x => x.freeAt(now)))
      if (at <= now) {
        for (const x of w.windows) x.take()
        if (now > w.since) {
          this.stats.delayed += 1
          this.stats.delayedMs += now - w.since
        }
        w.grant()
      } else {
        next = Math.min(next, at)
        still.push(w)
      }
    }
    this.waiters = still
    this.schedule(next)
  }

  /** One timer for the earliest moment a waiter could go; a settle wakes us sooner if it frees a slot. */
  private schedule(at: number): void {
    if (at === this.timerAt) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = undefined
    this.timerAt = at
    if (at === Infinity) return
    this.timer = setTimeout(
      () => {
        this.timer = undefined
        this.timerAt = Infinity
        this.pump()
      },
      Math.max(1, at - Date.now()),
    )
  }
}

function once(fn: () => void): () => void {
  let done = false
  return () => {
    if (done) return
    done = true
    fn()
  }
}
