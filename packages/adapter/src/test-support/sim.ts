/**
 * Starts the local Intune simulator for the adapters' black-box tests: its default client (client secret)
 * plus, when asked, a client that trusts a federated issuer (the OIDC stand-in's tokens).
 */
import {
  createFederatedIssuer,
  DEFAULT_ROLES,
  DEFAULT_TENANT_ID,
  startSimulator,
  type FederatedIssuer,
  type RunningSimulator,
} from '@intune-publish/sim'

export type SimHandle = RunningSimulator
export type { FederatedIssuer }

export const TENANT_ID = DEFAULT_TENANT_ID
export const OIDC_CLIENT_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'

export function createIssuer(issuer: string): FederatedIssuer {
  return createFederatedIssuer({ issuer })
}

export async function startSim(federated?: {
  issuer: FederatedIssuer
  subject: string
  audience: string
}): Promise<RunningSimulator> {
  if (!federated) return startSimulator()
  const secretClient = {
    clientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
    displayName: 'intune-publish (simulated)',
    secret: `S1m~${Date.now()}.${Math.random().toString(36).slice(2)}`,
    roles: [...DEFAULT_ROLES],
  }
  const oidcClient = {
    clientId: OIDC_CLIENT_ID,
    displayName: 'intune-publish OIDC (simulated)',
    roles: [...DEFAULT_ROLES],
    federated: [
      {
        issuer: federated.issuer.issuer,
        subject: federated.subject,
        audience: federated.audience,
        publicKeyPem: federated.issuer.publicKeyPem,
      },
    ],
  }
  return startSimulator({ clients: [secretClient, oidcClient] })
}

/** The Auth URL a user gives for the simulator: its tenant's token endpoint. */
export function tokenUrl(sim: RunningSimulator): string {
  return sim.tokenUrl
}
