/**
 * The connections a manifest's apps use, as ConnectionInputs: `default` is the command's own, each named
 * one comes from the environment variable the manifest names (a CI secret mapped into the job). Missing
 * variables are all reported at once, naming the manifest field, before anyone signs in.
 */
import type { ConnectionInput } from '../api'
import { isIntunePublishError } from '../errors'
import { readJsonOrFile } from '../connection'
import { manifestError } from './loadManifest'
import { DEFAULT_CONNECTION, type Manifest } from './types'

export function manifestConnections(
  manifest: Manifest,
  defaultConnection: ConnectionInput | undefined,
  env: Record<string, string | undefined>,
): Record<string, ConnectionInput> {
  const used = [...new Set(manifest.apps.map(a => a.connection))]
  const out: Record<string, ConnectionInput> = {}
  const problems: string[] = []
  for (const name of used) {
    const c = manifest.connections[name]
    if (name === DEFAULT_CONNECTION) {
      if (defaultConnection) out[name] = defaultConnection
      else problems.push(`${manifest.file}: apps use the default connection, but the command was given none`)
      continue
    }
    const field = `connections.${name}.env`
    const value = c.env ? env[c.env] : undefined
    if (!c.env || !value?.trim()) {
      problems.push(
        `${manifest.file}: ${field}: ${c.env ?? '(none)'} is not set; map the connection's secret to it`,
      )
      continue
    }
    try {
      out[name] = { settingName: name, ...readJsonOrFile(value, c.env) }
    } catch (e) {
      problems.push(`${manifest.file}: ${field}: ${isIntunePublishError(e) ? e.message : String(e)}`)
    }
  }
  if (problems.length) throw manifestError(problems)
  return out
}
