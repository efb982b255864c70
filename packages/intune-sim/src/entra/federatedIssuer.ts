/**
 * A stand-in external OIDC issuer (GitHub Actions, Azure DevOps...) for tests: it mints federated
 * client assertions that the simulated Entra accepts when a client's federated credential names it.
 */
import crypto from 'node:crypto'
import { nowSec, signJwt } from './jwt'

export interface FederatedIssuer {
  issuer: string
  publicKeyPem: string
  sign(claims: Record<string, unknown>, opts?: { expiresInSec?: number }): string
}

export function createFederatedIssuer({ issuer }: { issuer: string }): FederatedIssuer {
  const { privateKey, publicKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  const kid = crypto.randomBytes(8).toString('hex')
  return {
    issuer,
    publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
    sign(claims, opts = {}) {
      const iat = nowSec()
      const payload = {
        iss: issuer,
        iat,
        nbf: iat,
        exp: iat + (opts.expiresInSec ?? 300),
        jti: crypto.randomUUID(),
        ...claims,
      }
      return signJwt({ alg: 'RS256', kid }, payload, privateKey)
    },
  }
}
