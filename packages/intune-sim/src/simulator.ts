/**
 * startSimulator: one local Intune tenant — Entra token endpoint, Graph and (optionally) blob storage,
 * all HTTPS on loopback with a throwaway CA.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { BlobStore } from './blob/blobStore'
import { startBlobWiring } from './blobWiring'
import { TokenAuthority } from './entra/accessTokens'
import { createEntraServer, type EntraConfig } from './entra/entraServer'
import { registerAppRoutes } from './graph/apps'
import { registerAssignmentRoutes } from './graph/assignments'
import { registerDirectoryRoutes } from './graph/directory'
import { DeviceFleet } from './graph/devices'
import { registerReportRoutes } from './graph/reports'
import { registerRelationshipRoutes } from './graph/relationships'
import type { ContentFaults } from './blob/contentFaults'
import { GraphFaults } from './graph/faults'
import { createGraphServer, type GraphServerConfig } from './graph/graphServer'
import type { RequestHooks } from './graph/requestHooks'
import { Router } from './graph/router'
import { loadSchema } from './graph/schema'
import { INTUNE_LIMITS, RequestBudget } from './graph/throttle'
import { closeServer, listenLoopback } from './http'
import { DEFAULT_SEED, DEFAULT_TENANT_ID, defaultClient, type SimClient, type SimOptions } from './options'
import { createState, type SimState } from './state'
import { createTls } from './tls/createTls'

/** What a client needs to connect (the CLI prints it; intune-publish accepts it as a connection). */
export interface SimConnection {
  settingName: string
  clientId: string
  clientSecret: string
  authUrl: string
  tenantId: string
  graphUrl: string
  allowCustomEndpoints: true
  caFile: string
}

export interface RunningSimulator {
  /** Entra base URL, `https://127.0.0.1:<port>`; the authority is `${authUrl}/${tenantId}`. */
  authUrl: string
  /** Graph base URL without version, `https://127.0.0.1:<port>`; token audience and scope `${graphUrl}/.default`. */
  graphUrl: string
  /** The Auth URL a connection uses: `${authUrl}/${tenantId}/oauth2/v2.0/token`. */
  tokenUrl: string
  /** `127.0.0.1:<port>` of the Entra server, for msal's knownAuthorities. */
  authorityHost: string
  caFile: string
  caPem: string
  tenantId: string
  /** The default (first) client's connection. */
  connection: SimConnection
  clients: SimClient[]
  state: SimState
  /**
   * Fault injection: `graph` (status answers for Graph requests), `blob` (the blob proxy's faults) and
   * `content` (Intune's asynchronous file states: failed/timed-out SAS, renewal, commit). The last two
   * exist only when blob storage runs.
   */
  faults: { graph: GraphFaults; blob?: BlobStore['faults']; content?: ContentFaults }
  /** Test hooks run inside the simulator before a matching Graph request (graph/requestHooks.ts). */
  hooks: RequestHooks
  /** The blob store (Azurite behind the HTTPS fault proxy), unless started with `blob: false`. */
  blob?: BlobStore
  /** The simulated devices: their clock (`advance`) and install behaviour (`configure`). */
  devices: DeviceFleet
  stop(): Promise<void>
}

export async function startSimulator(opts: SimOptions = {}): Promise<RunningSimulator> {
  const log = opts.verbose
    ? (line: string) => process.stderr.write(`[intune-sim] ${line}\n`)
    : () => undefined
  const tmpDir = await fs.mkdtemp(path.join(os.tmpdir(), 'intune-sim-'))
  const cleanups: (() => Promise<void>)[] = [() => fs.rm(tmpDir, { recursive: true, force: true })]
  const stop = async () => {
    for (const c of cleanups.splice(0).reverse()) await c().catch(() => undefined)
  }
  try {
    const [tls, tokens] = await Promise.all([createTls(tmpDir), TokenAuthority.create()])
    loadSchema('v1.0')
    loadSchema('beta')
    const tenantId = opts.tenantId ?? DEFAULT_TENANT_ID
    const clients = opts.clients && opts.clients.length > 0 ? opts.clients : [defaultClient()]
    const state = createState()
    const seed = { ...DEFAULT_SEED, ...opts.seed }
    Object.assign(state, {
      groups: [...seed.groups],
      filters: [...seed.filters],
      scopeTags: [...seed.scopeTags],
      categories: [...seed.categories],
    })
    const router = new Router()
    const faults = new GraphFaults()
    const budget = new RequestBudget({ ...INTUNE_LIMITS, ...opts.budget })

    const entraCfg: EntraConfig = {
      tenantId,
      clients,
      tokens,
      tokenLifetimeSec: opts.tokenLifetimeSec ?? 3600,
      authUrl: '',
      graphUrl: '',
      log,
    }
    const graphCfg: GraphServerConfig = {
      tenantId,
      tokens,
      router,
      state,
      faults,
      budget,
      latencyMs: opts.latencyMs ?? 0,
      graphUrl: '',
      authUrl: '',
      log,
    }
    const entra = createEntraServer(tls, entraCfg)
    const graph = createGraphServer(tls, graphCfg)
    const [authPort, graphPort] = await Promise.all([listenLoopback(entra), listenLoopback(graph)])
    cleanups.push(
      () => closeServer(entra),
      () => closeServer(graph),
    )
    const authUrl = `https://127.0.0.1:${authPort}`
    const graphUrl = `https://127.0.0.1:${graphPort}`
    Object.assign(entraCfg, { authUrl, graphUrl })
    Object.assign(graphCfg, { authUrl, graphUrl })

    const blob = await startBlobWiring(router, { opts, tls, tmpDir })
    if (blob) cleanups.push(() => blob.stop())
    registerAppRoutes(router, {
      applyCommittedContentVersion: blob
        ? (app, cv) => blob.content.applyCommittedContentVersion(app, cv)
        : undefined,
    })
    registerAssignmentRoutes(router)
    registerRelationshipRoutes(router)
    registerDirectoryRoutes(router)
    const devices = new DeviceFleet(state, opts.devices)
    registerReportRoutes(router, devices)

    const first = clients[0]
    const tokenUrl = `${authUrl}/${tenantId}/oauth2/v2.0/token`
    return {
      authUrl,
      tokenUrl,
      graphUrl,
      authorityHost: `127.0.0.1:${authPort}`,
      caFile: tls.caFile,
      caPem: tls.caPem,
      tenantId,
      connection: {
        settingName: 'intune-sim',
        clientId: first.clientId,
        clientSecret: first.secret ?? '',
        authUrl: tokenUrl,
        tenantId,
        graphUrl,
        allowCustomEndpoints: true,
        caFile: tls.caFile,
      },
      clients,
      state,
      faults: { graph: faults, blob: blob?.store.faults, content: blob?.content.faults },
      hooks: router.hooks,
      blob: blob?.store,
      devices,
      stop,
    }
  } catch (err) {
    await stop()
    throw err
  }
}
