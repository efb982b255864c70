/**
 * One budget per tenant per run: every connection of a run that signs in to the same tenant shares its
 * tenant windows, and each app registration keeps its own.
 */
import { type BudgetLimits, INTUNE_BUDGET, shareOf } from './budgetLimits'
import { type BudgetStats, type RequestPacer, TenantBudget } from './tenantBudget'

export class BudgetRegistry {
  private readonly tenants = new Map<string, TenantBudget>()
  readonly limits: BudgetLimits

  /** `share`: this job's part of each tenant's budget (1 = all of it; 1/N for N parallel jobs). */
  constructor(share = 1, limits: BudgetLimits = INTUNE_BUDGET) {
    this.limits = shareOf(limits, share)
  }

  pacer(tenantId: string, clientId: string): RequestPacer {
    const key = tenantId.toLowerCase()
    let t = this.tenants.get(key)
    if (!t) {
      t = new TenantBudget(this.limits)
      this.tenants.set(key, t)
    }
    return t.forApp(clientId)
  }

  /** Summed over tenants. */
  stats(): BudgetStats {
    const out: BudgetStats = { delayed: 0, delayedMs: 0, throttled: 0 }
    for (const t of this.tenants.values()) {
      out.delayed += t.stats.delayed
      out.delayedMs += t.stats.delayedMs
      out.throttled += t.stats.throttled
    }
    return out
  }
}
