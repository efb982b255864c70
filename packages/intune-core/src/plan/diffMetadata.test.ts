import { diffMetadata } from './diffMetadata'

describe('diffMetadata', () => {
  it('reports only the fields the publish sets, as old -> new', () => {
    const current = {
      displayName: '7-Zip',
      publisher: 'Igor',
      description: 'x',
      createdDateTime: '2020',
      size: 3,
    }
    const next = {
      '@odata.type': '#microsoft.graph.win32LobApp',
      displayName: '7-Zip',
      publisher: 'Igor Pavlov',
      description: 'x',
    }
    expect(diffMetadata(current, next)).toEqual([{ field: 'publisher', old: 'Igor', new: 'Igor Pavlov' }])
  })

  it('ignores key order, null vs missing, and flags-enum order', () => {
    const current = {
      installExperience: { runAsAccount: 'system', deviceRestartBehavior: 'suppress' },
      applicableArchitectures: 'x86,x64',
      owner: null,
    }
    const next = {
      installExperience: { deviceRestartBehavior: 'suppress', runAsAccount: 'system' },
      applicableArchitectures: 'x64,x86',
    }
    expect(diffMetadata(current, next)).toEqual([])
  })

  it('describes icon changes without dumping base64', () => {
    const icon = (v: string) => ({
      '@odata.type': '#microsoft.graph.mimeContent',
      type: 'image/png',
      value: v,
    })
    const changes = diffMetadata({ largeIcon: icon('AAAA') }, { largeIcon: icon('BBBB') })
    expect(changes).toHaveLength(1)
    expect(changes[0].field).toBe('largeIcon')
    expect(JSON.stringify(changes)).not.toContain('BBBB')
  })
})
