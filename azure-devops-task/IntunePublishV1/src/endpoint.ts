/**
 * Reads the "Microsoft Intune" service connection the way the agent passes it (ENDPOINT_AUTH_<id>) and
 * registers every secret at once: getEndpointAuthorizationParameter would write values to the debug log.
 */
import * as tl from 'azure-pipelines-task-lib/task'
import { cloudForGraphUrl } from '@intune-publish/adapter'

export interface IntuneEndpoint {
  id: string
  scheme: 'None' | 'WorkloadIdentityFederation'
  clientId?: string
  clientSecret?: string
  authUrl?: string
  tenantId?: string
  /** The connection's URL field: the Graph root, when set to something other than public Graph. */
  graphUrl?: string
  /** The national cloud the Graph URL belongs to (US Gov, DoD, China), so sign-in goes there too. */
  cloud?: string
  /** The connection's Setting Name field (the agent passes connections by id only, never by name). */
  settingName?: string
}

const PUBLIC_GRAPH = /^https:\/\/graph\.microsoft\.com\/?$/i

export function readEndpoint(id: string, mask: (s: string) => void): IntuneEndpoint {
  let auth: tl.EndpointAuthorization | undefined
  try {
    auth = tl.getEndpointAuthorization(id, true)
  } catch {
    // task-lib's own message would quote the raw value, secret included.
    throw new Error(
      `connection: the service connection '${id}' has malformed authorization data; recreate it`,
    )
  }
  if (!auth)
    throw new Error(`connection: service connection '${id}' not found; pick a Microsoft Intune connection`)
  const p = auth.parameters ?? {}
  for (const key of Object.keys(p)) if (/secret|token|password|key/i.test(key)) mask(p[key])
  const url = tl.getEndpointUrl(id, true)
  const graphUrl = url && !PUBLIC_GRAPH.test(url) ? url.replace(/\/$/, '') : undefined
  const cloud = cloudForGraphUrl(graphUrl)
  const settingName = tl.getEndpointDataParameter(id, 'settingName', true)?.trim() || undefined
  if (auth.scheme === 'WorkloadIdentityFederation') {
    // ADO fills tenantid and serviceprincipalid; an authUrl is honoured too (sovereign clouds, the simulator).
    const authUrl = p.authUrl || undefined
    return {
      id,
      scheme: 'WorkloadIdentityFederation',
      clientId: p.serviceprincipalid,
      tenantId: p.tenantid,
      authUrl,
      graphUrl,
      cloud,
      settingName,
    }
  }
  return {
    id,
    scheme: 'None',
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    authUrl: p.authUrl || undefined,
    tenantId: p.tenantId || undefined,
    graphUrl,
    cloud,
    settingName,
  }
}
