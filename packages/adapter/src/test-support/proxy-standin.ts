/**
 * A local forward proxy for the tests: tunnels CONNECT (https) and forwards absolute-form requests
 * (http), requires Basic credentials when given, and records every host it carried, so a test can show
 * that sign-in, Graph, blob and the OIDC request all went through it.
 */
import http from 'node:http'
import net from 'node:net'
import type { AddressInfo } from 'node:net'

export interface ProxyStandIn {
  url: string
  /** `host:port` of every tunnel or forwarded request, in order. */
  hosts: string[]
  /** Requests refused for missing or wrong credentials. */
  refused: number
  close(): Promise<void>
}

export async function startProxyStandIn(auth?: {
  username: string
  password: string
}): Promise<ProxyStandIn> {
  const expected = auth
    ? `Basic ${Buffer.from(`${auth.username}:${auth.password}`).toString('base64')}`
    : undefined
  const state = { hosts: [] as string[], refused: 0 }
  const allowed = (req: http.IncomingMessage): boolean =>
    !expected || req.headers['proxy-authorization'] === expected
  const sockets = new Set<net.Socket>()
  const server = http.createServer((req, res) => {
    if (!allowed(req)) {
      state.refused++
      res.writeHead(407, { 'proxy-authenticate': 'Basic realm="test"' }).end()
      return
    }
    const target = new URL(req.url ?? '')
    state.hosts.push(target.host)
    const headers = { ...req.headers }
    delete headers['proxy-authorization']
    const upstream = http.request(target, { method: req.method, headers }, up => {
      res.writeHead(up.statusCode ?? 502, up.headers)
      up.pipe(res)
    })
    upstream.on('error', () => res.writeHead(502).end())
    req.pipe(upstream)
  })
  server.on('connect', (req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    sockets.add(client)
    client.on('close', () => sockets.delete(client))
    if (!allowed(req)) {
      state.refused++
      client.end(
        'HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm="test"\r\n\r\n',
      )
      return
    }
    const [host, port] = (req.url ?? '').split(':')
    state.hosts.push(req.url ?? '')
    const upstream = net.connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n')
      if (head.length) upstream.write(head)
      upstream.pipe(client)
      client.pipe(upstream)
    })
    sockets.add(upstream)
    upstream.on('close', () => sockets.delete(upstream))
    upstream.on('error', () => client.destroy())
    client.on('error', () => upstream.destroy())
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}`,
    get hosts() {
      return state.hosts
    },
    get refused() {
      return state.refused
    },
    close: () =>
      new Promise(resolve => {
        for (const s of sockets) s.destroy()
        server.close(() => resolve())
      }),
  }
}
