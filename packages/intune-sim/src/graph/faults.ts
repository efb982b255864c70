/**
 * One-shot Graph fault injection: the next `count` matching requests get the given status, or (`drop`)
 * a connection closed before any answer. Besides throttling and 5xx, the transient answers real tenants
 * show and the public clients retry (docs/simulator.md, "Injectable faults"):
 * - 404 on `POST …/files` right after the content version was made (IntuneAppBuilder retries 10 × 30 s);
 * - 400 on the PATCH right after a large commit (Microsoft's Win32 update sample sleeps 180 s first);
 * - a dropped connection on any call.
 */
export type GraphFaultStatus = 400 | 404 | 429 | 500 | 503 | 504 | 'drop'

export interface GraphFaultRule {
  method?: string
  /** Matched against the request path including the version and query, e.g. `/beta/deviceAppManagement/...`. */
  pathContains?: string
  /** Matched against the end of the path (without the query), e.g. `/files`. */
  pathEndsWith?: string
  status: GraphFaultStatus
  /** Graph's error code and message instead of FAULT_CODES' (a validation 400 rather than the transient one). */
  error?: { code: string; message: string }
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
        (!r.pathContains || pathAndQuery.toLowerCase().includes(r.pathContains.toLowerCase())) &&
        (!r.pathEndsWith || pathAndQuery.split('?')[0].toLowerCase().endsWith(r.pathEndsWith.toLowerCase())),
    )
    if (!rule) return undefined
    rule.count -= 1
    this.rules = this.rules.filter(r => r.count > 0)
    return rule
  }
}

/** Graph's error code and message per injected status (the 400/404 texts are inferred: no reference logs them). */
export const FAULT_CODES: Record<Exclude<GraphFaultStatus, 'drop'>, [string, string]> = {
  400: [
    'BadRequest',
    'An error has occurred - Operation ID (for customer support): 00000000-0000-0000-0000-000000000000',
  ],
  404: ['ResourceNotFound', 'The requested resource does not exist.'],
  429: ['TooManyRequests', 'Too many requests. Retry after the time given in the Retry-After header.'],
  500: ['InternalServerError', 'An internal server error occurred.'],
  503: ['ServiceUnavailable', 'The service is temporarily unavailable. Please retry later.'],
  504: ['GatewayTimeout', 'The gateway did not receive a timely response from the upstream service.'],
}
