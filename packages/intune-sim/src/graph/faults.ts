/** One-shot Graph fault injection: the next `count` matching requests get the given status. */
export interface GraphFaultRule {
  method?: string
  /** Matched against the request path including the version and query, e.g. `/beta/deviceAppManagement/...`. */
  pathContains?: string
  status: 429 | 500 | 503 | 504
  /** Seconds for the Retry-After header (429 defaults to 1; 503 sends it only when given). */
  retryAfter?: number
  count: number
}

export class GraphFaults {
  private rules: GraphFaultRule[] = []

  add(rule: GraphFaultRule): void {
    this.rules.push({ ...rule })
  }

  clear(): void {
    this.rules = []
  }

  /** Faults still waiting to fire. */
  pending(): number {
    return this.rules.reduce((n, r) => n + r.count, 0)
  }

  take(method: string, pathAndQuery: string): GraphFaultRule | undefined {
    const rule = this.rules.find(
      r =>
        r.count > 0 &&
        (!r.method || r.method.toUpperCase() === method) &&
        (!r.pathContains || pathAndQuery.toLowerCase().includes(r.pathContains.toLowerCase())),
    )
    if (!rule) return undefined
    rule.count -= 1
    this.rules = this.rules.filter(r => r.count > 0)
    return rule
  }
}

export const FAULT_CODES: Record<GraphFaultRule['status'], [string, string]> = {
  429: ['TooManyRequests', 'Too many requests. Retry after the time given in the Retry-After header.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The gateway did not receive a timely response from the upstream service.'],
}
