import { parseNotesMarker, renderNotes, stripMarker } from './notesMarker'

describe('notes marker', () => {
  const marker = {
    identity: 'win32LobApp:name=7-Zip',
    sha256: 'ab'.repeat(32),
    version: '23.01',
    contentVersion: '2',
    extra: { repository: 'contoso/app', run: 'https://github.com/contoso/app/actions/runs/1' },
  }

  it('round-trips and keeps what the admin wrote above it', () => {
    const notes = renderNotes('Owned by the desktop team.\nCall x1234.', marker)
    expect(notes.startsWith('Owned by the desktop team.\nCall x1234.\n\n')).toBe(true)
    expect(parseNotesMarker(notes)).toEqual(marker)
    expect(stripMarker(notes)).toBe('Owned by the desktop team.\nCall x1234.')
  })

  it('replaces an older block instead of stacking a second one', () => {
    const first = renderNotes('mine', marker)
    const second = renderNotes(first, { ...marker, sha256: 'cd'.repeat(32), contentVersion: '3' })
    expect(second.split('--- intune-publish').length - 1).toBe(1)
    expect(parseNotesMarker(second)?.contentVersion).toBe('3')
    expect(stripMarker(second)).toBe('mine')
  })

  it('reads nothing from notes without a block', () => {
    expect(parseNotesMarker('just notes')).toBeUndefined()
    expect(parseNotesMarker(null)).toBeUndefined()
  })
})
