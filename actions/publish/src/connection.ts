/**
 * Maps the Action's connection inputs (one JSON secret, separate fields, or use-oidc) to the core's
 * ConnectionInput. Secrets are handed to `mask` the moment they are read, before anything can log them.
 */
import { readFileSync, statSync } from 'node:fs'
import type { ConnectionInput } from './core.js'
import { checkGuid, checkHttpsUrl, maskLines, parseBool, Problems, type GetInput } from './fields.js'

export type AuthKind = 'secret' | 'certificate' | 'oidc'

export interface ConnectionInputs {
  connection: ConnectionInput
  authKind: AuthKind
  oidcAudience: string
}

export const DEFAULT_OIDC_AUDIENCE = 'api://AzureADTokenExchange'
const JSON_KEYS = [
  'settingName',
  'clientId',
  'clientSecret',
  'authUrl',
  'tenantId',
  'cloud',
  'graphUrl',
  'allowCustomEndpoints',
  'caFile',
]
const SEPARATE = ['client-id', 'client-secret', 'auth-url', 'tenant-id', 'certificate'] as const
const CLOUDS = ['public', 'usgov', 'usgovdod', 'china']

function fromJson(p: Problems, raw: string, mask: (s: string) => void): ConnectionInput {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    // The parser's message quotes the text, which holds the secret: say only that it is not JSON.
    p.add(
      'connection',
      'is not valid JSON; give {"settingName","clientId","clientSecret","authUrl"|"tenantId"}',
    )
    return {}
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    p.add(
      'connection',
      'must be a JSON object {"settingName","clientId","clientSecret","authUrl"|"tenantId"}',
    )
    return {}
  }
  const obj = parsed as Record<string, unknown>
  if (typeof obj.clientSecret === 'string') mask(obj.clientSecret)
  const unknown = Object.keys(obj).filter(k => !JSON_KEYS.includes(k))
  if (unknown.length)
    p.add('connection', `unknown field(s) ${unknown.join(', ')}; allowed: ${JSON_KEYS.join(', ')}`)
  const out: ConnectionInput = {}
  for (const key of JSON_KEYS) {
    const v = obj[key]
    if (v === undefined || v === null || v === '') continue
    if (key === 'caFile') {
      if (typeof v === 'string') out.caPem = readCa(p, 'connection', v)
    } else if (key === 'allowCustomEndpoints') {
      if (typeof v === 'boolean') out.allowCustomEndpoints = v
      else p.add('connection', 'allowCustomEndpoints must be true or false')
    } else if (typeof v === 'string') {
      ;(out as Record<string, unknown>)[key] = v.trim()
    } else {
      p.add('connection', `${key} must be a string`)
    }
  }
  return out
}

/** The core's limit for PEM and CA files (INPUT_LIMITS); the core is not loaded yet when inputs are read. */
const PEM_MAX = 1024 * 1024

/** Reads a PEM file; FIFOs and devices would block or never end, and big files are refused unread. */
function readPemFile(file: string): string {
  const st = statSync(file)
  if (!st.isFile()) throw new Error('not a regular file')
  if (st.size > PEM_MAX) throw new Error(`${st.size} bytes, over the limit of 1 MiB`)
  return readFileSync(file, 'utf8')
}

const why = (e: unknown): string =>
  (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e))

function readCa(p: Problems, input: string, file: string): string | undefined {
  try {
    return readPemFile(file)
  } catch (e) {
    p.add(
      input,
      `cannot read CA file '${file}' (${why(e)}); give the path of a PEM file with the CA certificate(s)`,
    )
    return undefined
  }
}

/** A PEM given inline or as a path to a file. */
function readCertificate(p: Problems, raw: string, mask: (s: string) => void): string | undefined {
  let pem = raw
  if (!raw.includes('-----BEGIN')) {
    try {
      pem = readPemFile(raw)
    } catch (e) {
      p.add(
        'certificate',
        `cannot read '${raw}' (${why(e)}); give the PEM text or the path of a readable PEM file`,
      )
      return undefined
    }
  }
  maskLines(mask, pem)
  if (!/-----BEGIN [A-Z ]*PRIVATE KEY-----/.test(pem)) {
    p.add('certificate', 'holds no private key; give a PEM with the certificate and its private key')
  }
  return pem
}

/** Why OIDC can't work in this job, or undefined when it can. GitHub's check by default. */
export type OidcCheck = (env: NodeJS.ProcessEnv) => string | undefined

const githubOidcCheck: OidcCheck = env =>
  env.ACTIONS_ID_TOKEN_REQUEST_URL && env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
    ? undefined
    : 'GitHub gave this job no OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is unset); add `permissions: id-token: write` to the job or workflow'

export function readConnectionInputs(
  get: GetInput,
  p: Problems,
  env: NodeJS.ProcessEnv,
  mask: (s: string) => void,
  oidcCheck: OidcCheck = githubOidcCheck,
): ConnectionInputs {
  const rawJson = get('connection')
  const useOidc = parseBool(p, 'use-oidc', get('use-oidc'), false)
  const secret = get('client-secret')
  maskLines(mask, secret)
  let connection: ConnectionInput = {}
  if (rawJson) {
    connection = fromJson(p, rawJson, mask)
    const both = SEPARATE.filter(name => get(name) !== '')
    if (both.length) p.add('connection', `give either connection or ${both.join(', ')}, not both`)
  } else {
    connection = {
      clientId: get('client-id') || undefined,
      clientSecret: secret || undefined,
      authUrl: get('auth-url') || undefined,
      tenantId: get('tenant-id') || undefined,
    }
    const cert = get('certificate')
    if (cert) connection.certificatePem = readCertificate(p, cert, mask)
  }
  const settingName = get('setting-name')
  if (settingName) connection.settingName = settingName
  const cloud = get('cloud')
  if (cloud) connection.cloud = cloud
  if (connection.cloud && !CLOUDS.includes(connection.cloud)) {
    p.add('cloud', `'${connection.cloud}' is not one of ${CLOUDS.join(', ')}`)
  }
  const graphUrl = get('graph-url')
  if (graphUrl) connection.graphUrl = graphUrl
  const allowCustom = get('allow-custom-endpoints')
  if (allowCustom || connection.allowCustomEndpoints === undefined) {
    connection.allowCustomEndpoints = parseBool(p, 'allow-custom-endpoints', allowCustom, false)
  }
  const caFile = get('ca-file')
  if (caFile) connection.caPem = readCa(p, 'ca-file', caFile)
  checkGuid(p, 'client-id', connection.clientId)
  checkGuid(p, 'tenant-id', connection.tenantId)
  checkHttpsUrl(p, 'auth-url', connection.authUrl)
  checkHttpsUrl(p, 'graph-url', connection.graphUrl)
  if (!connection.clientId)
    p.add('client-id', 'is missing; set client-id, or clientId in the connection JSON')
  if (!connection.authUrl && !connection.tenantId) {
    p.add('auth-url', 'is missing; set auth-url or tenant-id (or authUrl/tenantId in the connection JSON)')
  }
  const oidcAudience = get('oidc-audience') || DEFAULT_OIDC_AUDIENCE
  let authKind: AuthKind = connection.certificatePem ? 'certificate' : 'secret'
  if (useOidc) {
    authKind = 'oidc'
    if (connection.clientSecret || connection.certificatePem) {
      p.add('use-oidc', 'signs in without a secret; remove client-secret/certificate (or clientSecret)')
    }
    const why = oidcCheck(env)
    if (why) p.add('use-oidc', why)
  } else if (!connection.clientSecret && !connection.certificatePem) {
    p.add(
      'client-secret',
      'is missing; set client-secret, certificate, the connection JSON, or use-oidc: true',
    )
  }
  return { connection, authKind, oidcAudience }
}
