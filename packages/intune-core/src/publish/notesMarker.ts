/**
 * The record intune-publish keeps in an app's `notes`: which identity the app stands for, which package
 * build its committed content came from, and where that build came from. It makes re-runs idempotent
 * (same digest → unchanged) and lets Win32 apps, which have no inherent identity key, be found again.
 *
 * The block sits at the end of the notes between two fixed lines, so admins' own notes above it are kept
 * untouched and a later run replaces only the block.
 */

const BEGIN = '--- intune-publish (do not edit below) ---'
const END = '--- end intune-publish ---'

export interface NotesMarker {
  /** `<appType>:<identity>`: e.g. `win32LobApp:name=7-Zip`, `iosLobApp:bundleId=com.x`. */
  identity: string
  /** SHA-256 of the package file, or of the source folder for `--source` publishes. */
  sha256?: string
  version?: string
  /** Content version the digest belongs to. Absent while an app is half-created. */
  contentVersion?: string
  /** Provenance lines (repository, commit, workflow, run URL). */
  extra: Record<string, string>
}

export function renderNotes(userNotes: string | undefined, marker: NotesMarker): string {
  const lines = [BEGIN, `identity: ${marker.identity}`]
  if (marker.sha256) lines.push(`sha256: ${marker.sha256}`)
  if (marker.version) lines.push(`version: ${marker.version}`)
  if (marker.contentVersion) lines.push(`contentVersion: ${marker.contentVersion}`)
  for (const [k, v] of Object.entries(marker.extra)) lines.push(`${k}: ${v.replace(/\r?\n/g, ' ')}`)
  lines.push(END)
  const own = stripMarker(userNotes ?? '').trimEnd()
  return own ? `${own}\n\n${lines.join('\n')}` : lines.join('\n')
}

/** The notes without our block: what the admin wrote. */
export function stripMarker(notes: string): string {
  const start = notes.indexOf(BEGIN)
  if (start < 0) return notes
  const end = notes.indexOf(END, start)
  const tail = end < 0 ? '' : notes.slice(end + END.length)
  return (notes.slice(0, start) + tail).trimEnd()
}

export function parseNotesMarker(notes: string | null | undefined): NotesMarker | undefined {
  if (!notes) return undefined
  const start = notes.indexOf(BEGIN)
  if (start < 0) return undefined
  const end = notes.indexOf(END, start)
  const body = notes.slice(start + BEGIN.length, end < 0 ? undefined : end)
  const fields: Record<string, string> = {}
  for (const line of body.split(/\r?\n/)) {
    const m = /^([A-Za-z][\w-]*):\s?(.*)$/.exec(line.trim())
    if (m) fields[m[1]] = m[2]
  }
  if (!fields.identity) return undefined
  const { identity, sha256, version, contentVersion, ...extra } = fields
  return { identity, sha256, version, contentVersion, extra }
}
