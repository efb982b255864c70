/**
 * Minimal compact-JWS handling with node:crypto (jose is ESM-only). Enough for what Entra does here:
 * sign RS256 access tokens, verify RS/PS/ES-signed client assertions.
 */
import crypto, { type KeyObject } from 'node:crypto'

export type JwtAlg = 'RS256' | 'RS384' | 'RS512' | 'PS256' | 'PS384' | 'PS512' | 'ES256' | 'ES384'
export type JsonObject = Record<string, unknown>

export interface DecodedJwt {
  header: JsonObject
  payload: JsonObject
  signingInput: string
  signature: Buffer
}

const b64url = (buf: Buffer | string): string => Buffer.from(buf).toString('base64url')

function algParams(alg: string): { hash: string; pss: boolean; ec: boolean } | undefined {
  const m = /^(RS|PS|ES)(256|384|512)$/.exec(alg)
  if (!m) return undefined
  return { hash: `sha${m[2]}`, pss: m[1] === 'PS', ec: m[1] === 'ES' }
}

function keyOptions(key: KeyObject, p: { hash: string; pss: boolean; ec: boolean }, saltLength: number) {
  if (p.ec) return { key, dsaEncoding: 'ieee-p1363' as const }
  if (p.pss) return { key, padding: crypto.constants.RSA_PKCS1_PSS_PADDING, saltLength }
  return { key }
}

export function signJwt(header: JsonObject, payload: JsonObject, privateKey: KeyObject | string): string {
  const alg = String(header.alg ?? 'RS256')
  const p = algParams(alg)
  if (!p) throw new Error(`unsupported JWT alg ${alg}`)
  const key = typeof privateKey === 'string' ? crypto.createPrivateKey(privateKey) : privateKey
  const input = `${b64url(JSON.stringify({ typ: 'JWT', ...header, alg }))}.${b64url(JSON.stringify(payload))}`
  // RFC 7518: PS* salt length equals the hash length.
  const sig = crypto.sign(p.hash, Buffer.from(input), keyOptions(key, p, Number(p.hash.slice(3)) / 8))
  return `${input}.${b64url(sig)}`
}

/** Parses a compact JWS; returns undefined when it is not one. */
export function decodeJwt(token: string): DecodedJwt | undefined {
  const parts = token.split('.')
  if (parts.length !== 3) return undefined
  try {
    const header = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8')) as unknown
    const payload = JSON.parse(Buffer.from(parts[1], 'base64url').toString('utf8')) as unknown
    if (!isObject(header) || !isObject(payload)) return undefined
    return {
      header,
      payload,
      signingInput: `${parts[0]}.${parts[1]}`,
      signature: Buffer.from(parts[2], 'base64url'),
    }
  } catch {
    return undefined
  }
}

export function verifyJwtSignature(jwt: DecodedJwt, publicKey: KeyObject | string): boolean {
  const p = algParams(String(jwt.header.alg))
  if (!p) return false
  try {
    const key = typeof publicKey === 'string' ? crypto.createPublicKey(publicKey) : publicKey
    const opts = keyOptions(key, p, crypto.constants.RSA_PSS_SALTLEN_AUTO)
    return crypto.verify(p.hash, Buffer.from(jwt.signingInput), opts, jwt.signature)
  } catch {
    return false
  }
}

export function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

export const nowSec = (): number => Math.floor(Date.now() / 1000)
