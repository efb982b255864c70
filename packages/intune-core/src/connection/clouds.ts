/**
 * The national clouds: which login host pairs with which Graph host. A credential is only ever sent to
 * these hosts unless the caller opts in to custom endpoints (the simulator, private test rigs).
 */

export type CloudName = 'public' | 'usgov' | 'usgovdod' | 'china'

export interface Cloud {
  name: CloudName
  loginHost: string
  graphHost: string
}

export const CLOUDS: Record<CloudName, Cloud> = {
  public: { name: 'public', loginHost: 'login.microsoftonline.com', graphHost: 'graph.microsoft.com' },
  usgov: { name: 'usgov', loginHost: 'login.microsoftonline.us', graphHost: 'graph.microsoft.us' },
  usgovdod: { name: 'usgovdod', loginHost: 'login.microsoftonline.us', graphHost: 'dod-graph.microsoft.us' },
  china: { name: 'china', loginHost: 'login.chinacloudapi.cn', graphHost: 'microsoftgraph.chinacloudapi.cn' },
}

export const CLOUD_NAMES = Object.keys(CLOUDS) as CloudName[]

const MICROSOFT_LOGIN_HOSTS = new Set(Object.values(CLOUDS).map(c => c.loginHost))
const MICROSOFT_GRAPH_HOSTS = new Set(Object.values(CLOUDS).map(c => c.graphHost))

/** `host` is a URL host (may carry a port); Microsoft's endpoints are only ever on 443. */
export function isMicrosoftLoginHost(host: string): boolean {
  return MICROSOFT_LOGIN_HOSTS.has(host.toLowerCase())
}

export function isMicrosoftGraphHost(host: string): boolean {
  return MICROSOFT_GRAPH_HOSTS.has(host.toLowerCase())
}

/** The cloud an Auth URL host belongs to. US Gov and DoD share a login host; DoD must be asked for. */
export function cloudForLoginHost(host: string, requested?: CloudName): CloudName | undefined {
  const h = host.toLowerCase()
  if (requested && CLOUDS[requested].loginHost === h) return requested
  return CLOUD_NAMES.find(n => CLOUDS[n].loginHost === h)
}

/** Accepts the names people actually type: `AzureUSGovernment`, `gcc-high`, `dod`, `AzureChinaCloud`... */
export function parseCloudName(value: string): CloudName | undefined {
  const v = value.toLowerCase().replace(/[\s_-]/g, '')
  const aliases: Record<string, CloudName> = {
    public: 'public',
    global: 'public',
    azurepubliccloud: 'public',
    azurecloud: 'public',
    usgov: 'usgov',
    usgovernment: 'usgov',
    azureusgovernment: 'usgov',
    gcchigh: 'usgov',
    usgovhigh: 'usgov',
    usgovdod: 'usgovdod',
    dod: 'usgovdod',
    china: 'china',
    azurechinacloud: 'china',
  }
  return aliases[v]
}
