/**
 * The simulated Entra's token signing key: issues Graph access tokens shaped like Entra's app-only v1
 * tokens and lets the Graph server validate them (signature, lifetime, audience, tenant).
 */
import crypto, { type KeyObject } from 'node:crypto'
import type { SimClient } from '../options'
import { decodeJwt, nowSec, signJwt, verifyJwtSignature } from './jwt'

export interface AccessTokenClaims {
  aud: string
  iss: string
  tid: string
  appid: string
  azp: string
  roles?: string[]
  exp: number
  [claim: string]: unknown
}

export type TokenCheck = { ok: true; claims: AccessTokenClaims } | { ok: false; message: string }

export class TokenAuthority {
  readonly kid = crypto.randomBytes(16).toString('base64url')

  private constructor(
    private readonly privateKey: KeyObject,
    readonly publicKey: KeyObject,
  ) {}

  static async create(): Promise<TokenAuthority> {
    const { privateKey, publicKey } = await new Promise<{ privateKey: KeyObject; publicKey: KeyObject }>(
      (ok, fail) =>
        crypto.generateKeyPair('rsa', { modulusLength: 2048 }, (err, pub, priv) =>
          err ? fail(err) : ok({ privateKey: priv, publicKey: pub }),
        ),
    )
    return new TokenAuthority(privateKey, publicKey)
  }

  jwks(): { keys: Record<string, unknown>[] } {
    const jwk = this.publicKey.export({ format: 'jwk' })
    return { keys: [{ kty: 'RSA', use: 'sig', kid: this.kid, n: jwk.n, e: jwk.e }] }
  }

  issue(opts: {
    client: SimClient
    tenantId: string
    issuer: string
    audience: string
    lifetimeSec: number
    appidacr: string
  }): { token: string; expiresIn: number } {
    const { client, tenantId } = opts
    const iat = nowSec()
    const oid = objectId(tenantId, client.clientId)
    const claims: Record<string, unknown> = {
      aud: opts.audience,
      iss: opts.issuer,
      iat,
      nbf: iat,
      exp: iat + opts.lifetimeSec,
      app_displayname: client.displayName ?? client.clientId,
      appid: client.clientId,
      appidacr: opts.appidacr,
      azp: client.clientId,
      idp: opts.issuer,
      idtyp: 'app',
      oid,
      sub: oid,
      tid: tenantId,
      uti: crypto.randomBytes(16).toString('base64url'),
      ver: '1.0',
    }
    // Entra omits `roles` entirely for an app with no consented application permissions.
    if (client.roles.length > 0) claims.roles = [...client.roles]
    const token = signJwt({ alg: 'RS256', kid: this.kid, x5t: this.kid }, claims, this.privateKey)
    return { token, expiresIn: opts.lifetimeSec }
  }

  verify(token: string, expected: { audience: string; tenantId: string }): TokenCheck {
    const jwt = decodeJwt(token)
    if (!jwt) return { ok: false, message: 'IDX14100: JWT is not well formed, there are no dots (.).' }
    if (jwt.header.alg !== 'RS256' || !verifyJwtSignature(jwt, this.publicKey)) {
      return { ok: false, message: 'Access token validation failure. Invalid signature.' }
    }
    const c = jwt.payload as AccessTokenClaims
    if (typeof c.exp !== 'number' || c.exp <= nowSec()) {
      return { ok: false, message: 'Lifetime validation failed, the token is expired.' }
    }
    if (c.aud !== expected.audience && c.aud !== `${expected.audience}/`) {
      return { ok: false, message: 'Access token validation failure. Invalid audience.' }
    }
    if (c.tid !== expected.tenantId)
      return { ok: false, message: 'Access token validation failure. Invalid tenant.' }
    return { ok: true, claims: c }
  }
}

/** A stable service-principal object id per tenant and client. */
function objectId(tenantId: string, clientId: string): string {
  const h = crypto.createHash('sha256').update(`${tenantId}/${clientId}`).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}
