/**
 * Intune's mobileApps calls, named for what they do. Paths follow the protocol reference §1: content
 * calls go through the app type's OData cast segment (`microsoft.graph.win32LobApp`), which
 * `contentVersions` needs because it is a navigation of the abstract mobileLobApp.
 */
import type { AppType } from '../packages/types'
import type { GraphPort, GraphVersion } from './graphPort'
import { pathSegment } from '../connection/guid'

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

const APPS = '/deviceAppManagement/mobileApps'
const q = (s: string) => s.replace(/'/g, "''")

export class IntuneApps {
  constructor(
    private readonly graph: GraphPort,
    /** Version for app bodies: decided once per publish by the template layer. */
    readonly version: GraphVersion,
  ) {}

  private content(appId: string, appType: AppType): string {
    return `${APPS}/${pathSegment(appId)}/microsoft.graph.${appType}/contentVersions`
  }

  getApp(id: string): Promise<GraphApp> {
    return this.graph.get<GraphApp>(`${APPS}/${pathSegment(id)}`, { version: this.version })
  }

  /** Every app of one type; beta returns beta-only properties (displayVersion, roleScopeTagIds). */
  listAppsOfType(appType: AppType): Promise<GraphApp[]> {
    const filter = encodeURIComponent(`isof('microsoft.graph.${appType}')`)
    return this.graph.list<GraphApp>(`${APPS}?$filter=${filter}`, { version: this.version })
  }

  listAppsByName(displayName: string): Promise<GraphApp[]> {
    const filter = encodeURIComponent(`displayName eq '${q(displayName)}'`)
    return this.graph.list<GraphApp>(`${APPS}?$filter=${filter}`, { version: this.version })
  }

  /** Not retried on 503/504: Graph may have created the app before failing (see createAppOnce). */
  createApp(body: Record<string, unknown>): Promise<GraphApp> {
    return this.graph.post<GraphApp>(APPS, body, { version: this.version, retryServerErrors: false })
  }

  /** `afterCommit`: the PATCH right after a commit, which Intune may refuse with 400 for a while. */
  patchApp(id: string, body: Record<string, unknown>, afterCommit = false): Promise<void> {
    return this.graph.patch(`${APPS}/${pathSegment(id)}`, body, {
      version: this.version,
      transient: afterCommit ? 'patchAfterCommit' : undefined,
    })
  }

  deleteApp(id: string): Promise<void> {
    return this.graph.delete(`${APPS}/${pathSegment(id)}`, { version: this.version })
  }

  async createContentVersion(appId: string, appType: AppType): Promise<string> {
    const cv = await this.graph.post<{ id: string }>(
      this.content(appId, appType),
      {},
      { version: this.version },
    )
    return cv.id
  }

  /** The app's content versions (a re-run looks for one a killed run left uncommitted). */
  listContentVersions(appId: string, appType: AppType): Promise<{ id: string }[]> {
    return this.graph.list<{ id: string }>(this.content(appId, appType), { version: this.version })
  }

  listContentFiles(appId: string, appType: AppType, cv: string): Promise<GraphContentFile[]> {
    return this.graph.list<GraphContentFile>(`${this.content(appId, appType)}/${cv}/files`, {
      version: this.version,
    })
  }

  createContentFile(
    appId: string,
    appType: AppType,
    cv: string,
    body: ContentFileBody,
  ): Promise<GraphContentFile> {
    // A 404 here is transient: the new content version is not visible yet (IntuneAppBuilder retries it).
    return this.graph.post<GraphContentFile>(`${this.content(appId, appType)}/${cv}/files`, body, {
      version: this.version,
      transient: 'createContentFile',
    })
  }

  getContentFile(appId: string, appType: AppType, cv: string, fileId: string): Promise<GraphContentFile> {
    return this.graph.get<GraphContentFile>(`${this.content(appId, appType)}/${cv}/files/${fileId}`, {
      version: this.version,
    })
  }

  async renewUpload(appId: string, appType: AppType, cv: string, fileId: string): Promise<void> {
    // An empty body broke renewals in IntuneWin32App (issue #3); Graph wants `{}`.
    await this.graph.post(
      `${this.content(appId, appType)}/${cv}/files/${fileId}/renewUpload`,
      {},
      { version: this.version, idempotent: true },
    )
  }

  async commitFile(
    appId: string,
    appType: AppType,
    cv: string,
    fileId: string,
    info: unknown,
  ): Promise<void> {
    await this.graph.post(
      `${this.content(appId, appType)}/${cv}/files/${fileId}/commit`,
      { fileEncryptionInfo: info },
      { version: this.version },
    )
  }
}
