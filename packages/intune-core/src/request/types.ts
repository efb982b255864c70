/**
 * The request layer's shapes, after the Azure SDK's core-rest-pipeline: a request, an answer, and a
 * policy that sees a request on its way out and may send it on (once, several times, or not at all).
 * Graph calls (through the Graph SDK's middleware chain) and blob calls (undici) share these, so one
 * set of policies decides retries and logging for both.
 */

export type Service = 'graph' | 'blob'

/**
 * Intune calls with a known transient answer that the references retry (docs/protocol-notes.md):
 * - `createContentFile`: POST …/files answers 404 for a while after the content version was made;
 * - `patchAfterCommit`: the PATCH right after a (large) commit answers 400 for a while;
 * - `putBlock`: Put Block answers 400, 403 or 307 at random.
 */
export type TransientCall = 'createContentFile' | 'patchAfterCommit' | 'putBlock'

export interface RequestTraits {
  /**
   * Safe to send again after a 408, a 5xx or a dropped connection. Defaults to true for GET, HEAD, PUT,
   * PATCH and DELETE; a POST is safe only when the caller says so (an OData action like `assign`).
   */
  idempotent?: boolean
  /**
   * Only 429 is retried: a create that must never happen twice, where even a 503 with Retry-After may
   * come after the thing was made. The caller looks before it tries again.
   */
  throttlingOnly?: boolean
  /** This call's known transient answer, if any. */
  transient?: TransientCall
}

export interface PipelineRequest {
  service: Service
  method: string
  url: string
  headers: Record<string, string>
  /** Buffered, so that it can be sent again. */
  body?: string | Uint8Array
  /** Names the request in logs and errors without its URL ("block 12", "the block list"). */
  label?: string
  traits: RequestTraits
  signal?: AbortSignal
}

export interface PipelineResponse<R> {
  status: number
  header(name: string): string | undefined
  /** Frees the connection when an answer is dropped for a retry. */
  discard(): Promise<void>
  /**
   * The service's error text, read only for a 4xx on a call with a known transient answer: it tells that
   * answer (no reason given) from a validation error, which no wait can fix.
   */
  errorText?: string
  /** The transport's own answer (a fetch Response for Graph, undici's ResponseData for blobs). */
  raw: R
}

export type SendRequest<R> = (request: PipelineRequest) => Promise<PipelineResponse<R>>

export interface PipelinePolicy {
  readonly name: string
  sendRequest<R>(request: PipelineRequest, next: SendRequest<R>): Promise<PipelineResponse<R>>
}

const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'DELETE'])

export function isIdempotent(request: PipelineRequest): boolean {
  return request.traits.idempotent ?? IDEMPOTENT_METHODS.has(request.method.toUpperCase())
}
