/**
 * Records what goes on the wire from undici's diagnostics channels (every request the client sends:
 * Entra, Graph, blob), for golden transcripts and for live runs. Requests to hosts not named are ignored
 * (the simulator's own plumbing). Nothing is normalized here; `normalizeTranscript` does that.
 */
import diagnostics from 'node:diagnostics_channel'

export type WireService = 'login' | 'graph' | 'blob'

export interface WireEntry {
  service: WireService
  method: string
  /** Path and query as sent. */
  path: string
  status: number | 'error'
  /** Request body: text for JSON, form and XML bodies, a byte count for binary ones. */
  body?: string
  bodyBytes: number
  contentType?: string
}

export interface WireRecorder {
  readonly entries: WireEntry[]
  stop(): void
}

/** Which origins are which service: `https://host:port` strings. Others (blob storage) are matched by SAS. */
export interface WireOrigins {
  login: string[]
  graph: string[]
  /** Blob origins; when omitted, any other origin whose query carries a SAS (`sig=`). */
  blob?: string[]
}

interface UndiciRequestLike {
  origin?: string | URL
  method?: string
  path?: string
  headers?: string | string[]
}

const TEXT_TYPES = /json|x-www-form-urlencoded|xml|text/i

function headerValue(headers: string | string[] | undefined, name: string): string | undefined {
  if (Array.isArray(headers)) {
    for (let i = 0; i < headers.length - 1; i += 2)
      if (headers[i].toLowerCase() === name) return headers[i + 1]
    return undefined
  }
  const m = new RegExp(`(?:^|\\r\\n)${name}:\\s*([^\\r\\n]*)`, 'i').exec(headers ?? '')
  return m?.[1]
}

export function recordWire(origins: WireOrigins): WireRecorder {
  const entries: WireEntry[] = []
  const open = new WeakMap<object, { entry: WireEntry; chunks: Buffer[] }>()
  const serviceOf = (origin: string, path: string): WireService | undefined => {
    const o = origin.replace(/\/$/, '')
    if (origins.login.includes(o)) return 'login'
    if (origins.graph.includes(o)) return 'graph'
    if (origins.blob ? origins.blob.includes(o) : /[?&]sig=/.test(path)) return 'blob'
    return undefined
  }
  const onCreate = (message: unknown): void => {
    const { request } = message as { request: UndiciRequestLike }
    const path = request.path ?? '/'
    const service = serviceOf(String(request.origin ?? ''), path)
    if (!service) return
    const contentType = headerValue(request.headers, 'content-type')
    const entry: WireEntry = {
      service,
      method: request.method ?? 'GET',
      path,
      status: 'error',
      bodyBytes: 0,
      contentType,
    }
    entries.push(entry)
    open.set(request, { entry, chunks: [] })
  }
  const onChunk = (message: unknown): void => {
    const { request, chunk } = message as { request: object; chunk: Buffer | string }
    const o = open.get(request)
    if (o) o.chunks.push(Buffer.from(chunk))
  }
  const onHeaders = (message: unknown): void => {
    const { request, response } = message as { request: object; response: { statusCode: number } }
    const o = open.get(request)
    if (!o) return
    o.entry.status = response.statusCode
    const body = Buffer.concat(o.chunks)
    o.entry.bodyBytes = body.length
    if (body.length && TEXT_TYPES.test(o.entry.contentType ?? '')) o.entry.body = body.toString('utf8')
  }
  const channels: [string, (m: unknown) => void][] = [
    ['undici:request:create', onCreate],
    ['undici:request:bodyChunkSent', onChunk],
    ['undici:request:headers', onHeaders],
  ]
  for (const [name, fn] of channels) diagnostics.subscribe(name, fn)
  return {
    entries,
    stop: () => {
      for (const [name, fn] of channels) diagnostics.unsubscribe(name, fn)
    },
  }
}
