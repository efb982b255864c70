import { renderPlanMarkdown, renderPlanText } from './renderPlan'
import { emptyAssignmentPlan, type PublishPlan } from './types'

const plan: PublishPlan = {
  action: 'newContentVersion',
  appType: 'win32LobApp',
  displayName: '7-Zip',
  appId: '11111111-2222-3333-4444-555555555555',
  graphVersion: 'beta',
  betaReasons: ['displayVersion'],
  package: {
    fileName: '7z.intunewin',
    sha256: 'ab'.repeat(32),
    version: '23.01',
    size: 10,
    uploadBytes: 2 * 1048576,
  },
  metadataChanges: [{ field: 'publisher', old: 'Igor', new: 'Igor Pavlov' }],
  ruleChanges: { added: ['file exists C:\\x'], removed: [] },
  assignments: { ...emptyAssignmentPlan(), added: [{ target: 'group "Pilot"', intent: 'required' }] },
  relationships: { added: ['supersedes "7-Zip 22" (update)'], removed: [], kept: [] },
  categories: { added: [], kept: [] },
  permissions: {
    needed: ['DeviceManagementApps.ReadWrite.All', 'GroupMember.Read.All'],
    granted: ['DeviceManagementApps.ReadWrite.All'],
    missing: ['GroupMember.Read.All'],
  },
  warnings: [],
  steps: [{ kind: 'upload', bytes: 1 }],
}

describe('renderPlan', () => {
  it('renders every non-empty section as text', () => {
    const text = renderPlanText(plan)
    expect(text).toContain('upload the package as a new content version')
    expect(text).toContain('publisher: Igor -> Igor Pavlov')
    expect(text).toContain('required group "Pilot"')
    expect(text).toContain('GroupMember.Read.All: MISSING')
    expect(text).toContain('upload 2.0 MiB')
    expect(text).not.toContain('Assignments removed')
  })

  it('renders markdown with escaped table cells', () => {
    const md = renderPlanMarkdown({ ...plan, displayName: 'a|b' })
    expect(md).toContain('**a\\|b**')
    expect(md).toContain('- supersedes "7-Zip 22" (update)')
  })
})
