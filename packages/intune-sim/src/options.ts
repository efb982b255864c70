/** Public option and client shapes of the simulator, with the defaults every run starts from. */
import crypto from 'node:crypto'
import type { DeviceOptions } from './graph/devices'
import type { SimCategory, SimFilter, SimGroup, SimScopeTag } from './state'

/** An app registration (service principal) in the simulated tenant. */
export interface SimClient {
  clientId: string
  displayName?: string
  /** Client secret value; omit to disallow secret auth. */
  secret?: string
  /** When true the secret is recognised but expired (AADSTS7000222). */
  secretExpired?: boolean
  /** Public certificate PEM for certificate-signed client assertions. */
  certificatePem?: string
  /** Federated identity credentials (workload identity federation). */
  federated?: { issuer: string; subject: string; audience: string; publicKeyPem: string }[]
  /** Consented Graph application permissions, e.g. DeviceManagementApps.ReadWrite.All. */
  roles: string[]
}

export interface SimOptions {
  tenantId?: string
  clients?: SimClient[]
  /** Access token lifetime in seconds (default 3600). */
  tokenLifetimeSec?: number
  /** Delay added to every Graph response. */
  latencyMs?: number
  /** Intune's throttling budget per app per tenant per 20 s (defaults: 100 writes, 1000 requests). */
  budget?: { writesPer20s?: number; requestsPer20s?: number }
  /** Blob store options, or false to run without blob storage (no content upload). */
  blob?: { sasLifetimeMs?: number } | false
  /** Delay before asynchronous Intune state transitions (file upload/commit states). */
  stateDelayMs?: number
  seed?: { groups?: SimGroup[]; filters?: SimFilter[]; scopeTags?: SimScopeTag[]; categories?: SimCategory[] }
  /** Simulated devices: install success rate and delay, report lag (graph/devices.ts). */
  devices?: DeviceOptions
  /** Log each request to stderr. */
  verbose?: boolean
}

export const DEFAULT_TENANT_ID = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'
export const DEFAULT_CLIENT_ID = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'
export const DEFAULT_ROLES = [
  'DeviceManagementApps.ReadWrite.All',
  'GroupMember.Read.All',
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementRBAC.Read.All',
]

export function defaultClient(): SimClient {
  return {
    clientId: DEFAULT_CLIENT_ID,
    displayName: 'intune-publish (simulated)',
    secret: crypto.randomBytes(24).toString('base64url'),
    roles: [...DEFAULT_ROLES],
  }
}

export const DEFAULT_SEED: Required<NonNullable<SimOptions['seed']>> = {
  groups: [
    {
      id: '0b9f3b2a-1c4d-4e5f-8a6b-7c8d9e0f1a2b',
      displayName: 'All Windows Devices',
      memberType: 'device',
      members: ['a1000001-0000-4000-8000-000000000001', 'a1000001-0000-4000-8000-000000000002'],
    },
    {
      id: '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c',
      displayName: 'Pilot Users',
      members: ['b2000001-0000-4000-8000-000000000001', 'b2000001-0000-4000-8000-000000000002'],
    },
    {
      id: '2d1b5d4c-3e6f-4071-8c8d-9e0f1a2b3c4d',
      displayName: 'Finance',
      members: ['b2000001-0000-4000-8000-000000000003'],
    },
    {
      id: '8d71bd02-94c5-46d7-a2e3-5e6f708192a3',
      displayName: 'IT Department',
      members: ['b2000001-0000-4000-8000-000000000001', 'b2000001-0000-4000-8000-000000000004'],
    },
    {
      id: '9e82ce13-a5d6-47e8-b3f4-6f708192a3b4',
      displayName: 'Kiosk Devices',
      memberType: 'device',
      members: ['a1000001-0000-4000-8000-000000000003'],
    },
    { id: 'af93df24-b6e7-48f9-84a5-708192a3b4c5', displayName: 'Empty Group', members: [] },
    {
      id: 'b0a4e035-c7f8-490a-95b6-8192a3b4c5d6',
      displayName: 'Duplicate Name',
      members: ['b2000001-0000-4000-8000-000000000002'],
    },
    {
      id: 'c1b5f146-d809-4a1b-a6c7-92a3b4c5d6e7',
      displayName: 'Duplicate Name',
      members: ['b2000001-0000-4000-8000-000000000003'],
    },
  ],
  filters: [
    {
      id: '3e2c6e5d-4f70-4182-9d9e-0f1a2b3c4d5e',
      displayName: 'Corporate laptops',
      platform: 'windows10AndLater',
      rule: '(device.deviceOwnership -eq "Corporate")',
    },
    {
      id: '4f3d7f6e-5081-4293-8eaf-1a2b3c4d5e6f',
      displayName: 'Supervised iPads',
      platform: 'iOS',
      rule: '(device.model -startsWith "iPad")',
    },
    {
      id: 'd2c60257-e91a-4b2c-b7d8-a3b4c5d6e7f8',
      displayName: 'Windows 11 devices',
      platform: 'windows10AndLater',
      rule: '(device.osVersion -startsWith "10.0.22")',
    },
    {
      id: 'e3d71368-fa2b-4c3d-88e9-b4c5d6e7f809',
      displayName: 'Corporate iPhones',
      platform: 'iOS',
      rule: '(device.deviceOwnership -eq "Corporate") and (device.model -startsWith "iPhone")',
    },
  ],
  scopeTags: [
    { id: '0', displayName: 'Default', description: 'Built-in scope tag' },
    { id: '1', displayName: 'Europe', description: 'European subsidiaries' },
  ],
  categories: [
    { id: '5a4e8a7f-6192-43a4-9fb0-2b3c4d5e6f70', displayName: 'Business' },
    { id: '6b5f9b80-72a3-44b5-80c1-3c4d5e6f7081', displayName: 'Productivity' },
    { id: '7c60ac91-83b4-45c6-91d2-4d5e6f708192', displayName: 'Development & Design' },
  ],
}
