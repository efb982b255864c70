/**
 * Every Graph endpoint intune-core calls, and the Graph version each one goes through. No other module
 * writes a Graph path or a version literal (endpoints.test.ts checks the source tree for both).
 *
 * Versions come from two places, and only these two:
 * - **An app's own calls** (create, read, PATCH, delete, content, categories, posting assignments) go
 *   through the version of its body. templates/graphVersion decides that from the app type and the body
 *   (`chooseGraphVersion`, `appTypeVersion`), and the caller passes it in as `version`.
 * - **Everything else** has the version Graph offers it in: `FIXED` below, each beta with its reason.
 *
 * Ids are encoded into their path segment here (`pathSegment`), so no id can add a `/`, `..` or query.
 */
import { pathSegment } from '../connection/guid'
import type { GraphVersion } from './createGraphClient'

/** One call's target: a path under the Graph root and the version it goes through. */
export interface Route {
  path: string
  version: GraphVersion
}

/** Routes whose version is a fact of Graph, not of an app's body. */
export const FIXED = {
  /** beta returns filters and beta-only settings; a merge from a v1.0 read would drop them. */
  readAssignments: 'beta',
  /** DELETE of one assignment: beta, like the read that found its id (IntuneWin32App). */
  deleteAssignment: 'beta',
  /** Release moves add and remove single assignments read through beta: beta, like their read. */
  releaseAssignments: 'beta',
  /** Supersedence and dependencies exist only in beta. */
  relationships: 'beta',
  /** Release versions carry beta-only properties (displayVersion, roleScopeTagIds, supersedence). */
  releaseApps: 'beta',
  /** Lookups by id or name for supersedence and dependencies: beta, to see every app type. */
  appLookup: 'beta',
  /** assignmentFilters exists only in beta. */
  assignmentFilters: 'beta',
  /** getRoleScopeTagsByResource exists only in beta. */
  scopeTags: 'beta',
  /** The install-status report (reports/getAppStatusOverviewReport) exists only in beta. */
  installReport: 'beta',
  groups: 'v1.0',
  categories: 'v1.0',
  connectionProbe: 'v1.0',
} as const satisfies Record<string, GraphVersion>

const APPS = '/deviceAppManagement/mobileApps'
const route = (path: string, version: GraphVersion): Route => ({ path, version })
const app = (id: string) => `${APPS}/${pathSegment(id)}`
const filtered = (base: string, odataFilter: string, select?: string) =>
  `${base}?$filter=${encodeURIComponent(odataFilter)}${select ? `&$select=${select}` : ''}`
/** Content calls go through the type's cast: `contentVersions` is a navigation of the abstract mobileLobApp. */
const content = (appId: string, appType: string) => `${app(appId)}/microsoft.graph.${appType}/contentVersions`
const file = (appId: string, appType: string, cv: string, fileId: string) =>
  `${content(appId, appType)}/${pathSegment(cv)}/files/${pathSegment(fileId)}`

/** OData string literal content: single quotes doubled. */
export const odataQuote = (s: string): string => s.replace(/'/g, "''")

export const endpoints = {
  apps: (version: GraphVersion) => route(APPS, version),
  app: (id: string, version: GraphVersion) => route(app(id), version),
  appState: (id: string, version: GraphVersion) => route(`${app(id)}?$select=publishingState`, version),
  appsOfType: (appType: string, version: GraphVersion) =>
    route(filtered(APPS, `isof('microsoft.graph.${appType}')`), version),
  appsNamed: (displayName: string, version: GraphVersion) =>
    route(filtered(APPS, `displayName eq '${odataQuote(displayName)}'`), version),
  /** Apps whose display name starts with a prefix (live-test cleanup); beta lists every type. */
  appsStartingWith: (prefix: string) =>
    route(filtered(APPS, `startswith(displayName,'${odataQuote(prefix)}')`), FIXED.appLookup),
  appLookup: (id: string) => route(app(id), FIXED.appLookup),
  appsNamedLookup: (displayName: string) =>
    route(filtered(APPS, `displayName eq '${odataQuote(displayName)}'`), FIXED.appLookup),

  contentVersions: (appId: string, appType: string, version: GraphVersion) =>
    route(content(appId, appType), version),
  contentFiles: (appId: string, appType: string, cv: string, version: GraphVersion) =>
    route(`${content(appId, appType)}/${pathSegment(cv)}/files`, version),
  contentFile: (appId: string, appType: string, cv: string, fileId: string, version: GraphVersion) =>
    route(file(appId, appType, cv, fileId), version),
  renewUpload: (appId: string, appType: string, cv: string, fileId: string, version: GraphVersion) =>
    route(`${file(appId, appType, cv, fileId)}/renewUpload`, version),
  commitFile: (appId: string, appType: string, cv: string, fileId: string, version: GraphVersion) =>
    route(`${file(appId, appType, cv, fileId)}/commit`, version),

  appCategories: (appId: string, version: GraphVersion) => route(`${app(appId)}/categories`, version),
  linkCategory: (appId: string, version: GraphVersion) => route(`${app(appId)}/categories/$ref`, version),
  /** The `@odata.id` a category link names: an absolute URL in the same version as the link call. */
  categoryOdataId: (graphUrl: string, categoryId: string, version: GraphVersion) =>
    `${graphUrl}/${version}/deviceAppManagement/mobileAppCategories/${pathSegment(categoryId)}`,
  categoriesNamed: (name: string) =>
    route(
      filtered('/deviceAppManagement/mobileAppCategories', `displayName eq '${odataQuote(name)}'`),
      FIXED.categories,
    ),

  readAssignments: (appId: string) => route(`${app(appId)}/assignments`, FIXED.readAssignments),
  postAssignment: (appId: string, version: GraphVersion) => route(`${app(appId)}/assignments`, version),
  deleteAssignment: (appId: string, assignmentId: string) =>
    route(`${app(appId)}/assignments/${pathSegment(assignmentId)}`, FIXED.deleteAssignment),

  relationships: (appId: string) => route(`${app(appId)}/relationships`, FIXED.relationships),
  updateRelationships: (appId: string) => route(`${app(appId)}/updateRelationships`, FIXED.relationships),

  releaseApp: (id: string) => route(app(id), FIXED.releaseApps),

  groupsNamed: (name: string) =>
    route(filtered('/groups', `displayName eq '${odataQuote(name)}'`, 'id,displayName'), FIXED.groups),
  group: (id: string) => route(`/groups/${pathSegment(id)}?$select=id,displayName`, FIXED.groups),
  groupHasMembers: (id: string) =>
    route(`/groups/${pathSegment(id)}/members?$top=1&$select=id`, FIXED.groups),
  assignmentFilters: () =>
    route('/deviceManagement/assignmentFilters?$select=id,displayName,platform', FIXED.assignmentFilters),
  scopeTagsNamed: (name: string) =>
    route(
      filtered(
        `/deviceManagement/getRoleScopeTagsByResource(resource='MobileApps')`,
        `displayName eq '${odataQuote(name)}'`,
      ),
      FIXED.scopeTags,
    ),
  installReport: () => route('/deviceManagement/reports/getAppStatusOverviewReport', FIXED.installReport),
  /** The cheapest read that needs DeviceManagementApps.Read: what `check` tries. */
  connectionProbe: () => route(`${APPS}?$top=1&$select=id`, FIXED.connectionProbe),
}
