/**
 * Validates a connection completely before anything is sent: every error is one line that names the
 * field and the fix. Also decides where the secret may go: only to Microsoft's hosts, unless the caller
 * explicitly allowed custom endpoints.
 */
import { X509Certificate } from 'node:crypto'
import type { ConnectionInput } from '../api'
import { ErrorCodes, IntunePublishError, inputError } from '../errors'
import type { Logger } from '../logger'
import { registerSecret } from '../sanitize'
import { loadCertificate } from './certificate'
import {
  CLOUDS,
  CLOUD_NAMES,
  type CloudName,
  cloudForLoginHost,
  isMicrosoftGraphHost,
  isMicrosoftLoginHost,
  parseCloudName,
} from './clouds'
import type { Credential, ResolvedConnection } from './types'

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const DOMAIN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i
const TENANT_HINT = 'Use the Directory (tenant) ID from Entra admin center → Overview.'

/** Validates `input` and works out authority, Graph endpoint, scope and credential. Throws inputError. */
export function resolveConnection(input: ConnectionInput, logger?: Logger): ResolvedConnection {
  // Mask first, validate after: an error further down must never be where a secret first shows.
  for (const s of [input.clientSecret, input.certificatePassword]) {
    if (!s) continue
    registerSecret(s)
    logger?.maskSecret(s)
  }
  const allowCustom = input.allowCustomEndpoints === true
  const clientId = requireGuid(
    input.clientId,
    'clientId',
    'Use the Application (client) ID from Entra admin center → App registrations → <app> → Overview.',
  )

  let requestedCloud: CloudName | undefined
  if (input.cloud) {
    requestedCloud = parseCloudName(input.cloud)
    if (!requestedCloud)
      throw inputError(
        'cloud',
        `'${input.cloud}' is not a known cloud.`,
        `Use one of: ${CLOUD_NAMES.join(', ')}.`,
      )
  }

  const login = resolveLogin(input, requestedCloud, allowCustom)
  const graph = resolveGraph(input, login.cloud, allowCustom)
  const credential = resolveCredential(input, logger)
  const caPem = input.caPem ? checkCaPem(input.caPem) : undefined
  const customEndpoints = login.custom || graph.custom

  return {
    settingName: input.settingName?.trim() || clientId,
    clientId,
    tenantId: login.tenant,
    cloud: customEndpoints ? 'custom' : (login.cloud ?? 'public'),
    loginHost: login.host,
    authority: `https://${login.host}/${login.tenant}`,
    tokenUrl: `https://${login.host}/${login.tenant}/oauth2/v2.0/token`,
    graphUrl: graph.url,
    graphHost: graph.host,
    scope: `${graph.url}/.default`,
    credential,
    customEndpoints,
    caPem,
  }
}

function requireGuid(value: string | undefined, field: string, fix: string): string {
  const v = value?.trim()
  if (!v) throw inputError(field, 'is missing.', fix)
  if (!GUID.test(v))
    throw inputError(field, `'${v}' is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).`, fix)
  return v.toLowerCase()
}

function checkTenant(value: string, field: string): string {
  const v = value.trim()
  if (GUID.test(v)) return v.toLowerCase()
  if (['common', 'organizations', 'consumers'].includes(v.toLowerCase())) {
    throw inputError(field, `'${v}' is not a tenant: app-only sign-in needs your own tenant.`, TENANT_HINT)
  }
  if (DOMAIN.test(v)) return v.toLowerCase()
  throw inputError(field, `'${v}' is not a GUID or a tenant domain.`, TENANT_HINT)
}

interface Login {
  host: string
  tenant: string
  cloud?: CloudName
  custom: boolean
}

function resolveLogin(input: ConnectionInput, requested: CloudName | undefined, allowCustom: boolean): Login {
  const tenantFromField = input.tenantId?.trim() ? checkTenant(input.tenantId, 'tenantId') : undefined
  if (!input.authUrl?.trim()) {
    if (!tenantFromField) {
      throw inputError(
        'authUrl',
        'is missing (and no tenantId was given).',
        'Give the Auth URL https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token, or the tenantId.',
      )
    }
    const cloud = requested ?? 'public'
    return { host: CLOUDS[cloud].loginHost, tenant: tenantFromField, cloud, custom: false }
  }
  const fix = 'It must look like https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token.'
  let url: URL
  try {
    url = new URL(input.authUrl.trim())
  } catch {
    throw inputError('authUrl', 'is not a URL.', fix)
  }
  if (url.protocol !== 'https:') throw inputError('authUrl', 'must use https.', fix)
  if (url.search || url.hash || url.username || url.password)
    throw inputError('authUrl', 'must not carry a query, fragment or credentials.', fix)
  const m = /^\/([^/]+)\/oauth2\/v2\.0\/token\/?$/.exec(url.pathname)
  if (!m) {
    const v1 = /^\/[^/]+\/oauth2\/token\/?$/.test(url.pathname)
    throw inputError('authUrl', v1 ? 'is the old v1 token URL.' : 'is not a token URL.', fix)
  }
  const tenant = checkTenant(decodeURIComponent(m[1]), 'authUrl')
  if (tenantFromField && tenantFromField !== tenant) {
    throw inputError(
      'tenantId',
      `'${tenantFromField}' differs from the tenant in authUrl ('${tenant}').`,
      'Give only one of them, or make them agree.',
    )
  }
  const host = url.host.toLowerCase()
  const cloud = isMicrosoftLoginHost(host) ? cloudForLoginHost(host, requested) : undefined
  if (cloud && requested && CLOUDS[requested].loginHost !== host) {
    throw inputError(
      'cloud',
      `'${requested}' does not match the Auth URL host ${host}.`,
      'Drop cloud, or fix the Auth URL.',
    )
  }
  if (!cloud) refuseHost('authUrl', host, allowCustom, 'Entra sign-in')
  return { host, tenant, cloud, custom: !cloud }
}

function resolveGraph(
  input: ConnectionInput,
  cloud: CloudName | undefined,
  allowCustom: boolean,
): { url: string; host: string; custom: boolean } {
  if (!input.graphUrl?.trim()) {
    if (!cloud) {
      throw inputError(
        'graphUrl',
        'is required with a custom Auth URL.',
        "Give the Graph root, e.g. the simulator's graphUrl.",
      )
    }
    const host = CLOUDS[cloud].graphHost
    return { url: `https://${host}`, host, custom: false }
  }
  const fix = 'Give the Graph root, e.g. https://graph.microsoft.com.'
  let url: URL
  try {
    url = new URL(input.graphUrl.trim())
  } catch {
    throw inputError('graphUrl', 'is not a URL.', fix)
  }
  // The Graph SDK only attaches the token to https URLs: over http every call would be anonymous.
  if (url.protocol !== 'https:') throw inputError('graphUrl', 'must use https.', fix)
  if (url.search || url.hash || url.username || url.password)
    throw inputError('graphUrl', 'must not carry a query, fragment or credentials.', fix)
  if (url.pathname !== '/' && url.pathname !== '') {
    throw inputError(
      'graphUrl',
      `must be the Graph root without a path (got '${url.pathname}').`,
      'Drop /v1.0 or /beta: each call picks its version.',
    )
  }
  const host = url.host.toLowerCase()
  const custom = !isMicrosoftGraphHost(host)
  if (custom) refuseHost('graphUrl', host, allowCustom, 'Graph')
  else if (
    cloud &&
    CLOUDS[cloud].graphHost !== host &&
    !(cloud === 'usgov' && host === CLOUDS.usgovdod.graphHost)
  ) {
    throw inputError(
      'graphUrl',
      `${host} is not the Graph host of the ${cloud} cloud (${CLOUDS[cloud].graphHost}).`,
      'Drop graphUrl, or set cloud.',
    )
  }
  return { url: `https://${host}`, host, custom }
}

function refuseHost(field: string, host: string, allowCustom: boolean, what: string): void {
  if (allowCustom) return
  throw new IntunePublishError(
    ErrorCodes.HostNotAllowed,
    `${field}: ${host} is not a Microsoft ${what} host; the credentials will not be sent there.`,
    {
      field,
      fix: 'Use a Microsoft endpoint, or set allowCustomEndpoints (INTUNE_ALLOW_CUSTOM_ENDPOINTS=1, --allow-custom-endpoints) for the simulator or a test rig you trust.',
    },
  )
}

function resolveCredential(input: ConnectionInput, logger?: Logger): Credential {
  const given = [
    input.clientSecret ? 'clientSecret' : '',
    input.certificatePem ? 'certificatePem' : '',
    input.clientAssertion ? 'clientAssertion' : '',
  ].filter(Boolean)
  if (given.length === 0) {
    throw inputError(
      'clientSecret',
      'is missing (no certificate or federated assertion either).',
      'Create one under Entra admin center → App registrations → <app> → Certificates & secrets, and pass its Value (not its ID).',
    )
  }
  if (given.length > 1)
    throw inputError(given[1], `is given together with ${given[0]}.`, 'Give exactly one credential.')
  if (input.clientSecret) return { kind: 'secret', clientSecret: input.clientSecret }
  if (input.certificatePem) {
    const cert = loadCertificate(input.certificatePem, input.certificatePassword, 'certificatePem')
    logger?.maskSecret(cert.privateKey)
    return {
      kind: 'certificate',
      thumbprintSha256: cert.thumbprintSha256,
      privateKey: cert.privateKey,
      notAfter: cert.notAfter,
    }
  }
  const getAssertion = input.clientAssertion as () => Promise<string>
  return {
    kind: 'assertion',
    getAssertion: async () => {
      const assertion = await getAssertion()
      registerSecret(assertion)
      logger?.maskSecret(assertion)
      return assertion
    },
  }
}

function checkCaPem(pem: string): string {
  const blocks = pem.match(/-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g)
  if (!blocks)
    throw inputError(
      'caPem',
      'has no -----BEGIN CERTIFICATE----- block.',
      'Give the CA certificate(s) as PEM.',
    )
  for (const b of blocks) {
    try {
      new X509Certificate(b)
    } catch {
      throw inputError(
        'caPem',
        'holds a certificate that cannot be read.',
        'Export the CA certificate again as PEM.',
      )
    }
  }
  return blocks.join('\n') + '\n'
}
