/**
 * Our request-layer policies as links of the Graph SDK's middleware chain, the place the SDK gives for
 * them: each link turns the SDK's context into a pipeline request, runs its policy, and lets the policy
 * call the rest of the chain as often as it decides (the SDK's own RetryHandler works the same way).
 */
import type { Context, Middleware, MiddlewareOptions } from '@microsoft/microsoft-graph-client'
import { ErrorCodes, IntunePublishError } from '../errors'
import type { PipelinePolicy, PipelineRequest, PipelineResponse, RequestTraits } from '../request'

/** Per-request traits (safe to repeat, throttling only, known transient answer), set by the caller. */
export class RequestTraitsOption implements MiddlewareOptions {
  constructor(readonly traits: RequestTraits) {}
}

export function requestFromContext(context: Context): PipelineRequest {
  const url = typeof context.request === 'string' ? context.request : context.request.url
  const init = context.options ?? {}
  const headers: Record<string, string> = {}
  new Headers(init.headers).forEach((v, k) => {
    headers[k] = v
  })
  const body = init.body as unknown
  if (body !== undefined && body !== null && typeof body !== 'string' && !(body instanceof Uint8Array)) {
    // A stream cannot be sent twice; Graph JSON calls never need one (blobs go through their own transport).
    throw new IntunePublishError(
      ErrorCodes.GraphError,
      `Graph ${init.method ?? 'GET'}: only buffered bodies are supported.`,
    )
  }
  const traits = context.middlewareControl?.getMiddlewareOptions(RequestTraitsOption) as
    | RequestTraitsOption
    | undefined
  return {
    service: 'graph',
    method: (init.method ?? 'GET').toUpperCase(),
    url,
    headers,
    body: body ?? undefined,
    traits: traits?.traits ?? {},
  }
}

/** Error bodies are small JSON; a larger one is not read (and its call is not told apart). */
const MAX_ERROR_TEXT = 64 * 1024

async function errorText(req: PipelineRequest, res: Response): Promise<string | undefined> {
  if (!req.traits.transient || res.status < 400 || res.status >= 500) return undefined
  if (Number(res.headers.get('content-length') ?? 0) > MAX_ERROR_TEXT) return undefined
  // A clone: the Graph SDK still reads the original body to build its error.
  const text = await res
    .clone()
    .text()
    .catch(() => undefined)
  return text?.slice(0, MAX_ERROR_TEXT)
}

export function graphResponse(res: Response, text?: string): PipelineResponse<Response> {
  return {
    status: res.status,
    errorText: text,
    header: name => res.headers.get(name) ?? undefined,
    discard: async () => {
      await res.body?.cancel().catch(() => undefined)
    },
    raw: res,
  }
}

export class PolicyMiddleware implements Middleware {
  private next?: Middleware

  constructor(private readonly policy: PipelinePolicy) {}

  setNext(next: Middleware): void {
    this.next = next
  }

  async execute(context: Context): Promise<void> {
    const next = this.next
    if (!next) throw new Error(`middleware ${this.policy.name} has no next link`)
    const res = await this.policy.sendRequest<Response>(requestFromContext(context), async req => {
      context.request = req.url
      context.options = { ...context.options, method: req.method, headers: req.headers }
      await next.execute(context)
      if (!context.response) throw new Error(`middleware after ${this.policy.name} set no response`)
      return graphResponse(context.response, await errorText(req, context.response))
    })
    context.response = res.raw
  }
}

/** Links the middleware into one chain, in order, and returns its head. */
export function chain(links: Middleware[]): Middleware {
  for (let i = 0; i < links.length - 1; i++) links[i].setNext?.(links[i + 1])
  return links[0]
}
