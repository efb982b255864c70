/**
 * Finds the app a publish updates. An explicit app id wins. Otherwise the app type's identity key decides
 * (bundleId, packageId, MSI ProductCode, MSIX identity name, macOS primary bundle id); Win32 apps have no
 * such key, so they are matched by display name plus the marker intune-publish writes into their notes —
 * a same-named app somebody made by hand is never taken over.
 */
import { ErrorCodes, IntunePublishError, inputError } from '../errors'
import type { AppType } from '../packages/types'
import type { GraphApp, IntuneApps } from './intuneApps'
import { parseNotesMarker } from './notesMarker'

const IDENTITY_PROPERTY: Record<AppType, string> = {
  win32LobApp: 'displayName',
  windowsMobileMSI: 'productCode',
  iosLobApp: 'bundleId',
  androidLobApp: 'packageId',
  windowsUniversalAppX: 'identityName',
  macOSPkgApp: 'primaryBundleId',
  macOSDmgApp: 'primaryBundleId',
}

export interface AppIdentity {
  appType: AppType
  property: string
  value: string
  /** The string recorded in the notes marker. */
  key: string
}

export function appIdentity(appType: AppType, body: Record<string, unknown>): AppIdentity {
  const property = IDENTITY_PROPERTY[appType]
  const raw = body[property]
  if (typeof raw !== 'string' || raw.trim() === '') {
    throw inputError(
      `app.${property}`,
      `a ${appType} needs a ${property} to be found again on the next run`,
      `Set ${property} in the app template.`,
    )
  }
  // GUIDs and bundle ids compare case-insensitively in Intune; names keep their case in the marker.
  const value = property === 'displayName' ? raw.trim() : raw.trim().toLowerCase()
  return { appType, property, value, key: `${appType}:${property}=${value}` }
}

function matches(app: GraphApp, id: AppIdentity): boolean {
  const marker = parseNotesMarker(app.notes)
  if (marker) return marker.identity === id.key
  if (id.property === 'displayName') return false
  const v = app[id.property]
  return typeof v === 'string' && v.trim().toLowerCase() === id.value
}

export async function findExistingApp(
  apps: IntuneApps,
  identity: AppIdentity,
  explicitAppId?: string,
): Promise<GraphApp | undefined> {
  if (explicitAppId) {
    const app = await apps.getApp(explicitAppId).catch(e => {
      if (e instanceof IntunePublishError && e.status === 404) {
        throw inputError(
          'app-id',
          `no app with id ${explicitAppId} in this tenant`,
          'Check the id, or leave app-id empty to find the app by its identity.',
        )
      }
      throw e
    })
    const type = String(app['@odata.type'] ?? '').replace('#microsoft.graph.', '')
    if (type.toLowerCase() !== identity.appType.toLowerCase()) {
      throw inputError(
        'app-id',
        `app ${explicitAppId} is a ${type}, but the package is a ${identity.appType}`,
        'Give the id of an app of the same type.',
      )
    }
    return app
  }
  const found = (await apps.listAppsOfType(identity.appType)).filter(a => matches(a, identity))
  if (found.length > 1) {
    throw new IntunePublishError(
      ErrorCodes.InputInvalid,
      `${found.length} ${identity.appType} apps match ${identity.property} "${identity.value}": ${found.map(a => `${a.id} ("${a.displayName ?? ''}")`).join(', ')}`,
      { field: 'app-id', fix: 'Give app-id to say which one to update.' },
    )
  }
  return found[0]
}
