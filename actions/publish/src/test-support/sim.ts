/**
 * Starts the local Intune simulator for the adapters' black-box tests. The simulator's programmatic API
 * is typed loosely here: the tests need only its URLs, CA file, ready-made connection and state.
 */
import * as simModule from '@intune-publish/sim'

export interface SimHandle {
  /** Entra base URL; the token URL is tokenUrl(sim). */
  authUrl: string
  tenantId: string
  graphUrl: string
  caFile: string
  connection: {
    settingName?: string
    clientId: string
    clientSecret: string
    authUrl: string
    tenantId?: string
  }
  state?: { apps: Map<string, { id: string; props: Record<string, unknown>; assignments: unknown[] }> }
  stop(): Promise<void>
}

export interface FederatedIssuer {
  issuer: string
  publicKeyPem: string
  sign(claims: Record<string, unknown>, opts?: { expiresInSec?: number }): string
}

type SimApi = {
  startSimulator(options?: Record<string, unknown>): Promise<SimHandle>
  createFederatedIssuer(o: { issuer: string }): FederatedIssuer
}

const sim = simModule as unknown as SimApi

export const TENANT_ID = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'
export const OIDC_CLIENT_ID = '9d8c7b6a-5f4e-4d3c-8b2a-1f0e9d8c7b6a'
export const ROLES = [
  'DeviceManagementApps.ReadWrite.All',
  'GroupMember.Read.All',
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementRBAC.Read.All',
]

export function createIssuer(issuer: string): FederatedIssuer {
  return sim.createFederatedIssuer({ issuer })
}

/** A simulator with its default client plus, when given, a client that trusts a federated issuer. */
export async function startSim(federated?: { issuer: FederatedIssuer; subject: string; audience: string }) {
  const clients: Record<string, unknown>[] = []
  if (federated) {
    const secretClient = {
      clientId: '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b',
      secret: 'S1m~' + Date.now(),
      roles: ROLES,
    }
    clients.push(secretClient, {
      clientId: OIDC_CLIENT_ID,
      displayName: 'intune-publish OIDC (simulated)',
      roles: ROLES,
      federated: [
        {
          issuer: federated.issuer.issuer,
          subject: federated.subject,
          audience: federated.audience,
          publicKeyPem: federated.issuer.publicKeyPem,
        },
      ],
    })
  }
  return sim.startSimulator({ tenantId: TENANT_ID, ...(clients.length ? { clients } : {}) })
}

/** The Auth URL a user would give for the simulator: its tenant's token endpoint. */
export function tokenUrl(sim: SimHandle): string {
  return `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`
}
