/**
 * Live mode's cleanup: deletes every app whose display name starts with this run's prefix, and nothing
 * else. Runs at the end of a live run, also after a failure, so a tenant is left as it was found.
 */
import type { ConnectionInput } from '../../api'
import { resolveConnection } from '../../connection'
import { errorLine } from '../../errors'
import { endpoints } from '../../graph/endpoints'
import type { Logger } from '../../logger'
import { openSession } from '../../publish/session'

export interface CleanupResult {
  deleted: string[]
  /** Apps with the prefix that could not be deleted, with why: a maintainer deletes these by hand. */
  failed: { id: string; displayName: string; error: string }[]
}

/** A run prefix no admin would type: `ipub-live-<UTC minute>-<random> `. */
export function runPrefix(now = new Date(), random = Math.random): string {
  const stamp = now.toISOString().slice(0, 16).replace(/[-:]/g, '')
  return `ipub-live-${stamp}-${Math.floor(random() * 0xffff)
    .toString(16)
    .padStart(4, '0')} `
}

export async function cleanupRun(
  connection: ConnectionInput,
  prefix: string,
  log: Logger,
  env: Record<string, string | undefined> = {},
): Promise<CleanupResult> {
  if (!/^ipub-live-\d{8}T\d{4}-[0-9a-f]{4} $/.test(prefix))
    throw new Error(`refusing to clean up with prefix ${JSON.stringify(prefix)}: not a live-run prefix`)
  const session = await openSession(resolveConnection(connection, log), log, env)
  const result: CleanupResult = { deleted: [], failed: [] }
  try {
    // Beta lists every type (v1.0 hides beta-only ones such as macOSPkgApp).
    const list = endpoints.appsStartingWith(prefix)
    const apps = await session.graph.list<{ id: string; displayName?: string }>(list.path, {
      version: list.version,
    })
    for (const app of apps) {
      // The filter is the service's; the check is ours: never delete what the run did not name.
      if (!app.displayName?.startsWith(prefix)) continue
      try {
        const r = endpoints.appLookup(app.id)
        await session.graph.delete(r.path, { version: r.version })
        result.deleted.push(app.id)
      } catch (e) {
        result.failed.push({ id: app.id, displayName: app.displayName, error: errorLine(e) })
      }
    }
  } finally {
    await session.close()
  }
  log.info(`live cleanup: deleted ${result.deleted.length} app(s) named ${JSON.stringify(prefix)}…`)
  for (const f of result.failed)
    log.warn(`live cleanup: could not delete ${f.id} (${f.displayName}): ${f.error}`)
  return result
}
