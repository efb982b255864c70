/** Test helper: a simulator, a real Graph client signed in to it, and apps created through Graph. */
import { randomUUID } from 'node:crypto'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { createTokenProvider } from '../../auth'
import { resolveConnection } from '../../connection'
import { createGraphClient, type GraphClient } from '../../graph'
import { type HttpClient, createHttpClient } from '../../http'
import { silentLogger } from '../../logger'
import type { AppType } from '../../packages/types'
import { clearRegisteredSecrets } from '../../sanitize'
import { simConnection } from '../../test-support/simConnection'

export const ALL_ROLES = [
  'DeviceManagementApps.ReadWrite.All',
  'GroupMember.Read.All',
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementRBAC.Read.All',
]

export interface SimGraph {
  sim: RunningSimulator
  graph: GraphClient
  /** Creates an app through Graph; published (as the content flow would leave it) unless told otherwise. */
  newApp(appType?: AppType, opts?: { published?: boolean; displayName?: string }): Promise<string>
  publish(appId: string): void
  stop(): Promise<void>
}

const BODIES: Partial<Record<AppType, Record<string, unknown>>> = {
  win32LobApp: {
    '@odata.type': '#microsoft.graph.win32LobApp',
    publisher: 'Contoso',
    fileName: 'IntunePackage.intunewin',
    setupFilePath: 'setup.exe',
    installCommandLine: 'setup.exe /S',
    uninstallCommandLine: 'uninstall.exe /S',
    applicableArchitectures: 'x64',
    rules: [
      {
        '@odata.type': '#microsoft.graph.win32LobAppFileSystemRule',
        ruleType: 'detection',
        path: 'C:\\Program Files\\Contoso',
        fileOrFolderName: 'tool.exe',
        check32BitOn64System: false,
        operationType: 'exists',
        operator: 'notConfigured',
        comparisonValue: null,
      },
    ],
  },
  iosLobApp: {
    '@odata.type': '#microsoft.graph.iosLobApp',
    publisher: 'Contoso',
    bundleId: 'com.contoso.app',
    fileName: 'app.ipa',
    buildNumber: '1',
    versionNumber: '1.0',
    applicableDeviceType: { iPad: true, iPhoneAndIPod: true },
    minimumSupportedOperatingSystem: { v15_0: true },
  },
  windowsUniversalAppX: {
    '@odata.type': '#microsoft.graph.windowsUniversalAppX',
    publisher: 'Contoso',
    fileName: 'app.msix',
    identityName: 'Contoso.App',
    identityPublisherHash: 'abcdefghijklm',
    identityVersion: '1.0.0.0',
    applicableArchitectures: 'x64',
    applicableDeviceTypes: 'desktop',
    minimumSupportedOperatingSystem: { v10_0: true },
  },
  macOSPkgApp: {
    '@odata.type': '#microsoft.graph.macOSPkgApp',
    publisher: 'Contoso',
    fileName: 'app.pkg',
    primaryBundleId: 'com.contoso.mac',
    primaryBundleVersion: '1.0',
    includedApps: [],
  },
}

export async function startSimGraph(
  roles: string[] = ALL_ROLES,
  opts: { latencyMs?: number } = {},
): Promise<SimGraph> {
  const clientId = randomUUID()
  const secret = `assign-test-${randomUUID()}`
  const sim = await startSimulator({
    blob: false,
    clients: [{ clientId, secret, roles }],
    latencyMs: opts.latencyMs,
  })
  const resolved = resolveConnection(simConnection(sim, { clientId, clientSecret: secret }))
  const http: HttpClient = createHttpClient({ caPem: resolved.caPem })
  const graph = createGraphClient(
    resolved,
    createTokenProvider(resolved, http, silentLogger),
    http,
    silentLogger,
  )
  const publish = (id: string): void => {
    const app = sim.state.apps.get(id.toLowerCase())
    if (!app) throw new Error(`no app ${id} in the simulator`)
    app.props.publishingState = 'published'
  }
  return {
    sim,
    graph,
    publish,
    async newApp(appType = 'win32LobApp', opts = {}) {
      const body = {
        ...BODIES[appType],
        displayName: opts.displayName ?? `Assign test ${randomUUID().slice(0, 8)}`,
      }
      const app = await graph.post<{ id: string }>('/deviceAppManagement/mobileApps', body, {
        version: 'beta',
      })
      if (opts.published !== false) publish(app.id)
      return app.id
    },
    async stop() {
      await http.close()
      await sim.stop()
      clearRegisteredSecrets()
    },
  }
}
