import type { MiddlewareOptions } from '@microsoft/microsoft-graph-client'

/**
 * Per-request option: retry 429 only. For a POST that creates something that must not exist twice — a
 * 503/504 may arrive after Graph already created it — the caller looks before trying again.
 */
export class ThrottlingRetryOnly implements MiddlewareOptions {}
