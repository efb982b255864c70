/**
 * Maps an adapter's connection inputs (one JSON secret, separate fields, or OIDC) to the core's
 * ConnectionInput. The JSON goes through the core's own parser, so every adapter and the CLI accept the
 * same keys. Secrets are handed to `mask` the moment they are read, before anything can log them.
 *
 * An input overrides the JSON only when it is set: a runner or agent fills declared defaults in before
 * the step starts, so a default must never be able to undo what the JSON says.
 */
import {
  CLOUDS,
  CLOUD_NAMES,
  INPUT_LIMITS,
  checkTextLength,
  errorLine,
  parseConnectionJson,
  readBoundedFileSync,
  type ConnectionInput,
} from '@intune-publish/core'
import { checkGuid, checkHttpsUrl, maskLines, parseBool, Problems, type GetInput } from './fields.js'

export type AuthKind = 'secret' | 'certificate' | 'oidc'

export interface ConnectionInputs {
  connection: ConnectionInput
  authKind: AuthKind
  oidcAudience: string
}

export const DEFAULT_OIDC_AUDIENCE = 'api://AzureADTokenExchange'
const SEPARATE = ['client-id', 'client-secret', 'auth-url', 'tenant-id', 'certificate'] as const
const SECRET_KEYS = ['clientSecret', 'certificatePem', 'certificatePassword']

/** Masks the JSON's secret values before the parser can fail on a later key and say anything. */
function maskJsonSecrets(raw: string, mask: (s: string) => void): void {
  let parsed: unknown
  try {
    parsed = JSON.parse(raw)
  } catch {
    return // the core's parser reports it without quoting the text
  }
  if (!parsed || typeof parsed !== 'object') return
  const obj = parsed as Record<string, unknown>
  for (const key of SECRET_KEYS) {
    const v = obj[key]
    if (typeof v === 'string') maskLines(mask, v)
  }
}

/** The parsed JSON, or undefined after recording the parser's one problem line. */
function fromJson(
  p: Problems,
  raw: string,
  mask: (s: string) => void,
  input = 'connection',
): ConnectionInput | undefined {
  try {
    // The size is checked before the text is parsed (or masked line by line).
    checkTextLength(raw, input, INPUT_LIMITS.connection)
    maskJsonSecrets(raw, mask)
    return parseConnectionJson(raw, input)
  } catch (e) {
    p.addLine(errorLine(e))
    return undefined
  }
}

/**
 * A second environment's connection (require-healthy-in: the test tenant a build must be healthy in),
 * as one JSON secret with the same keys as `connection`; its secrets are masked before it is parsed.
 */
export function readExtraConnection(
  p: Problems,
  input: string,
  raw: string,
  mask: (s: string) => void,
  federated: boolean,
): ConnectionInput | undefined {
  if (!raw.trim().startsWith('{')) {
    p.add(input, "must be a connection JSON (the other environment's connection secret), not a file name")
    return undefined
  }
  const connection = fromJson(p, raw, mask, input)
  if (!connection) return undefined
  if (!connection.clientId) p.add(input, 'has no clientId')
  if (!connection.authUrl && !connection.tenantId) p.add(input, 'has neither authUrl nor tenantId')
  // Without a secret it signs in with this job's federated token, which needs the job to have one.
  if (!connection.clientSecret && !connection.certificatePem && !federated)
    p.add(input, 'has no clientSecret or certificatePem; add one, or sign in with OIDC (use-oidc: true)')
  checkGuid(p, `${input} (clientId)`, connection.clientId)
  checkGuid(p, `${input} (tenantId)`, connection.tenantId)
  checkHttpsUrl(p, `${input} (authUrl)`, connection.authUrl)
  checkHttpsUrl(p, `${input} (graphUrl)`, connection.graphUrl)
  if (!connection.cloud)
    connection.cloud = connection.authUrl ? undefined : cloudForGraphUrl(connection.graphUrl)
  return connection
}

/** The cloud a Graph root belongs to, for connections that carry a Graph URL but no cloud. */
export function cloudForGraphUrl(graphUrl: string | undefined): string | undefined {
  if (!graphUrl) return undefined
  let host: string
  try {
    host = new URL(graphUrl).host.toLowerCase()
  } catch {
    return undefined
  }
  return CLOUD_NAMES.find(n => CLOUDS[n].graphHost === host)
}

/**
 * A PEM file read with the core's limit checked first; FIFOs and devices are refused (they would block
 * or never end). The core's line names the file and why.
 */
function readPemFile(
  p: Problems,
  input: string,
  file: string,
  max: number,
  hint: string,
): string | undefined {
  try {
    return readBoundedFileSync(file, input, max).toString('utf8')
  } catch (e) {
    p.addLine(`${errorLine(e)} ${hint}`)
    return undefined
  }
}

const readCa = (p: Problems, input: string, file: string): string | undefined =>
  readPemFile(p, input, file, INPUT_LIMITS.caFile, 'Give the path of a PEM file with the CA certificate(s).')

/** A PEM given inline or as a path to a file. */
function readCertificate(p: Problems, raw: string, mask: (s: string) => void): string | undefined {
  let pem: string | undefined = raw
  if (!raw.includes('-----BEGIN')) {
    pem = readPemFile(
      p,
      'certificate',
      raw,
      INPUT_LIMITS.certificate,
      'Give the PEM text or the path of a readable PEM file.',
    )
    if (pem === undefined) return undefined
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

/** Inputs that override the JSON (or stand alone) only when set. */
function overlay(get: GetInput, p: Problems, connection: ConnectionInput): void {
  const settingName = get('setting-name')
  if (settingName) connection.settingName = settingName
  const cloud = get('cloud')
  if (cloud) connection.cloud = cloud
  const graphUrl = get('graph-url')
  if (graphUrl) connection.graphUrl = graphUrl
  const allowCustom = get('allow-custom-endpoints')
  if (allowCustom)
    connection.allowCustomEndpoints = parseBool(p, 'allow-custom-endpoints', allowCustom, false)
  const caFile = get('ca-file')
  if (caFile) connection.caPem = readCa(p, 'ca-file', caFile)
  if (!connection.cloud)
    connection.cloud = connection.authUrl ? undefined : cloudForGraphUrl(connection.graphUrl)
  if (connection.cloud && !CLOUD_NAMES.includes(connection.cloud as never)) {
    p.add('cloud', `'${connection.cloud}' is not one of ${CLOUD_NAMES.join(', ')}`)
  }
}

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
  // A JSON that doesn't parse is the one cause: its fields then read as missing, which says nothing new.
  let jsonBad = false
  if (rawJson) {
    const parsed = fromJson(p, rawJson, mask)
    jsonBad = !parsed
    connection = parsed ?? {}
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
  overlay(get, p, connection)
  checkGuid(p, 'client-id', connection.clientId)
  checkGuid(p, 'tenant-id', connection.tenantId)
  checkHttpsUrl(p, 'auth-url', connection.authUrl)
  checkHttpsUrl(p, 'graph-url', connection.graphUrl)
  if (!connection.clientId && !jsonBad)
    p.add('client-id', 'is missing; set client-id, or clientId in the connection JSON')
  if (!connection.authUrl && !connection.tenantId && !jsonBad) {
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
  } else if (!connection.clientSecret && !connection.certificatePem && !jsonBad) {
    p.add(
      'client-secret',
      'is missing; set client-secret, certificate, the connection JSON, or use-oidc: true',
    )
  }
  return { connection, authKind, oidcAudience }
}
