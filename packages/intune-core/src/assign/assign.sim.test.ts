/**
 * Assignments end to end against the simulator: name resolution, every target kind, filters, both modes
 * with an assignment made before us, each platform's settings, the guardrails and the publish wait.
 */
import { ErrorCodes, isIntunePublishError } from '../errors'
import type { GraphClient } from '../graph'
import { silentLogger } from '../logger'
import { loadAssignmentTemplate } from '../templates/assignmentTemplate'
import { applyAssignments, readAssignments } from './applyAssignments'
import { directoryNeeds } from './directoryNeeds'
import { type PlanAssignmentsInput, planAssignments } from './planAssignments'
import { resolveDirectory } from './resolveDirectory'
import type { GraphAssignment } from './shared'
import { type SimGraph, startSimGraph } from './test-support/simGraph'

// The simulator's seeded directory.
const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'
const FINANCE = '2d1b5d4c-3e6f-4071-8c8d-9e0f1a2b3c4d'
const KIOSK = '9e82ce13-a5d6-47e8-b3f4-6f708192a3b4'
const EMPTY = 'af93df24-b6e7-48f9-84a5-708192a3b4c5'
const LAPTOPS = '3e2c6e5d-4f70-4182-9d9e-0f1a2b3c4d5e'
const IPADS = '4f3d7f6e-5081-4293-8eaf-1a2b3c4d5e6f'
const NOW = new Date('2025-06-02T09:00:00Z')

let env: SimGraph
let graph: GraphClient
beforeAll(async () => {
  env = await startSimGraph()
  graph = env.graph
})
afterAll(() => env?.stop())
const sim = {
  get state() {
    return env.sim.state
  },
}
const newApp: SimGraph['newApp'] = (type, opts) => env.newApp(type, opts)
const publish = (id: string) => env.publish(id)

/** The whole publish-side sequence: resolve once, read, plan, apply, read back. */
async function run(appId: string, doc: unknown, extra: Partial<PlanAssignmentsInput> = {}) {
  const template = await loadAssignmentTemplate(doc as Record<string, unknown>)
  const resolved = await resolveDirectory(graph, directoryNeeds(template), silentLogger)
  const plan = planAssignments({
    current: await readAssignments(graph, appId),
    template,
    appType: 'win32LobApp',
    resolved,
    now: NOW,
    ...extra,
  })
  const wrote = await applyAssignments(graph, appId, plan, { deadlineMs: 20_000 })
  return { plan, wrote, after: await readAssignments(graph, appId) }
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

const byTarget = (list: GraphAssignment[]) =>
  Object.fromEntries(
    list.map(a => [
      `${String(a.target['@odata.type']).replace('#microsoft.graph.', '')}:${String(a.target.groupId ?? '')}`,
      a,
    ]),
  )

describe('assignments against the simulator', () => {
  test('each target kind: group by id and by name, exclusion, all users, all devices with a filter by name', async () => {
    const appId = await newApp()
    const { plan, wrote, after } = await run(appId, {
      assignments: [
        { intent: 'required', group: 'pilot users', exclude: ['Finance'] },
        { intent: 'available', groupId: KIOSK },
        { intent: 'available', allUsers: true, filter: { name: 'Corporate laptops', mode: 'exclude' } },
        { intent: 'required', allDevices: true, filter: { name: 'corporate LAPTOPS', mode: 'include' } },
      ],
    })
    expect(wrote).toBe(true)
    expect(plan.version).toBe('beta')
    expect(plan.changes.added.map(c => `${c.intent} ${c.target}`)).toEqual([
      `required group "Pilot Users" (${PILOT})`,
      `required excluded group "Finance" (${FINANCE})`,
      `available group "Kiosk Devices" (${KIOSK})`,
      'available all users with filter "Corporate laptops" (exclude)',
      'required all devices with filter "Corporate laptops" (include)',
    ])
    const got = byTarget(after)
    expect(Object.keys(got).sort()).toEqual(
      [
        `groupAssignmentTarget:${PILOT}`,
        `exclusionGroupAssignmentTarget:${FINANCE}`,
        `groupAssignmentTarget:${KIOSK}`,
        'allLicensedUsersAssignmentTarget:',
        'allDevicesAssignmentTarget:',
      ].sort(),
    )
    expect(got[`exclusionGroupAssignmentTarget:${FINANCE}`].intent).toBe('required')
    expect(got[`exclusionGroupAssignmentTarget:${FINANCE}`].settings).toBeNull()
    expect(got['allDevicesAssignmentTarget:'].target).toMatchObject({
      deviceAndAppManagementAssignmentFilterId: LAPTOPS,
      deviceAndAppManagementAssignmentFilterType: 'include',
    })
    expect(got['allLicensedUsersAssignmentTarget:'].target.deviceAndAppManagementAssignmentFilterType).toBe(
      'exclude',
    )
  })

  test('merge keeps an assignment made before us; a re-run writes nothing; replace removes it', async () => {
    const appId = await newApp()
    // Someone assigned the app to Finance in the portal, with a filter and beta-only settings.
    await graph.post(
      `/deviceAppManagement/mobileApps/${appId}/assignments`,
      {
        '@odata.type': '#microsoft.graph.mobileAppAssignment',
        intent: 'available',
        target: {
          '@odata.type': '#microsoft.graph.groupAssignmentTarget',
          groupId: FINANCE,
          deviceAndAppManagementAssignmentFilterId: LAPTOPS,
          deviceAndAppManagementAssignmentFilterType: 'include',
        },
        settings: {
          '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
          notifications: 'showReboot',
          deliveryOptimizationPriority: 'foreground',
          autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
        },
      },
      { version: 'beta' },
    )
    const before = await readAssignments(graph, appId)
    const doc = { assignments: [{ intent: 'required', group: 'Pilot Users' }] }

    const merged = await run(appId, doc)
    expect(merged.plan.changes.kept.map(c => c.target)).toEqual([
      `group ${FINANCE} with filter ${LAPTOPS} (include)`,
    ])
    const finance = byTarget(merged.after)[`groupAssignmentTarget:${FINANCE}`]
    expect(finance).toEqual(before[0])
    expect(merged.after).toHaveLength(2)

    const again = await run(appId, doc)
    expect(again.plan.hasChanges).toBe(false)
    expect(again.wrote).toBe(false)
    expect(again.after).toEqual(merged.after)

    const replaced = await run(appId, { ...doc, mode: 'replace' })
    expect(replaced.plan.changes.removed.map(c => c.intent)).toEqual(['available'])
    expect(replaced.after.map(a => a.target.groupId)).toEqual([PILOT])
  })

  test('win32 settings: notifications, delivery optimization, install time (+3d), restart, auto-update', async () => {
    const appId = await newApp()
    const { after } = await run(appId, {
      assignments: [
        {
          intent: 'required',
          group: 'Pilot Users',
          settings: {
            win32: {
              notifications: 'hideAll',
              deliveryOptimizationPriority: 'foreground',
              installTime: { availability: '+1d', deadline: '+3d', useLocalTime: true },
              restart: { gracePeriodInMinutes: 120, countdownDisplayBeforeRestartInMinutes: 10 },
              autoUpdateSupersededApps: true,
            },
          },
        },
      ],
    })
    expect(after[0].settings).toEqual({
      '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
      notifications: 'hideAll',
      deliveryOptimizationPriority: 'foreground',
      installTimeSettings: {
        useLocalTime: true,
        startDateTime: '2025-06-03T09:00:00.000Z',
        deadlineDateTime: '2025-06-05T09:00:00.000Z',
      },
      restartSettings: {
        gracePeriodInMinutes: 120,
        countdownDisplayBeforeRestartInMinutes: 10,
        restartNotificationSnoozeDurationInMinutes: null,
      },
      autoUpdateSettings: { autoUpdateSupersededAppsState: 'enabled' },
    })
  })

  test.each([
    [
      'iosLobApp',
      { ios: { isRemovable: false, uninstallOnDeviceRemoval: true, vpnConfigurationId: PILOT } },
      {
        '@odata.type': '#microsoft.graph.iosLobAppAssignmentSettings',
        isRemovable: false,
        uninstallOnDeviceRemoval: true,
        vpnConfigurationId: PILOT,
      },
      IPADS,
    ],
    [
      'windowsUniversalAppX',
      { msix: { useDeviceContext: true } },
      { '@odata.type': '#microsoft.graph.windowsUniversalAppXAppAssignmentSettings', useDeviceContext: true },
      LAPTOPS,
    ],
    [
      'macOSPkgApp',
      { macos: { uninstallOnDeviceRemoval: true } },
      { '@odata.type': '#microsoft.graph.macOsLobAppAssignmentSettings', uninstallOnDeviceRemoval: true },
      undefined,
    ],
  ] as const)('%s settings', async (appType, settings, expected, filterId) => {
    const appId = await newApp(appType)
    const filter = filterId === IPADS ? 'Supervised iPads' : filterId ? 'Corporate laptops' : undefined
    const doc = {
      assignments: [
        {
          intent: 'required',
          group: 'Pilot Users',
          settings,
          ...(filter ? { filter: { name: filter, mode: 'include' } } : {}),
        },
      ],
    }
    const { after } = await run(appId, doc, { appType })
    expect(after).toHaveLength(1)
    expect(after[0].settings).toEqual(expected)
    expect(after[0].target.deviceAndAppManagementAssignmentFilterId).toBe(filterId ?? null)
    expect((await run(appId, doc, { appType })).wrote).toBe(false)
  })

  test('names that match nothing or several are one error listing everything found', async () => {
    const template = await loadAssignmentTemplate({
      assignments: [
        { intent: 'required', group: 'No Such Group' },
        { intent: 'required', group: 'Duplicate Name' },
        { intent: 'required', groupId: 'dddddddd-0000-4000-8000-000000000000' },
        { intent: 'required', allDevices: true, filter: { name: 'Windows 12', mode: 'include' } },
      ],
    })
    const msg = await failure(resolveDirectory(graph, directoryNeeds(template), silentLogger))
    expect(msg.split('\n')[0]).toBe("Can't apply the templates (4 problems):")
    expect(msg).toContain("group 'No Such Group' matches nothing")
    expect(msg).toContain(
      "group 'Duplicate Name' matches 2: 'Duplicate Name' (b0a4e035-c7f8-490a-95b6-8192a3b4c5d6), 'Duplicate Name' (c1b5f146-d809-4a1b-a6c7-92a3b4c5d6e7); use the id instead",
    )
    expect(msg).toContain('group id dddddddd-0000-4000-8000-000000000000 does not exist in this tenant')
    expect(msg).toMatch(
      /assignment filter 'Windows 12' matches nothing \(filters here: 'Corporate laptops', /,
    )
  })

  test('guardrails: an empty group and required-to-all are refused, each opt-out works', async () => {
    const appId = await newApp()
    const emptyDoc = { assignments: [{ intent: 'required', groupId: EMPTY }] }
    const msg = await failure(run(appId, emptyDoc))
    expect(msg).toBe(
      `Can't apply the templates: group 'Empty Group' (${EMPTY}) has no members; nobody would get the app (opt out: guardrails.allowEmptyGroups: true)`,
    )
    // An empty group as an exclusion is harmless and allowed.
    const excl = await run(appId, {
      assignments: [{ intent: 'required', group: 'Pilot Users', exclude: [EMPTY] }],
    })
    expect(excl.after).toHaveLength(2)
    const optOut = await run(appId, { ...emptyDoc, guardrails: { allowEmptyGroups: true } })
    expect(byTarget(optOut.after)[`groupAssignmentTarget:${EMPTY}`].intent).toBe('required')

    const allDoc = { assignments: [{ intent: 'required', allDevices: true }] }
    expect(await failure(run(appId, allDoc))).toMatch(/required to All devices without a filter is refused/)
    // Refused before any write: the three assignments of the earlier runs (merged) are all still there.
    expect(sim.state.apps.get(appId)?.assignments).toHaveLength(3)
    const allowed = await run(appId, { ...allDoc, guardrails: { allowRequiredToAll: true } })
    expect(byTarget(allowed.after)['allDevicesAssignmentTarget:'].intent).toBe('required')
  })

  test('assign waits until the app is published', async () => {
    const appId = await newApp('win32LobApp', { published: false })
    const template = await loadAssignmentTemplate({
      assignments: [{ intent: 'available', group: 'Finance' }],
    })
    const resolved = await resolveDirectory(graph, directoryNeeds(template), silentLogger)
    const plan = planAssignments({ current: [], template, appType: 'win32LobApp', resolved, now: NOW })
    let polls = 0
    const wrote = await applyAssignments(graph, appId, plan, {
      deadlineMs: 20_000,
      sleep: async () => {
        if (++polls === 2) publish(appId)
      },
    })
    expect(wrote).toBe(true)
    expect(polls).toBe(2)
    expect((await readAssignments(graph, appId)).map(a => a.target.groupId)).toEqual([FINANCE])

    // Intune's publishingState can lag: a 400 "not 'Published'" from assign is retried, not fatal.
    const lagging = await newApp('win32LobApp', { published: false })
    let retries = 0
    await applyAssignments(graph, lagging, plan, {
      deadlineMs: 20_000,
      waitForPublished: async () => undefined,
      sleep: async () => {
        if (++retries === 1) publish(lagging)
      },
    })
    expect(retries).toBe(1)
    expect(sim.state.apps.get(lagging)?.assignments).toHaveLength(1)

    const never = await newApp('win32LobApp', { published: false })
    await expect(
      applyAssignments(graph, never, plan, { deadlineMs: 3_000, sleep: async () => undefined }),
    ).rejects.toMatchObject({ code: ErrorCodes.Timeout })
  })
})
