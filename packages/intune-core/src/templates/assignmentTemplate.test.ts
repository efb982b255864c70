import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isIntunePublishError } from '../errors'
import { loadAssignmentTemplate } from './assignmentTemplate'
import { chooseGraphVersion } from './graphVersion'
import { resolveTime } from './relativeTime'
import { assignmentProblemsForApp, guardrailProblems, toGraphAssignment } from './toGraphAssignment'

const NOW = new Date('2025-03-01T10:20:30.456Z')
const G1 = '11111111-2222-3333-4444-555555555555'
const resolved = {
  groups: {
    Pilot: 'aaaaaaaa-0000-0000-0000-000000000001',
    Contractors: 'aaaaaaaa-0000-0000-0000-000000000002',
  },
  filters: { 'Win11 only': 'ffffffff-0000-0000-0000-000000000001' },
}

async function problems(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    if (!isIntunePublishError(e)) throw e
    expect(e.code).toBe('TEMPLATE_INVALID')
    return e.message
  }
  throw new Error('expected a failure')
}

describe('loadAssignmentTemplate', () => {
  test('each target kind and intent; exclusions expand to their own targets', async () => {
    const tpl = await loadAssignmentTemplate(
      [
        'mode: replace',
        'guardrails: { allowEmptyGroups: true }',
        'assignments:',
        '  - intent: required',
        '    group: Pilot',
        '    exclude: [Contractors, ' + G1 + ', { groupId: ' + G1 + ' }]',
        '    filter: { name: Win11 only, mode: include }',
        '  - { intent: available, allUsers: true }',
        '  - { intent: uninstall, allDevices: true }',
        '  - { intent: availableWithoutEnrollment, groupId: ' + G1 + ' }',
      ].join('\n'),
    )
    expect(tpl.mode).toBe('replace')
    expect(tpl.guardrails).toEqual({ allowRequiredToAll: false, allowEmptyGroups: true })
    expect(tpl.entries.map(e => [e.intent, e.target, e.filter])).toEqual([
      ['required', { kind: 'group', groupName: 'Pilot' }, { name: 'Win11 only', mode: 'include' }],
      ['required', { kind: 'exclusionGroup', groupName: 'Contractors' }, undefined],
      ['required', { kind: 'exclusionGroup', groupId: G1 }, undefined],
      ['required', { kind: 'exclusionGroup', groupId: G1 }, undefined],
      ['available', { kind: 'allUsers' }, undefined],
      ['uninstall', { kind: 'allDevices' }, undefined],
      ['availableWithoutEnrollment', { kind: 'group', groupId: G1 }, undefined],
    ])
    expect(tpl.entries[1].origin).toBe('<assignment template> assignments[0].exclude[0]')
  })

  test('JSON text, a file path and an object load the same; default mode is merge', async () => {
    const doc = { assignments: [{ intent: 'required', group: 'Pilot' }] }
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'asg-'))
    const file = path.join(dir, 'pilot.json')
    fs.writeFileSync(file, JSON.stringify(doc))
    const a = await loadAssignmentTemplate(JSON.stringify(doc))
    const b = await loadAssignmentTemplate(file)
    const c = await loadAssignmentTemplate(doc)
    expect(a.entries).toEqual(c.entries)
    expect(b.entries.map(e => e.target)).toEqual(c.entries.map(e => e.target))
    expect(b.files).toEqual([file])
    expect(c.mode).toBe('merge')
    fs.rmSync(dir, { recursive: true })
  })

  test('bad input from issue 4, all listed at once', async () => {
    const msg = await problems(
      loadAssignmentTemplate({
        assignments: [
          { intent: 'sometimes', group: 'X' },
          { intent: 'required', group: 'X', groupId: G1 },
        ],
      }),
    )
    expect(msg).toContain(
      'assignments[0].intent: expected one of required, available, uninstall, availableWithoutEnrollment (got "sometimes")',
    )
    const msg2 = await problems(
      loadAssignmentTemplate({
        assignments: [
          { intent: 'required', group: 'X', groupId: G1 },
          {
            intent: 'required',
            group: 'X',
            exclude: [{ group: 'Y', filter: { name: 'f', mode: 'include' } }],
          },
          {
            intent: 'required',
            group: 'X',
            settings: { win32: { installTime: { deadline: '+3 days', availability: 'tomorrow' } } },
          },
          { intent: 'required' },
          { intent: 'available', allDevices: true },
        ],
      }),
    )
    expect(msg2.split('\n')).toEqual(
      expect.arrayContaining([
        '<assignment template>: assignments[0]: give either groupId or group (a display name), not both',
        "<assignment template>: assignments[1].exclude[0].filter: Intune can't apply an assignment filter to an excluded group; remove the filter",
        "<assignment template>: assignments[2].settings.win32.installTime.availability: expected an ISO date-time (2025-03-01T08:00:00Z) or a relative time like +90m, +12h, +3d, +1w (got 'tomorrow')",
        "<assignment template>: assignments[2].settings.win32.installTime.deadline: expected an ISO date-time (2025-03-01T08:00:00Z) or a relative time like +90m, +12h, +3d, +1w (got '+3 days')",
        '<assignment template>: assignments[3]: needs exactly one target: group, groupId, allUsers: true or allDevices: true (got none)',
        "<assignment template>: assignments[4]: Intune can't make an app available to All devices; target users (allUsers or a user group)",
      ]),
    )
    expect(
      await problems(
        loadAssignmentTemplate({
          assignments: [
            {
              intent: 'required',
              allUsers: true,
              settings: { win32: { restart: { gracePeriodInMinutes: 0 } } },
            },
          ],
        }),
      ),
    ).toContain('assignments[0].settings.win32.restart.gracePeriodInMinutes: expected a number >= 1 (got 0)')
  })
})

describe('relative times', () => {
  test.each([
    ['+90m', '2025-03-01T11:50:30.000Z'],
    ['+12h', '2025-03-01T22:20:30.000Z'],
    ['+3d', '2025-03-04T10:20:30.000Z'],
    ['+1w', '2025-03-08T10:20:30.000Z'],
    ['+1d12h', '2025-03-02T22:20:30.000Z'],
    ['2025-04-01T08:00:00Z', '2025-04-01T08:00:00.000Z'],
    ['2025-04-01T08:00', '2025-04-01T08:00:00.000Z'],
    ['2025-04-01T08:00:00+02:00', '2025-04-01T06:00:00.000Z'],
  ])('%s resolves to %s', (text, want) => expect(resolveTime(text, NOW)).toBe(want))
})

describe('toGraphAssignment', () => {
  test('win32 group with filter and settings; exclusions get null settings', async () => {
    const tpl = await loadAssignmentTemplate({
      assignments: [
        {
          intent: 'required',
          group: 'Pilot',
          exclude: ['Contractors'],
          filter: { name: 'Win11 only', mode: 'exclude' },
          settings: {
            win32: {
              notifications: 'showReboot',
              deliveryOptimizationPriority: 'foreground',
              installTime: { availability: '+1d', deadline: '+3d', useLocalTime: true },
              restart: {
                gracePeriodInMinutes: 60,
                countdownDisplayBeforeRestartInMinutes: 10,
                restartNotificationSnoozeDurationInMinutes: 5,
              },
              autoUpdateSupersededApps: true,
            },
            ios: { isRemovable: false },
          },
        },
      ],
    })
    const [main, excl] = tpl.entries.map(e => toGraphAssignment(e, 'win32LobApp', resolved, NOW))
    expect(main).toEqual({
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'required',
      target: {
        '@odata.type': '#microsoft.graph.groupAssignmentTarget',
        groupId: 'aaaaaaaa-0000-0000-0000-000000000001',
        deviceAndAppManagementAssignmentFilterId: 'ffffffff-0000-0000-0000-000000000001',
        deviceAndAppManagementAssignmentFilterType: 'exclude',
      },
      settings: {
        '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
        notifications: 'showReboot',
        deliveryOptimizationPriority: 'foreground',
        installTimeSettings: {
          useLocalTime: true,
          startDateTime: '2025-03-02T10:20:30.000Z',
          deadlineDateTime: '2025-03-04T10:20:30.000Z',
        },
        restartSettings: {
          gracePeriodInMinutes: 60,
          countdownDisplayBeforeRestartInMinutes: 10,
          restartNotificationSnoozeDurationInMinutes: 5,
        },
        autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
      },
    })
    expect(excl).toEqual({
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'required',
      target: {
        '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget',
        groupId: 'aaaaaaaa-0000-0000-0000-000000000002',
      },
      settings: null,
    })
    expect(chooseGraphVersion('mobileAppAssignment', main).version).toBe('beta')
    expect(chooseGraphVersion('mobileAppAssignment', excl).version).toBe('v1.0')
  })

  test('platform settings types: iOS, MSIX, macOS, and null for Android', async () => {
    const tpl = await loadAssignmentTemplate({
      assignments: [
        {
          intent: 'available',
          allUsers: true,
          settings: {
            ios: { isRemovable: true, uninstallOnDeviceRemoval: false, vpnConfigurationId: 'vpn1' },
            msix: { useDeviceContext: true },
            macos: { uninstallOnDeviceRemoval: true },
          },
        },
      ],
    })
    const e = tpl.entries[0]
    expect(toGraphAssignment(e, 'iosLobApp', resolved, NOW).settings).toEqual({
      '@odata.type': '#microsoft.graph.iosLobAppAssignmentSettings',
      isRemovable: true,
      uninstallOnDeviceRemoval: false,
      vpnConfigurationId: 'vpn1',
    })
    expect(toGraphAssignment(e, 'windowsUniversalAppX', resolved, NOW).settings).toEqual({
      '@odata.type': '#microsoft.graph.windowsUniversalAppXAppAssignmentSettings',
      useDeviceContext: true,
    })
    expect(toGraphAssignment(e, 'macOSDmgApp', resolved, NOW).settings).toEqual({
      '@odata.type': '#microsoft.graph.macOsLobAppAssignmentSettings',
      uninstallOnDeviceRemoval: true,
    })
    const plain = (await loadAssignmentTemplate({ assignments: [{ intent: 'available', allUsers: true }] }))
      .entries[0]
    expect(toGraphAssignment(plain, 'androidLobApp', resolved, NOW)).toEqual({
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'available',
      target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
      settings: null,
    })
    expect(toGraphAssignment(plain, 'macOSPkgApp', resolved, NOW).settings).toBeNull()
    expect(toGraphAssignment(plain, 'win32LobApp', resolved, NOW).settings).toEqual({
      '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
      notifications: 'showAll',
      deliveryOptimizationPriority: 'notConfigured',
      installTimeSettings: null,
      restartSettings: null,
    })
  })

  test('settings for another platform, unresolved names, deadline before availability, guardrails', async () => {
    const tpl = await loadAssignmentTemplate({
      assignments: [
        { intent: 'required', allDevices: true, settings: { win32: { notifications: 'hideAll' } } },
      ],
    })
    expect(assignmentProblemsForApp(tpl, 'iosLobApp')).toEqual([
      "<assignment template> assignments[0]: settings.win32 don't apply to a iosLobApp app; add settings.ios or remove them",
    ])
    expect(() => toGraphAssignment(tpl.entries[0], 'iosLobApp', resolved, NOW)).toThrow(
      "settings.win32 don't apply to a iosLobApp app",
    )
    expect(guardrailProblems(tpl)).toEqual([
      '<assignment template> assignments[0]: required to All devices without a filter is refused; add a filter or set guardrails.allowRequiredToAll: true',
    ])
    const unknown = (await loadAssignmentTemplate({ assignments: [{ intent: 'required', group: 'Nobody' }] }))
      .entries[0]
    expect(() => toGraphAssignment(unknown, 'win32LobApp', resolved, NOW)).toThrow(
      "group 'Nobody' was not resolved to an id",
    )
    const backwards = (
      await loadAssignmentTemplate({
        assignments: [
          {
            intent: 'required',
            group: 'Pilot',
            settings: { win32: { installTime: { availability: '+3d', deadline: '+1d' } } },
          },
        ],
      })
    ).entries[0]
    expect(() => toGraphAssignment(backwards, 'win32LobApp', resolved, NOW)).toThrow(
      'deadline (2025-03-02T10:20:30.000Z) is before availability (2025-03-04T10:20:30.000Z)',
    )
  })
})
