/** Test helper: a ConnectionInput for one client of a running simulator. */
import type { ConnectionInput } from '../api'

interface SimLike {
  authUrl: string
  graphUrl: string
  tenantId: string
  caPem: string
}

export function simConnection(sim: SimLike, fields: Partial<ConnectionInput>): ConnectionInput {
  return {
    settingName: 'intune-sim',
    authUrl: `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`,
    graphUrl: sim.graphUrl,
    allowCustomEndpoints: true,
    caPem: sim.caPem,
    ...fields,
  }
}
