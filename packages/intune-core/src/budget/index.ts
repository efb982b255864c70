export { INTUNE_BUDGET, shareOf, type BudgetLimits } from './budgetLimits'
export { BudgetRegistry } from './budgetRegistry'
export type { BudgetStats, BudgetTicket, RequestPacer } from './tenantBudget'
export { mapPool } from './mapPool'
