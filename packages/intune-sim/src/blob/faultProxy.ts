/**
 * The HTTPS front of the simulated blob storage: forwards every request to Azurite (streaming both ways,
 * so memory stays bounded) and injects faults on demand, like a flaky Azure Storage front end would.
 */
import http from 'node:http'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import { randomUUID } from 'node:crypto'

/**
 * '400', '403' and '307' are the Put Block answers IntuneAppBuilder retries ("the Intune APIs are
 * fundamentally unstable", IntuneAppPublishingService.cs L117, L186); their bodies are inferred.
 */
export type BlobFaultKind = '400' | '500' | '503' | '403' | '307' | 'reset' | 'slow'
type ErrorKind = '400' | '500' | '503' | '403' | '307'
export type BlobRequestKind = 'block' | 'blocklist' | 'other'

export interface BlobFault {
  kind: BlobFaultKind
  /** Which requests it hits: Put Block, Put Block List, or any request (default). */
  match?: 'block' | 'blocklist' | 'any'
  /** How many matching requests it hits. */
  count: number
  /** reset: destroy the socket after this many request-body bytes (default 0). */
  afterBytes?: number
  /** slow: wait this long before forwarding (default 1000). */
  delayMs?: number
}

export interface BlobProxyStats {
  /** Requests seen per kind (faulted ones included). */
  requests: Record<BlobRequestKind, number>
  /** Request-body bytes received from clients (faulted ones included). */
  bytesReceived: number
  /** Faults actually applied, per kind. */
  injected: Record<BlobFaultKind, number>
  /** Status codes sent to clients per request kind, e.g. `{ block: { 201: 3, 500: 1 } }`. */
  statuses: Record<BlobRequestKind, Record<number, number>>
}

export interface BlobFaultController {
  add(fault: BlobFault): void
  /** Drops all pending faults. */
  clear(): void
  /** Faults not yet used up (copies). */
  pending(): BlobFault[]
  readonly stats: BlobProxyStats
  resetStats(): void
}

export interface FaultProxy {
  /** `https://<host>:<port>` */
  readonly url: string
  readonly port: number
  readonly faults: BlobFaultController
  stop(): Promise<void>
}

const AZURE_ERRORS: Record<ErrorKind, { code: string; message: string }> = {
  '400': { code: 'InvalidInput', message: 'One of the request inputs is not valid.' },
  '307': { code: 'TemporaryRedirect', message: 'Temporary redirect.' },
  '500': {
    code: 'InternalError',
    message: 'Server encountered an internal error. Please try again after some time.',
  },
  '503': {
    code: 'ServerBusy',
    message: 'The server is currently unable to receive requests. Please retry your request.',
  },
  '403': {
    code: 'AuthenticationFailed',
    message:
      'Server failed to authenticate the request. Make sure the value of Authorization header is formed correctly including the signature.',
  },
}

function emptyStats(): BlobProxyStats {
  return {
    requests: { block: 0, blocklist: 0, other: 0 },
    bytesReceived: 0,
    injected: { '400': 0, '500': 0, '503': 0, '403': 0, '307': 0, reset: 0, slow: 0 },
    statuses: { block: {}, blocklist: {}, other: {} },
  }
}

export function requestKind(method: string | undefined, url: string | undefined): BlobRequestKind {
  const comp = new URL(url ?? '/', 'http://x').searchParams.get('comp')
  if (method === 'PUT' && comp === 'block') return 'block'
  if (method === 'PUT' && comp === 'blocklist') return 'blocklist'
  return 'other'
}

export async function startFaultProxy(opts: {
  tls: { key: string; cert: string }
  target: { host: string; port: number }
  /** Host name put in `url` (must be covered by the certificate). */
  publicHost?: string
}): Promise<FaultProxy> {
  let faults: BlobFault[] = []
  let stats = emptyStats()
  const agent = new http.Agent({ keepAlive: true })

  const takeFault = (kind: BlobRequestKind): BlobFault | undefined => {
    const i = faults.findIndex(f => f.count > 0 && ((f.match ?? 'any') === 'any' || f.match === kind))
    if (i < 0) return undefined
    const f = faults[i]
    f.count--
    if (f.count <= 0) faults.splice(i, 1)
    stats.injected[f.kind]++
    return f
  }

  const server = https.createServer({ key: opts.tls.key, cert: opts.tls.cert }, (req, res) => {
    const kind = requestKind(req.method, req.url)
    stats.requests[kind]++
    req.on('data', (chunk: Buffer) => (stats.bytesReceived += chunk.length))
    // The counter above would start the flow; hold the body until a fault handler or pipe() takes it.
    req.pause()
    res.on('finish', () => {
      const s = stats.statuses[kind]
      s[res.statusCode] = (s[res.statusCode] ?? 0) + 1
    })
    const fault = takeFault(kind)
    if (!fault) return forward(req, res, kind)
    switch (fault.kind) {
      case 'slow':
        return void setTimeout(() => forward(req, res, kind), fault.delayMs ?? 1000)
      case 'reset':
        return resetAfter(req, fault.afterBytes ?? 0)
      default:
        return azureError(req, res, fault.kind)
    }
  })

  const forward = (req: http.IncomingMessage, res: http.ServerResponse, kind: BlobRequestKind): void => {
    const headers: http.OutgoingHttpHeaders = {
      ...req.headers,
      host: `${opts.target.host}:${opts.target.port}`,
    }
    // Azure ignores x-ms-blob-type on Put Block/Put Block List (every Intune sample sends it); Azurite would
    // take the request for a Put Blob and store the block bytes or the XML list as the whole blob.
    if (kind !== 'other') delete headers['x-ms-blob-type']
    const upstream = http.request(
      {
        host: opts.target.host,
        port: opts.target.port,
        method: req.method,
        path: req.url,
        headers,
        agent,
      },
      upRes => {
        res.writeHead(upRes.statusCode ?? 502, upRes.headers)
        upRes.pipe(res)
      },
    )
    upstream.on('error', err => {
      if (res.headersSent) return void res.destroy(err)
      res.writeHead(502, { 'content-type': 'text/plain' })
      res.end('blob proxy: upstream error')
    })
    req.on('aborted', () => upstream.destroy())
    req.pipe(upstream)
  }

  const resetAfter = (req: http.IncomingMessage, afterBytes: number): void => {
    let seen = 0
    const kill = (): void => void req.socket.destroy()
    if (afterBytes <= 0) return kill()
    req.on('data', (chunk: Buffer) => {
      seen += chunk.length
      if (seen >= afterBytes) kill()
    })
    // A body shorter than afterBytes still never gets an answer.
    req.on('end', kill)
    req.resume()
  }

  const azureError = (req: http.IncomingMessage, res: http.ServerResponse, kind: ErrorKind): void => {
    const requestId = randomUUID()
    const { code, message } = AZURE_ERRORS[kind]
    const body =
      '\uFEFF<?xml version="1.0" encoding="utf-8"?><Error>' +
      `<Code>${code}</Code><Message>${message}\nRequestId:${requestId}\nTime:${new Date().toISOString()}</Message>` +
      (kind === '403'
        ? '<AuthenticationErrorDetail>Signed expiry time has passed.</AuthenticationErrorDetail>'
        : '') +
      '</Error>'
    // Read the body first so a keep-alive client sees an orderly response, as from Azure.
    req.resume()
    req.on('end', () => {
      res.writeHead(Number(kind), {
        'content-type': 'application/xml',
        'x-ms-error-code': code,
        'x-ms-request-id': requestId,
        'content-length': Buffer.byteLength(body),
      })
      res.end(body)
    })
  }

  const host = opts.publicHost ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  const port = (server.address() as AddressInfo).port

  return {
    url: `https://${host}:${port}`,
    port,
    faults: {
      add: fault => void faults.push({ ...fault }),
      clear: () => void (faults = []),
      pending: () => faults.map(f => ({ ...f })),
      get stats() {
        return stats
      },
      resetStats: () => void (stats = emptyStats()),
    },
    stop: async () => {
      agent.destroy()
      server.closeAllConnections()
      await new Promise<void>(resolve => server.close(() => resolve()))
    },
  }
}
