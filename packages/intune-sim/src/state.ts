/**
 * Everything the simulator remembers, in memory. Route modules read and write it; tests can seed it
 * through the programmatic API (startSimulator's `seed` option) and inspect it through `sim.state`.
 */

export interface SimApp {
  id: string
  odataType: string
  /** The app's JSON properties as Graph would return them (without @odata.type / id). */
  props: Record<string, unknown>
  createdVersion: 'v1.0' | 'beta'
  contentVersions: SimContentVersion[]
  assignments: Record<string, unknown>[]
  relationships: Record<string, unknown>[]
  categoryIds: string[]
}

export interface SimContentVersion {
  id: string
  files: SimFile[]
}

export interface SimFile {
  id: string
  props: Record<string, unknown>
  uploadState: string
  /** Blob path inside Azurite (container/blob) behind the SAS. */
  blobContainer: string
  blobName: string
  sasExpiresAt?: number
  /** Commit body as received, for the commit check. */
  encryptionInfo?: Record<string, unknown>
  /** When set, the next transition to this state is forced (fault injection). */
  forcedOutcome?: string
}

export interface SimGroup {
  id: string
  displayName: string
  /** Object ids of the members (for `groups/{id}/members`; an empty list makes an empty group). */
  members?: string[]
  /** What the members are (default user): Graph returns them as `#microsoft.graph.user` or `.device`. */
  memberType?: 'user' | 'device'
}

export interface SimFilter {
  id: string
  displayName: string
  /** devicePlatformType member, e.g. windows10AndLater, iOS, androidForWork, macOS. */
  platform: string
  rule?: string
}

export interface SimScopeTag {
  id: string
  displayName: string
  description?: string
}

export interface SimCategory {
  id: string
  displayName: string
}

export interface SimState {
  apps: Map<string, SimApp>
  groups: SimGroup[]
  filters: SimFilter[]
  scopeTags: SimScopeTag[]
  categories: SimCategory[]
  /** Every Graph request seen, for tests (method, path, status). */
  requestLog: { method: string; path: string; status: number; at: number }[]
  /** Graph requests being answered now, the most at once, and TLS connections accepted (tests). */
  graphTraffic: { inFlight: number; peakInFlight: number; connections: number }
  /** Access tokens the Entra endpoint issued. */
  issued: { tokens: number }
}

export function createState(): SimState {
  return {
    apps: new Map(),
    groups: [],
    filters: [],
    scopeTags: [{ id: '0', displayName: 'Default' }],
    categories: [],
    requestLog: [],
    graphTraffic: { inFlight: 0, peakInFlight: 0, connections: 0 },
    issued: { tokens: 0 },
  }
}
