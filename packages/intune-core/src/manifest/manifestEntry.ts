/**
 * One app of a manifest, by its name, as what promote and rollback need: the connection it publishes
 * with (the command's own for `default`, else the environment variable the manifest names), its package,
 * app template, assignment template and app id. A scheduled promote can then name the same entry the
 * publish used instead of repeating its files.
 */
import type { ConnectionInput } from '../api'
import { inputError } from '../errors'
import { loadManifest } from './loadManifest'
import { manifestConnections } from './manifestConnections'
import { DEFAULT_CONNECTION, type ManifestApp } from './types'

export interface ManifestEntryInputs {
  label: string
  connection: ConnectionInput
  packagePath?: string
  appTemplate?: string
  assignments?: string
  appId?: string
}

function pick(apps: ManifestApp[], file: string, name: string | undefined): ManifestApp {
  const labels = apps.map(a => a.label).join(', ')
  if (name === undefined) {
    if (apps.length === 1) return apps[0]
    throw inputError('entry', `${file} lists ${apps.length} apps`, `Name one with --entry (${labels}).`)
  }
  const found = apps.filter(a => a.label === name)
  if (found.length === 1) return found[0]
  throw inputError(
    'entry',
    found.length ? `${file} has ${found.length} apps named '${name}'` : `no app '${name}' in ${file}`,
    `Name one of: ${labels}.`,
  )
}

export async function manifestEntry(
  file: string,
  name: string | undefined,
  defaultConnection: () => ConnectionInput,
  env: Record<string, string | undefined>,
): Promise<ManifestEntryInputs> {
  const manifest = await loadManifest(file)
  const app = pick(manifest.apps, manifest.file, name)
  if (app.source)
    throw inputError(
      'entry',
      `'${app.label}' is packaged from a folder`,
      'Give --app-id, or the app template: a folder has no package identity to find the app by.',
    )
  const own = app.connection === DEFAULT_CONNECTION ? defaultConnection() : undefined
  const connections = manifestConnections({ ...manifest, apps: [app] }, own, env)
  return {
    label: app.label,
    connection: connections[app.connection],
    packagePath: app.packagePath,
    appTemplate: app.appTemplate,
    assignments: app.assignments,
    appId: app.appId,
  }
}
