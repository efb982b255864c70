/**
 * Client authentication at the token endpoint: secret, certificate-signed assertion (msal-node's
 * clientCertificate) or federated assertion (workload identity federation), with Entra's error codes.
 */
import crypto from 'node:crypto'
import type { SimClient } from '../options'
import { EntraError, appNotFound } from './entraError'
import { type DecodedJwt, decodeJwt, nowSec, verifyJwtSignature } from './jwt'

export interface ClientAuthContext {
  tenantId: string
  clients: SimClient[]
  /** Audiences a certificate assertion may name (the token endpoint URL variants). */
  tokenEndpoints: string[]
}

export interface AuthenticatedClient {
  client: SimClient
  /** Entra's appidacr: 1 = secret, 2 = certificate or federated assertion. */
  appidacr: '1' | '2'
}

const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer'
const SKEW_SEC = 300

export function authenticateClient(form: URLSearchParams, ctx: ClientAuthContext): AuthenticatedClient {
  const assertion = form.get('client_assertion')
  const decoded = assertion ? decodeJwt(assertion) : undefined
  if (assertion && !decoded)
    throw new EntraError(401, 'invalid_client', 50027, 'JWT token is invalid or malformed.')
  const clientId = form.get('client_id') ?? (decoded ? String(decoded.payload.sub ?? '') : '')
  if (!clientId) {
    throw new EntraError(
      400,
      'invalid_request',
      900144,
      "The request body must contain the following parameter: 'client_id'.",
    )
  }
  const client = ctx.clients.find(c => c.clientId.toLowerCase() === clientId.toLowerCase())
  if (!client) throw appNotFound(clientId, ctx.tenantId)

  const secret = form.get('client_secret')
  if (secret !== null) return checkSecret(client, secret)
  if (!decoded) {
    throw new EntraError(
      401,
      'invalid_client',
      7000218,
      "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
    )
  }
  if (form.get('client_assertion_type') !== JWT_BEARER) {
    throw new EntraError(
      400,
      'invalid_request',
      50027,
      `Invalid client_assertion_type. Expected '${JWT_BEARER}'.`,
    )
  }
  const iss = String(decoded.payload.iss ?? '')
  if (iss.toLowerCase() === client.clientId.toLowerCase())
    return checkCertificateAssertion(client, decoded, ctx)
  return checkFederatedAssertion(client, decoded)
}

function checkSecret(client: SimClient, secret: string): AuthenticatedClient {
  const ok =
    client.secret !== undefined &&
    secret.length === client.secret.length &&
    crypto.timingSafeEqual(Buffer.from(secret), Buffer.from(client.secret))
  if (!ok) {
    throw new EntraError(
      401,
      'invalid_client',
      7000215,
      `Invalid client secret provided. Ensure the secret being sent in the request is the client secret value, not the client secret ID, for a secret added to app '${client.clientId}'.`,
    )
  }
  if (client.secretExpired) {
    throw new EntraError(
      401,
      'invalid_client',
      7000222,
      `The provided client secret keys for app '${client.clientId}' are expired. Visit the Azure portal to create new keys for your app: https://aka.ms/NewClientSecret, or consider using certificate credentials for added security: https://aka.ms/certCreds.`,
    )
  }
  return { client, appidacr: '1' }
}

function checkLifetime(jwt: DecodedJwt): void {
  const now = nowSec()
  const exp = Number(jwt.payload.exp)
  const nbf = jwt.payload.nbf === undefined ? 0 : Number(jwt.payload.nbf)
  if (!Number.isFinite(exp) || exp + SKEW_SEC < now || nbf - SKEW_SEC > now) {
    const iso = (s: number) => (Number.isFinite(s) ? new Date(s * 1000).toISOString() : 'missing')
    throw new EntraError(
      401,
      'invalid_client',
      700024,
      `Client assertion is not within its valid time range. Current time: ${iso(now)}, assertion valid from ${iso(nbf)}, expiry time of assertion ${iso(exp)}. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials .`,
    )
  }
}

function checkCertificateAssertion(
  client: SimClient,
  jwt: DecodedJwt,
  ctx: ClientAuthContext,
): AuthenticatedClient {
  const invalidSig = new EntraError(
    401,
    'invalid_client',
    700027,
    `The certificate with identifier used to sign the client assertion is not registered on application. [Reason - The key was not found., Thumbprint of key used by client: '${String(jwt.header['x5t#S256'] ?? jwt.header.x5t ?? '')}'] Please visit the Azure Portal, Graph Explorer or directly use MS Graph to see configured keys for app Id '${client.clientId}'.`,
  )
  if (!client.certificatePem) throw invalidSig
  const cert = new crypto.X509Certificate(client.certificatePem)
  const thumb = (hex: string) => Buffer.from(hex.replace(/:/g, ''), 'hex').toString('base64url')
  const x5tS256 = jwt.header['x5t#S256']
  const x5t = jwt.header.x5t
  if (x5tS256 !== undefined && x5tS256 !== thumb(cert.fingerprint256)) throw invalidSig
  if (x5t !== undefined && x5t !== thumb(cert.fingerprint)) throw invalidSig
  if (!verifyJwtSignature(jwt, cert.publicKey)) {
    throw new EntraError(401, 'invalid_client', 700027, 'Client assertion failed signature validation.')
  }
  if (String(jwt.payload.sub ?? '').toLowerCase() !== client.clientId.toLowerCase()) {
    throw new EntraError(
      401,
      'invalid_client',
      700021,
      "Client assertion application identifier doesn't match 'client_id' parameter.",
    )
  }
  const aud = String(jwt.payload.aud ?? '')
  if (!ctx.tokenEndpoints.some(e => e.toLowerCase() === aud.split('?')[0].toLowerCase())) {
    throw new EntraError(
      401,
      'invalid_client',
      700212,
      `Client assertion audience claim does not match Realm issuer. Review the documentation at https://learn.microsoft.com/entra/identity-platform/certificate-credentials . Assertion audience: '${aud}'.`,
    )
  }
  checkLifetime(jwt)
  return { client, appidacr: '2' }
}

function checkFederatedAssertion(client: SimClient, jwt: DecodedJwt): AuthenticatedClient {
  const iss = String(jwt.payload.iss ?? '')
  const sub = String(jwt.payload.sub ?? '')
  const auds = ([] as unknown[]).concat(jwt.payload.aud ?? []).map(String)
  const match = (client.federated ?? []).find(
    f => f.issuer === iss && f.subject === sub && auds.includes(f.audience),
  )
  if (!match) {
    throw new EntraError(
      400,
      'invalid_request',
      70021,
      `No matching federated identity record found for presented assertion. Assertion Issuer: '${iss}'. Assertion Subject: '${sub}'. Assertion Audience: '${auds.join(',')}'. https://learn.microsoft.com/entra/workload-id/workload-identity-federation`,
    )
  }
  if (!verifyJwtSignature(jwt, match.publicKeyPem)) {
    throw new EntraError(401, 'invalid_client', 50013, 'Assertion failed signature validation.')
  }
  checkLifetime(jwt)
  return { client, appidacr: '2' }
}
