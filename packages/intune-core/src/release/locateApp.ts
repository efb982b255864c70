/**
 * The app a release command acts on: by id, or found the way publish finds it (the package's identity
 * and the notes marker). Only apps intune-publish published carry the marker a release needs.
 */
import type { PublishInputs } from '../api'
import { inputError } from '../errors'
import type { Logger } from '../logger'
import { appIdentity, findExistingApp } from '../publish/findExistingApp'
import type { GraphApp, IntuneApps } from '../publish/intuneApps'
import { parseNotesMarker } from '../publish/notesMarker'
import { preparePackage } from '../publish/preparePackage'
import { buildAppBody, loadAppTemplate } from '../templates'

export interface AppRefInputs {
  appId?: string
  packagePath?: string
  appTemplate?: string | Record<string, unknown>
}

/** Checks the inputs name an app before anything is sent. */
export function checkAppRef(x: AppRefInputs): void {
  if (!x.appId && !x.packagePath)
    throw inputError('app-id', 'no app named', 'Give --app-id ID, or --package FILE (with --app TEMPLATE).')
}

/** The package's identity, read before signing in (template and package problems come first). */
export async function packageIdentity(x: AppRefInputs, log: Logger) {
  if (!x.packagePath) return undefined
  const tpl = await loadAppTemplate(x.appTemplate ?? {})
  const prepared = await preparePackage({ packagePath: x.packagePath } as PublishInputs, log)
  const built = buildAppBody(prepared.pkg, tpl)
  return { identity: appIdentity(prepared.pkg.appType, built.body), digest: prepared.digest }
}

export async function locateApp(
  apps: IntuneApps,
  x: AppRefInputs,
  identity: Awaited<ReturnType<typeof packageIdentity>>,
): Promise<GraphApp> {
  let app: GraphApp | undefined
  if (x.appId) {
    app = await apps.getApp(x.appId).catch((e: unknown) => {
      if ((e as { status?: number }).status === 404)
        throw inputError('app-id', `no app with id ${x.appId} in this tenant`, 'Check the id.')
      throw e
    })
  } else if (identity) app = await findExistingApp(apps, identity.identity)
  if (!app)
    throw inputError(
      'package',
      `no app for ${identity?.identity.key ?? 'this package'} in this tenant`,
      'Publish it first (intune-publish publish), then promote it.',
    )
  if (!parseNotesMarker(app.notes))
    throw inputError(
      'app-id',
      `app ${app.id} ("${app.displayName ?? ''}") was not published by intune-publish: its notes carry no marker to keep the ring in`,
      'Publish it with intune-publish first.',
    )
  return app
}
