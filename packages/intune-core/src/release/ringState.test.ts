import { parseNotesMarker, renderNotes } from '../publish/notesMarker'
import { notesWithRingState, publishRingFields, readRingState } from './ringState'

const notes = renderNotes('Owned by the app team.', {
  identity: 'win32LobApp:displayName=X',
  sha256: 'ab',
  extra: { repository: 'o/r', ring: 'pilot', ringSince: '2026-01-01T00:00:00.000Z' },
})

test('the ring sits in the marker next to the digest; admin notes and provenance are kept', () => {
  expect(readRingState(notes)).toEqual({ ring: 'pilot', since: '2026-01-01T00:00:00.000Z' })
  const next = notesWithRingState(notes, {
    ring: 'broad',
    since: '2026-01-03T00:00:00.000Z',
    forced: 'x',
  }) as string
  expect(next.startsWith('Owned by the app team.')).toBe(true)
  const m = parseNotesMarker(next)
  expect(m).toMatchObject({ sha256: 'ab', extra: { repository: 'o/r', ring: 'broad', ringForced: 'x' } })
  expect(notesWithRingState('hand-made app', { ring: 'a', since: 'b' })).toBeUndefined()
})

test('the same build keeps its ring; a new build starts again', () => {
  const now = new Date('2026-02-01T00:00:00Z')
  expect(publishRingFields(notes, true, 'pilot', false, now)).toMatchObject({
    ring: 'pilot',
    ringSince: '2026-01-01T00:00:00.000Z',
  })
  expect(publishRingFields(notes, false, 'pilot', false, now)).toMatchObject({ ringSince: now.toISOString() })
  expect(publishRingFields(notes, true, 'broad', true, now)).toMatchObject({ ring: 'broad' })
})
