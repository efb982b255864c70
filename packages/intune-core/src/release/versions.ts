/**
 * The versions of a release under `strategy: new-app-per-version`: one Win32 app per version, named
 * "<Name> <version>", each carrying `release: <Name>` in its notes marker. Newest first (by when Intune
 * created them). A version rolled back is marked `rolledBack` and is never "the previous version" again.
 */
import { readAssignments, type GraphAssignment } from '../assign'
import type { GraphClient } from '../graph'
import type { GraphApp, IntuneApps } from '../publish/intuneApps'
import { parseNotesMarker, renderNotes, stripMarker } from '../publish/notesMarker'

export const RELEASE = 'release'
export const RELEASE_VERSION = 'releaseVersion'
export const ROLLED_BACK = 'rolledBack'

export interface ReleaseVersion {
  app: GraphApp
  version: string
  rolledBack: boolean
  assignments: GraphAssignment[]
}

export const versionedName = (base: string, version: string): string => `${base} ${version}`

export async function listVersions(
  apps: IntuneApps,
  graph: GraphClient,
  base: string,
): Promise<ReleaseVersion[]> {
  const all = await apps.listAppsOfType('win32LobApp')
  const mine = all.filter(a => parseNotesMarker(a.notes)?.extra[RELEASE] === base)
  const created = (a: GraphApp) => Date.parse(String(a.createdDateTime ?? '')) || 0
  const ver = (a: GraphApp) => parseNotesMarker(a.notes)?.extra[RELEASE_VERSION] ?? ''
  mine.sort((a, b) => created(b) - created(a) || ver(b).localeCompare(ver(a), 'en', { numeric: true }))
  return Promise.all(
    mine.map(async app => {
      const extra = parseNotesMarker(app.notes)?.extra ?? {}
      return {
        app,
        version: extra[RELEASE_VERSION] ?? String(app.displayVersion ?? ''),
        rolledBack: Boolean(extra[ROLLED_BACK]),
        assignments: await readAssignments(graph, app.id),
      }
    }),
  )
}

/** The app's notes with marker lines set (or removed, for undefined values). */
export function notesWithExtra(
  notes: string | null | undefined,
  fields: Record<string, string | undefined>,
): string {
  const marker = parseNotesMarker(notes)
  if (!marker) return notes ?? ''
  const extra = { ...marker.extra }
  for (const [k, v] of Object.entries(fields)) {
    if (v === undefined) delete extra[k]
    else extra[k] = v
  }
  return renderNotes(stripMarker(notes ?? '') || undefined, { ...marker, extra })
}
