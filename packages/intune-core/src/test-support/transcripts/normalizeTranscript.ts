/**
 * Turns recorded wire entries into a stable, reviewable, sanitized text: one line per request, hosts
 * replaced by their service, ids numbered in order of appearance, timestamps and SAS queries replaced,
 * keys and long opaque values reduced to a length and a digest. The same function serves the golden
 * transcripts (simulator) and live runs (a real tenant), so the two can be diffed line by line.
 */
import { createHash } from 'node:crypto'
import { sanitizeText } from '../../sanitize'
import type { WireEntry } from './recordWire'

const GUID = /\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b/gi
const ISO_TIME = /\b\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?/g
/** fileEncryptionInfo members that are keys or differ per encryption: never written down. */
const KEY_FIELDS = new Set(['encryptionKey', 'macKey', 'initializationVector', 'mac', 'fileDigest'])
/** Form fields whose values are kept (everything else in a token request is redacted). */
const KEPT_FORM_FIELDS = new Set(['grant_type', 'client_assertion_type', 'scope'])
/** MSAL's telemetry fields: they change with its version, not with our wire. */
const DROPPED_FORM_FIELDS = /^(x-client-|x-ms-lib-|client-request-id$)/
const LONG = 300

const digest = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12)

export class IdNumbers {
  private readonly seen = new Map<string, string>()
  constructor(private readonly prefix = 'id') {}
  of(value: string): string {
    const key = value.toLowerCase()
    let n = this.seen.get(key)
    if (!n) {
      n = `<${this.prefix}-${this.seen.size + 1}>`
      this.seen.set(key, n)
    }
    return n
  }
}

/** Origins replaced by the service's name, so simulator and tenant transcripts line up. */
export type HostNames = Record<string, string>

let hostNames: HostNames = {}

function normalizeText(text: string, ids: IdNumbers): string {
  let out = text
  for (const [origin, name] of Object.entries(hostNames)) out = out.split(origin).join(name)
  return out.replace(GUID, g => ids.of(g)).replace(ISO_TIME, '<time>')
}

function normalizeJson(value: unknown, ids: IdNumbers, key?: string): unknown {
  if (key && KEY_FIELDS.has(key) && value !== null) return '<key>'
  if (typeof value === 'string') {
    const v = normalizeText(value, ids)
    return v.length > LONG ? `<${v.length} chars ${digest(v)}>` : v
  }
  if (Array.isArray(value)) return value.map(v => normalizeJson(v, ids))
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalizeJson(v, ids, k)]))
  return value
}

function normalizeForm(body: string, ids: IdNumbers): string {
  return body
    .split('&')
    .filter(pair => !DROPPED_FORM_FIELDS.test(pair.split('=')[0]))
    .map(pair => {
      const [k, v = ''] = pair.split('=')
      return KEPT_FORM_FIELDS.has(k) ? `${k}=${normalizeText(decodeURIComponent(v), ids)}` : `${k}=<redacted>`
    })
    .sort()
    .join('&')
}

/**
 * Block ids carry the index and a digest of the block's bytes; for content we encrypt, the bytes differ
 * every run. Written as `blk-<index>-<digest>` so a transcript is stable and still shows the id's shape.
 */
export function normalizeBlockId(encoded: string): string {
  const id = Buffer.from(decodeURIComponent(encoded), 'base64').toString('latin1')
  return /^[\x20-\x7e]+$/.test(id) ? id.replace(/-[0-9a-f]{8,}$/i, '-<digest>') : encoded
}

/** Blob paths are random containers and names; the query is a SAS except `comp` and `blockid`. */
function normalizeBlobPath(path: string, blobs: IdNumbers): string {
  const [p, q = ''] = path.split('?')
  const kept = q
    .split('&')
    .filter(kv => /^(comp|blockid)=/.test(kv))
    .map(kv => (kv.startsWith('blockid=') ? `blockid=${normalizeBlockId(kv.slice(8))}` : kv))
  return `/${blobs.of(p)}?<sas>${kept.length ? `&${kept.join('&')}` : ''}`
}

function normalizePath(e: WireEntry, ids: IdNumbers, blobs: IdNumbers): string {
  if (e.service === 'blob') return normalizeBlobPath(e.path, blobs)
  const [p, q] = e.path.split('?')
  const path = normalizeText(decodeURIComponent(p), ids)
  return q === undefined ? path : `${path}?${normalizeText(decodeURIComponent(q), ids)}`
}

function normalizeBody(e: WireEntry, ids: IdNumbers): string | undefined {
  if (e.body === undefined) return e.bodyBytes ? `<${e.bodyBytes} bytes>` : undefined
  if (/json/i.test(e.contentType ?? '')) {
    try {
      return JSON.stringify(normalizeJson(JSON.parse(e.body), ids))
    } catch {
      return `<invalid JSON, ${e.bodyBytes} bytes>`
    }
  }
  if (/x-www-form-urlencoded/i.test(e.contentType ?? '')) return normalizeForm(e.body, ids)
  if (e.service === 'blob')
    return e.body.replace(
      /<(Latest|Uncommitted|Committed)>([^<]*)</g,
      (_m, tag: string, id: string) => `<${tag}>${normalizeBlockId(id)}<`,
    )
  return normalizeText(e.body, ids)
}

/**
 * One line per request: `METHOD service path → status`, then the body indented. Runs of the same GET
 * (polls, whose count depends on timing) become one line; runs of blocks are sorted (parallel uploads
 * finish in any order).
 */
/** 408, 429, 5xx or no answer, then the same request again: a transient failure the client retried. */
function retriedFailures(entries: readonly WireEntry[]): Set<WireEntry> {
  const transient = (e: WireEntry) =>
    e.status === 'error' || e.status === 408 || e.status === 429 || e.status >= 500
  const dropped = new Set<WireEntry>()
  entries.forEach((e, i) => {
    if (transient(e) && entries.slice(i + 1).some(l => l.method === e.method && l.path === e.path))
      dropped.add(e)
  })
  return dropped
}

/**
 * `hosts` maps origins to the names written instead. Transient failures the client retried are left
 * out: they depend on the moment, not on the client (the retry tests cover them).
 */
export function normalizeTranscript(entries: readonly WireEntry[], hosts: HostNames = {}): string {
  hostNames = hosts
  const ids = new IdNumbers()
  const blobs = new IdNumbers('blob')
  const retried = retriedFailures(entries)
  const lines = entries
    .filter(e => !retried.has(e))
    .map(e => {
      const body = normalizeBody(e, ids)
      return { head: `${e.method} ${e.service} ${normalizePath(e, ids, blobs)} → ${e.status}`, body }
    })
  const render = (l: { head: string; body?: string }): string => `${l.head}${l.body ? `\n    ${l.body}` : ''}`
  const out: string[] = []
  let blockRun: string[] = []
  const flush = (): void => {
    out.push(...blockRun.sort())
    blockRun = []
  }
  let previous = ''
  for (const l of lines) {
    const line = render(l)
    if (/^PUT blob .*comp=block&/.test(l.head)) {
      blockRun.push(line)
      previous = ''
      continue
    }
    flush()
    if (line !== previous || !line.startsWith('GET ')) out.push(line)
    previous = line
  }
  flush()
  // Last line of defence: anything registered as a secret, any JWT, bearer token or signature.
  return sanitizeText(out.join('\n')) + '\n'
}
