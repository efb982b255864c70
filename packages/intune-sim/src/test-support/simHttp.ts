/** Real HTTPS calls to a running simulator for tests (undici, trusting only the simulator's CA). */
import { Agent, request } from 'undici'

export interface SimResponse {
  status: number
  headers: Record<string, string>
  text: string
  json: Record<string, unknown>
}

export function simAgent(caPem: string): Agent {
  return new Agent({ connect: { ca: caPem } })
}

export async function call(
  agent: Agent,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT',
  url: string,
  opts: {
    token?: string
    json?: unknown
    form?: Record<string, string>
    headers?: Record<string, string>
  } = {},
): Promise<SimResponse> {
  const headers: Record<string, string> = { ...opts.headers }
  let body: string | undefined
  if (opts.token) headers.authorization = `Bearer ${opts.token}`
  if (opts.json !== undefined) {
    headers['content-type'] = 'application/json'
    body = JSON.stringify(opts.json)
  }
  if (opts.form) {
    headers['content-type'] = 'application/x-www-form-urlencoded'
    body = new URLSearchParams(opts.form).toString()
  }
  const res = await request(url, { method, headers, body, dispatcher: agent })
  const text = await res.body.text()
  const flat: Record<string, string> = {}
  for (const [k, v] of Object.entries(res.headers))
    if (v !== undefined) flat[k] = Array.isArray(v) ? v.join(', ') : v
  let json: Record<string, unknown> = {}
  try {
    json = text ? (JSON.parse(text) as Record<string, unknown>) : {}
  } catch {
    json = {}
  }
  return { status: res.statusCode, headers: flat, text, json }
}

export function decodeClaims(token: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>
}
