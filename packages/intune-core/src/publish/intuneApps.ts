/**
 * Intune's mobileApps calls, named for what they do. Their paths and versions come from graph/endpoints.
 */
import type { AppType } from '../packages/types'
import type { GraphPort, GraphVersion } from './graphPort'
import { endpoints } from '../graph/endpoints'

export interface GraphApp {
  id: string
  '@odata.type': string
  displayName?: string
  notes?: string | null
  publishingState?: string
  committedContentVersion?: string | null
  [key: string]: unknown
}

export interface GraphContentFile {
  id: string
  name?: string
  uploadState: string
  azureStorageUri?: string | null
  azureStorageUriExpirationDateTime?: string | null
  isCommitted?: boolean
  errorDescription?: string
  [key: string]: unknown
}

export interface ContentFileBody {
  '@odata.type': '#microsoft.graph.mobileAppContentFile'
  name: string
  size: number
  sizeEncrypted: number
  manifest: string | null
  isDependency: false
}

export class IntuneApps {
  constructor(
    private readonly graph: GraphPort,
    /** Version for app bodies: decided once per publish by the template layer. */
    readonly version: GraphVersion,
  ) {}

  getApp(id: string): Promise<GraphApp> {
    const r = endpoints.app(id, this.version)
    return this.graph.get<GraphApp>(r.path, { version: r.version })
  }

  /** Every app of one type; beta returns beta-only properties (displayVersion, roleScopeTagIds). */
  listAppsOfType(appType: AppType): Promise<GraphApp[]> {
    const r = endpoints.appsOfType(appType, this.version)
    return this.graph.list<GraphApp>(r.path, { version: r.version })
  }

  listAppsByName(displayName: string): Promise<GraphApp[]> {
    const r = endpoints.appsNamed(displayName, this.version)
    return this.graph.list<GraphApp>(r.path, { version: r.version })
  }

  /** Not retried on 503/504: Graph may have created the app before failing (see createAppOnce). */
  createApp(body: Record<string, unknown>): Promise<GraphApp> {
    const r = endpoints.apps(this.version)
    return this.graph.post<GraphApp>(r.path, body, { version: r.version, retryServerErrors: false })
  }

  /** `afterCommit`: the PATCH right after a commit, which Intune may refuse with 400 for a while. */
  patchApp(id: string, body: Record<string, unknown>, afterCommit = false): Promise<void> {
    const r = endpoints.app(id, this.version)
    return this.graph.patch(r.path, body, {
      version: r.version,
      transient: afterCommit ? 'patchAfterCommit' : undefined,
    })
  }

  deleteApp(id: string): Promise<void> {
    const r = endpoints.app(id, this.version)
    return this.graph.delete(r.path, { version: r.version })
  }

  async createContentVersion(appId: string, appType: AppType): Promise<string> {
    const r = endpoints.contentVersions(appId, appType, this.version)
    const cv = await this.graph.post<{ id: string }>(r.path, {}, { version: r.version })
    return cv.id
  }

  /** The app's content versions (a re-run looks for one a killed run left uncommitted). */
  listContentVersions(appId: string, appType: AppType): Promise<{ id: string }[]> {
    const r = endpoints.contentVersions(appId, appType, this.version)
    return this.graph.list<{ id: string }>(r.path, { version: r.version })
  }

  listContentFiles(appId: string, appType: AppType, cv: string): Promise<GraphContentFile[]> {
    const r = endpoints.contentFiles(appId, appType, cv, this.version)
    return this.graph.list<GraphContentFile>(r.path, { version: r.version })
  }

  createContentFile(
    appId: string,
    appType: AppType,
    cv: string,
    body: ContentFileBody,
  ): Promise<GraphContentFile> {
    // A 404 here is transient: the new content version is not visible yet (IntuneAppBuilder retries it).
    const r = endpoints.contentFiles(appId, appType, cv, this.version)
    return this.graph.post<GraphContentFile>(r.path, body, {
      version: r.version,
      transient: 'createContentFile',
    })
  }

  getContentFile(appId: string, appType: AppType, cv: string, fileId: string): Promise<GraphContentFile> {
    const r = endpoints.contentFile(appId, appType, cv, fileId, this.version)
    return this.graph.get<GraphContentFile>(r.path, { version: r.version })
  }

  async renewUpload(appId: string, appType: AppType, cv: string, fileId: string): Promise<void> {
    // An empty body broke renewals in IntuneWin32App (issue #3); Graph wants `{}`.
    const r = endpoints.renewUpload(appId, appType, cv, fileId, this.version)
    await this.graph.post(r.path, {}, { version: r.version, idempotent: true })
  }

  async commitFile(
    appId: string,
    appType: AppType,
    cv: string,
    fileId: string,
    info: unknown,
  ): Promise<void> {
    const r = endpoints.commitFile(appId, appType, cv, fileId, this.version)
    await this.graph.post(r.path, { fileEncryptionInfo: info }, { version: r.version })
  }
}
