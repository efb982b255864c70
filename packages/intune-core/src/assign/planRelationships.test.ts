/** planRelationships: read-merge-write, and the checks made before any write. */
import { ErrorCodes, isIntunePublishError } from '../errors'
import type { AppRef } from './resolveAppRef'
import { type GraphRelationship, type PlanRelationshipsInput, planRelationships } from './planRelationships'

const ME = 'a0000000-0000-4000-8000-000000000000'
const apps: Record<string, AppRef> = {
  old: { id: 'a0000000-0000-4000-8000-000000000001', displayName: 'Old', type: 'win32LobApp' },
  runtime: { id: 'a0000000-0000-4000-8000-000000000002', displayName: 'Runtime', type: 'win32LobApp' },
  lib: { id: 'a0000000-0000-4000-8000-000000000003', displayName: 'Lib', type: 'win32LobApp' },
  ipa: { id: 'a0000000-0000-4000-8000-000000000004', displayName: 'Phone', type: 'iosLobApp' },
  me: { id: ME, displayName: 'Me', type: 'win32LobApp' },
}
const resolveApp = async (ref: string): Promise<AppRef> => {
  const app = Object.values(apps).find(a => a.id === ref || a.displayName === ref)
  if (!app) throw new Error(`no Intune app is named '${ref}'`)
  return app
}
const dep = (
  source: string,
  target: AppRef,
  targetType: 'child' | 'parent' = 'child',
): GraphRelationship => ({
  '@odata.type': '#microsoft.graph.mobileAppDependency',
  id: `${source}_${target.id}`,
  sourceId: source,
  targetId: target.id,
  targetDisplayName: target.displayName,
  targetType,
  dependencyType: 'detect',
})

const input = (over: Partial<PlanRelationshipsInput>): PlanRelationshipsInput => ({
  current: [],
  supersedes: [],
  dependencies: [],
  appId: ME,
  appType: 'win32LobApp',
  resolveApp,
  ...over,
})

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

describe('planRelationships', () => {
  test('adds ours, keeps the other kind and relationships we were not asked about, ignores parents', async () => {
    const p = await planRelationships(
      input({
        current: [dep(ME, apps.runtime), dep(apps.lib.id, apps.me, 'parent')],
        supersedes: [{ name: 'Old', type: 'replace' }],
      }),
    )
    expect(p.desired).toEqual([
      {
        '@odata.type': '#microsoft.graph.mobileAppDependency',
        dependencyType: 'detect',
        targetId: apps.runtime.id,
      },
      {
        '@odata.type': '#microsoft.graph.mobileAppSupersedence',
        supersedenceType: 'replace',
        targetId: apps.old.id,
      },
    ])
    expect(p.changes).toEqual({
      added: [`supersedes "Old" (${apps.old.id}) (replace)`],
      removed: [],
      kept: [`depends on "Runtime" (${apps.runtime.id}) (detect)`],
    })
    expect(p.hasChanges).toBe(true)
  })

  test('already there: no changes; another type: replaced', async () => {
    const same = await planRelationships(
      input({ current: [dep(ME, apps.runtime)], dependencies: [{ id: apps.runtime.id, type: 'detect' }] }),
    )
    expect(same.hasChanges).toBe(false)
    const retyped = await planRelationships(
      input({ current: [dep(ME, apps.runtime)], dependencies: [{ name: 'Runtime', type: 'autoInstall' }] }),
    )
    expect(retyped.changes.removed).toEqual([`depends on "Runtime" (${apps.runtime.id}) (detect)`])
    expect(retyped.desired).toEqual([
      {
        '@odata.type': '#microsoft.graph.mobileAppDependency',
        dependencyType: 'autoInstall',
        targetId: apps.runtime.id,
      },
    ])
  })

  test('self-reference, non-Win32 targets and unknown names are all reported at once', async () => {
    const msg = await failure(
      planRelationships(
        input({
          supersedes: [{ id: ME, type: 'update' }],
          dependencies: [
            { name: 'Phone', type: 'detect' },
            { name: 'Nope', type: 'detect' },
          ],
        }),
      ),
    )
    expect(msg.split('\n')).toEqual([
      "Can't apply relationships (3 problems):",
      `  supersedes '${ME}': an app can't supersede or depend on itself`,
      "  dependency 'Phone': 'Phone' is a iosLobApp app; only Win32 apps can be targets",
      "  dependency 'Nope': no Intune app is named 'Nope'",
    ])
  })

  test("Intune's limits count what is kept plus what is added", async () => {
    const current = Array.from({ length: 10 }, (_, i) => ({
      '@odata.type': '#microsoft.graph.mobileAppSupersedence',
      targetId: `b0000000-0000-4000-8000-00000000000${i}`,
      targetType: 'child' as const,
      supersedenceType: 'update',
    }))
    expect(
      await failure(planRelationships(input({ current, supersedes: [{ name: 'Old', type: 'update' }] }))),
    ).toBe("Can't apply relationships: 11 superseded apps; Intune allows 10")
  })

  test('a dependency cycle is found by walking the targets', async () => {
    const graphOf: Record<string, GraphRelationship[]> = {
      [apps.runtime.id]: [dep(apps.runtime.id, apps.lib)],
      [apps.lib.id]: [dep(apps.lib.id, apps.me), dep(apps.runtime.id, apps.lib, 'parent')],
    }
    const msg = await failure(
      planRelationships(
        input({
          dependencies: [{ name: 'Runtime', type: 'autoInstall' }],
          readRelationships: async id => graphOf[id] ?? [],
        }),
      ),
    )
    expect(msg).toBe(
      `Can't apply relationships: depends on "Runtime" (${apps.runtime.id}) (autoInstall) would make a cycle: Me → Runtime → Lib → Me`,
    )
  })

  test('relationships are for Win32 apps only', async () => {
    expect(
      await failure(
        planRelationships(input({ appType: 'iosLobApp', dependencies: [{ name: 'Lib', type: 'detect' }] })),
      ),
    ).toMatch(/supersedence and dependencies exist only for Win32 apps, not iosLobApp/)
  })
})
