/** planAssignments: merge/replace, change detection, idempotent re-runs, beta for filters, template conflicts. */
import { ErrorCodes, isIntunePublishError } from '../errors'
import { loadAssignmentTemplate } from '../templates/assignmentTemplate'
import { planAssignments, type PlanAssignmentsInput } from './planAssignments'
import type { GraphAssignment } from './shared'

const NOW = new Date('2025-03-01T10:20:30.456Z')
const PILOT = 'aaaaaaaa-0000-0000-0000-000000000001'
const FOREIGN = 'bbbbbbbb-0000-0000-0000-000000000009'
const FILTER = 'ffffffff-0000-0000-0000-000000000001'
const resolved = {
  groups: { Pilot: PILOT },
  filters: { 'Win11 only': FILTER },
  names: { [PILOT]: 'Pilot', [FILTER]: 'Win11 only' },
}

/** An assignment the app had before, made by hand in the portal, as Graph beta returns it. */
const foreign: GraphAssignment = {
  id: 'foreign-assignment-id',
  intent: 'available',
  source: 'direct',
  sourceId: null,
  target: {
    '@odata.type': '#microsoft.graph.groupAssignmentTarget',
    groupId: FOREIGN,
    deviceAndAppManagementAssignmentFilterId: null,
    deviceAndAppManagementAssignmentFilterType: 'none',
  },
  settings: {
    '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
    notifications: 'hideAll',
    deliveryOptimizationPriority: 'foreground',
    installTimeSettings: null,
    restartSettings: null,
    autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
  },
}

async function plan(doc: object, rest: Partial<PlanAssignmentsInput> = {}) {
  const template = await loadAssignmentTemplate(doc as Record<string, unknown>)
  return planAssignments({ current: [], template, appType: 'win32LobApp', resolved, now: NOW, ...rest })
}

async function failure(p: Promise<unknown>): Promise<string> {
  try {
    await p
  } catch (e) {
    if (!isIntunePublishError(e)) throw e
    expect(e.code).toBe(ErrorCodes.AssignmentInvalid)
    return e.message
  }
  throw new Error('expected a failure')
}

/** What Graph hands back after we posted `desired`: ids, source, nulls, reordered keys, another date format. */
function asGraphReturnsIt(desired: object[]): GraphAssignment[] {
  return (desired as GraphAssignment[]).map((a, i) => {
    const settings = a.settings ? (JSON.parse(JSON.stringify(a.settings)) as Record<string, unknown>) : null
    const time = settings?.installTimeSettings as Record<string, string | null> | null | undefined
    if (time?.deadlineDateTime) time.deadlineDateTime = time.deadlineDateTime.replace('.000Z', 'Z')
    return {
      settings: settings ? { autoUpdateSettings: null, ...settings } : settings,
      target: {
        deviceAndAppManagementAssignmentFilterType: 'none',
        deviceAndAppManagementAssignmentFilterId: null,
        ...a.target,
        groupId: typeof a.target.groupId === 'string' ? a.target.groupId.toUpperCase() : undefined,
      },
      intent: a.intent,
      id: `assignment-${i}`,
      source: 'direct',
      sourceId: null,
    }
  })
}

const pilotRequired = {
  intent: 'required',
  group: 'Pilot',
  settings: { win32: { notifications: 'hideAll' } },
}

describe('planAssignments', () => {
  test('a new app: every template assignment is added, v1.0 without filters', async () => {
    const p = await plan({ assignments: [pilotRequired, { intent: 'available', allUsers: true }] })
    expect(p.changes.added.map(c => `${c.intent} ${c.target}`)).toEqual([
      `required group "Pilot" (${PILOT})`,
      'available all users',
    ])
    expect(p.desired.map(d => d.target)).toEqual([
      { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: PILOT },
      { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
    ])
    expect(p.version).toBe('v1.0')
    expect(p.hasChanges).toBe(true)
  })

  test('merge keeps an assignment we do not manage, verbatim (beta-only settings too)', async () => {
    const p = await plan({ assignments: [pilotRequired] }, { current: [foreign] })
    expect(p.changes.mode).toBe('merge')
    expect(p.changes.kept).toEqual([
      {
        target: `group ${FOREIGN}`,
        intent: 'available',
        details: 'not in the template; kept (merge mode)',
      },
    ])
    expect(p.changes.added).toHaveLength(1)
    expect(p.changes.removed).toEqual([])
    const kept = p.desired.find(d => d.target.groupId === FOREIGN)
    expect(kept).toEqual({
      '@odata.type': '#microsoft.graph.mobileAppAssignment',
      intent: 'available',
      target: foreign.target,
      settings: foreign.settings,
    })
    expect(kept).not.toHaveProperty('id')
    // The kept target came with filter properties from beta: posting through v1.0 could drop a filter.
    expect(p.version).toBe('beta')
  })

  test('replace leaves exactly the template: the foreign assignment is removed', async () => {
    const p = await plan({ mode: 'replace', assignments: [pilotRequired] }, { current: [foreign] })
    expect(p.changes.removed).toEqual([
      { target: `group ${FOREIGN}`, intent: 'available', details: 'not in the template (replace mode)' },
    ])
    expect(p.desired.map(d => d.target.groupId)).toEqual([PILOT])
    const merge = await plan(
      { mode: 'replace', assignments: [pilotRequired] },
      {
        current: [foreign],
        modeOverride: 'merge',
      },
    )
    expect(merge.changes.removed).toEqual([])
    expect(merge.desired).toHaveLength(2)
  })

  test('a target we manage with another intent or settings is changed, naming what differs', async () => {
    const current: GraphAssignment = {
      ...foreign,
      target: { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: PILOT },
    }
    const p = await plan({ assignments: [pilotRequired] }, { current: [current] })
    expect(p.changes.added).toEqual([])
    expect(p.changes.changed).toHaveLength(1)
    expect(p.changes.changed[0].target).toBe(`group "Pilot" (${PILOT})`)
    expect(p.changes.changed[0].details).toBe(
      'intent: "available" → "required"; settings.deliveryOptimizationPriority: "foreground" → "notConfigured"',
    )
    // autoUpdateSettings was not in the template: carried over, not wiped.
    expect(p.desired[0].settings).toMatchObject({
      autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
    })
  })

  test('re-running against what Graph returns gives no changes at all', async () => {
    const doc = {
      assignments: [
        {
          intent: 'required',
          group: 'Pilot',
          filter: { name: 'Win11 only', mode: 'include' },
          exclude: ['cccccccc-0000-0000-0000-000000000003'],
          settings: {
            win32: {
              installTime: { availability: '2025-03-02T08:00:00Z', deadline: '+3d', useLocalTime: true },
              restart: { gracePeriodInMinutes: 60 },
            },
          },
        },
        { intent: 'available', allUsers: true, settings: { win32: { autoUpdateSupersededApps: true } } },
      ],
    }
    const first = await plan(doc, { current: [foreign] })
    expect(first.changes.added).toHaveLength(3)
    const later = new Date(NOW.getTime() + 86_400_000)
    const again = await plan(doc, { current: asGraphReturnsIt(first.desired), now: later })
    expect(again.hasChanges).toBe(false)
    expect(again.changes.kept).toHaveLength(4)
    expect(again.changes.added.length + again.changes.changed.length + again.changes.removed.length).toBe(0)
    // The +3d deadline applied by the first run is kept, not moved by the re-run...
    const deadline = (s: unknown) =>
      ((s as Record<string, unknown>).installTimeSettings as Record<string, string>).deadlineDateTime
    expect(deadline(again.desired.find(d => d.target.groupId === PILOT)?.settings)).toBe(
      '2025-03-04T10:20:30Z',
    )
    // ...unless new content asks for relative times to be renewed.
    const renewed = await plan(doc, {
      current: asGraphReturnsIt(first.desired),
      now: later,
      renewRelativeTimes: true,
    })
    expect(renewed.changes.changed.map(c => c.details)).toEqual([
      'settings.installTimeSettings.deadlineDateTime: "2025-03-04T10:20:30.000Z" → "2025-03-05T10:20:30.000Z"',
    ])
  })

  test('a filter forces beta and is posted on the target', async () => {
    const p = await plan({
      assignments: [
        { intent: 'required', allDevices: true, filter: { name: 'Win11 only', mode: 'exclude' } },
      ],
    })
    expect(p.version).toBe('beta')
    expect(p.desired[0].target).toEqual({
      '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget',
      deviceAndAppManagementAssignmentFilterId: FILTER,
      deviceAndAppManagementAssignmentFilterType: 'exclude',
    })
    expect(p.changes.added[0].target).toBe('all devices with filter "Win11 only" (exclude)')
  })

  test('two intents for one target in the template is an error; an identical repeat is fine', async () => {
    const msg = await failure(plan({ assignments: [pilotRequired, { intent: 'uninstall', groupId: PILOT }] }))
    expect(msg).toMatch(/assignments\[1\]: the same target is already required in .*assignments\[0\]/)
    const p = await plan({ assignments: [pilotRequired, pilotRequired] })
    expect(p.desired).toHaveLength(1)
  })

  test('guardrail: required to all devices/users without a filter, unless opted out', async () => {
    const doc = { assignments: [{ intent: 'required', allUsers: true }] }
    expect(await failure(plan(doc))).toMatch(
      /required to All users without a filter is refused; add a filter or set guardrails.allowRequiredToAll: true/,
    )
    expect((await plan(doc, { allowRequiredToAll: true })).changes.added).toHaveLength(1)
    const optedOut = await plan({ ...doc, guardrails: { allowRequiredToAll: true } })
    expect(optedOut.desired[0].intent).toBe('required')
  })

  test('iOS without settings in the template keeps the settings the app has', async () => {
    const current: GraphAssignment = {
      id: 'x',
      intent: 'available',
      target: { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' },
      settings: {
        '@odata.type': '#microsoft.graph.iosLobAppAssignmentSettings',
        isRemovable: false,
        uninstallOnDeviceRemoval: true,
        vpnConfigurationId: null,
      },
    }
    const p = await plan(
      { assignments: [{ intent: 'available', allUsers: true }] },
      { current: [current], appType: 'iosLobApp' },
    )
    expect(p.hasChanges).toBe(false)
    expect(p.desired[0].settings).toEqual(current.settings)
  })
})
