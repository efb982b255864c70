/** A simulator (no blob storage) with clients of differing permissions, for the assignment-side tests. */
import type { Agent } from 'undici'
import { defaultClient, type SimClient, type SimOptions } from '../options'
import { startSimulator, type RunningSimulator } from '../simulator'
import { call, simAgent, type SimResponse } from './simHttp'

export const APPS_ONLY_CLIENT: SimClient = {
  clientId: '0e1f2a3b-4c5d-4e6f-8a7b-8c9d0e1f2a3b',
  secret: 'apps-only-secret',
  roles: ['DeviceManagementApps.ReadWrite.All'],
}
export const READ_ONLY_CLIENT: SimClient = {
  clientId: '1f2a3b4c-5d6e-4f70-9b8c-9d0e1f2a3b4c',
  secret: 'read-only-secret',
  roles: ['DeviceManagementApps.Read.All', 'Group.Read.All'],
}

export interface AssignSim {
  sim: RunningSimulator
  agent: Agent
  /** Access tokens by client id (the default client under `default`). */
  tokens: Record<string, string>
  graph(
    method: 'GET' | 'POST' | 'DELETE',
    version: 'v1.0' | 'beta',
    path: string,
    json?: unknown,
    token?: string,
  ): Promise<SimResponse>
  /** Creates a Win32 app over Graph and returns its id; `published` sets its state as a commit would. */
  win32(displayName: string, published?: boolean): Promise<string>
  stop(): Promise<void>
}

export async function startAssignSim(opts: SimOptions = {}): Promise<AssignSim> {
  const main = defaultClient()
  const sim = await startSimulator({
    ...opts,
    blob: false,
    clients: [main, APPS_ONLY_CLIENT, READ_ONLY_CLIENT],
  })
  const agent = simAgent(sim.caPem)
  const tokens: Record<string, string> = {}
  for (const c of [main, APPS_ONLY_CLIENT, READ_ONLY_CLIENT]) {
    const res = await call(agent, 'POST', sim.tokenUrl, {
      form: {
        grant_type: 'client_credentials',
        client_id: c.clientId,
        client_secret: c.secret ?? '',
        scope: `${sim.graphUrl}/.default`,
      },
    })
    tokens[c === main ? 'default' : c.clientId] = String(res.json.access_token)
  }
  const graph: AssignSim['graph'] = (method, version, path, json, token) =>
    call(agent, method, `${sim.graphUrl}/${version}${path}`, { token: token ?? tokens.default, json })
  const win32: AssignSim['win32'] = async (displayName, published = true) => {
    const res = await graph('POST', 'beta', '/deviceAppManagement/mobileApps', {
      '@odata.type': '#microsoft.graph.win32LobApp',
      displayName,
      publisher: 'Contoso',
      displayVersion: '1.0',
      fileName: 'IntunePackage.intunewin',
      setupFilePath: 'setup.exe',
      installCommandLine: 'setup.exe /S',
      uninstallCommandLine: 'uninstall.exe /S',
    })
    if (res.status !== 201) throw new Error(`create failed: ${res.status} ${res.text}`)
    const id = String(res.json.id)
    const app = sim.state.apps.get(id)
    if (published && app) app.props.publishingState = 'published'
    return id
  }
  return {
    sim,
    agent,
    tokens,
    graph,
    win32,
    stop: async () => {
      await agent.close()
      await sim.stop()
    },
  }
}
