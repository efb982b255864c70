/**
 * Where an app stands in its release, kept in the notes marker next to the package digest so that a
 * later run (a scheduled `promote`) can read it: the ring, when the app entered it, and whether that
 * move was forced past its gate. The marker's other lines are left as they are.
 */
import { parseNotesMarker, renderNotes, stripMarker } from '../publish/notesMarker'

export interface RingState {
  ring: string
  /** ISO time the app entered the ring. */
  since: string
  /** Set when `--force` took the app into this ring: when, and what was not met. */
  forced?: string
}

const RING = 'ring'
const SINCE = 'ringSince'
const FORCED = 'ringForced'

export function readRingState(notes: string | null | undefined): RingState | undefined {
  const extra = parseNotesMarker(notes)?.extra
  if (!extra?.[RING] || !extra[SINCE]) return undefined
  return { ring: extra[RING], since: extra[SINCE], ...(extra[FORCED] ? { forced: extra[FORCED] } : {}) }
}

/** Marker lines for `state` (to merge into a marker's `extra`). */
export function ringFields(state: RingState): Record<string, string> {
  return {
    [RING]: state.ring,
    [SINCE]: state.since,
    ...(state.forced ? { [FORCED]: state.forced } : {}),
  }
}

/** The app's notes with the ring state replaced; undefined when the notes carry no marker of ours. */
export function notesWithRingState(notes: string | null | undefined, state: RingState): string | undefined {
  const marker = parseNotesMarker(notes)
  if (!marker) return undefined
  const { [RING]: _r, [SINCE]: _s, [FORCED]: _f, ...rest } = marker.extra
  return renderNotes(stripMarker(notes ?? '') || undefined, {
    ...marker,
    extra: { ...rest, ...ringFields(state) },
  })
}

/**
 * The ring fields a publish writes. The same build published again keeps the ring it has reached (a
 * metadata fix must not send it back to pilot); a new build starts in `ring`.
 */
export function publishRingFields(
  existingNotes: string | null | undefined,
  sameContent: boolean,
  ring: string,
  explicitRing: boolean,
  now: Date,
): Record<string, string> {
  const current = readRingState(existingNotes)
  if (current && sameContent && (!explicitRing || current.ring.toLowerCase() === ring.toLowerCase()))
    return ringFields(current)
  return ringFields({ ring, since: now.toISOString() })
}
