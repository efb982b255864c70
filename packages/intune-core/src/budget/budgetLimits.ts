/**
 * Intune's published request budget for its apps endpoints (protocol reference §9, Microsoft's
 * "Intune applications" throttling table): writes (POST/PUT/PATCH/DELETE) 100 per 20 s per app per
 * tenant and 200 per 20 s per tenant; any request 1000 per app per tenant and 2000 per tenant.
 * "App" is the app registration signing in, so one connection can use at most half a tenant's writes.
 */
import { inputError } from '../errors'

export interface BudgetLimits {
  windowMs: number
  appWrites: number
  appRequests: number
  tenantWrites: number
  tenantRequests: number
}

export const INTUNE_BUDGET: BudgetLimits = {
  windowMs: 20_000,
  appWrites: 100,
  appRequests: 1000,
  tenantWrites: 200,
  tenantRequests: 2000,
}

/**
 * The part of the budget this run may use, for parallel jobs against one tenant: with 4 jobs each takes
 * 0.25, and together they stay inside Intune's limits. Every count rounds down, at least 1.
 */
export function shareOf(limits: BudgetLimits, share: number): BudgetLimits {
  if (!Number.isFinite(share) || share <= 0 || share > 1) {
    throw inputError(
      'budget-share',
      `must be a number above 0 and at most 1, got ${String(share)}`,
      'Give each of N parallel jobs against one tenant budget-share 1/N (e.g. 0.25 for 4 jobs).',
    )
  }
  const part = (n: number): number => Math.max(1, Math.floor(n * share))
  return {
    windowMs: limits.windowMs,
    appWrites: part(limits.appWrites),
    appRequests: part(limits.appRequests),
    tenantWrites: part(limits.tenantWrites),
    tenantRequests: part(limits.tenantRequests),
  }
}
