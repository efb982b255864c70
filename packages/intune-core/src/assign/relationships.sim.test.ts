/** Supersedence, dependencies, categories and scope tags against the simulator: read, merge, write. */
import { ErrorCodes } from '../errors'
import { silentLogger } from '../logger'
import { readRelationships, applyRelationships } from './applyRelationships'
import { applyCategories, planCategories, readCategories, scopeTagIds } from './categories'
import { planRelationships } from './planRelationships'
import { resolveAppRef } from './resolveAppRef'
import { resolveDirectory } from './resolveDirectory'
import { type SimGraph, startSimGraph } from './test-support/simGraph'

let env: SimGraph
beforeAll(async () => {
  env = await startSimGraph()
})
afterAll(() => env?.stop())

const REL = '/deviceAppManagement/mobileApps'
const setRelationships = (appId: string, relationships: object[]) =>
  env.graph.post(`${REL}/${appId}/updateRelationships`, { relationships }, { version: 'beta' })
const plan = (appId: string, over: Partial<Parameters<typeof planRelationships>[0]>) =>
  readRelationships(env.graph, appId).then(current =>
    planRelationships({
      current,
      supersedes: [],
      dependencies: [],
      appId,
      appType: 'win32LobApp',
      resolveApp: ref => resolveAppRef(env.graph, ref),
      readRelationships: id => readRelationships(env.graph, id),
      ...over,
    }),
  )

describe('relationships against the simulator', () => {
  test('supersedence by name is added; an existing dependency and a parent relationship are kept', async () => {
    const app = await env.newApp()
    const runtime = await env.newApp('win32LobApp', { displayName: `Runtime ${app.slice(0, 6)}` })
    const old = await env.newApp('win32LobApp', { displayName: `Old ${app.slice(0, 6)}` })
    const parent = await env.newApp()
    await setRelationships(app, [
      { '@odata.type': '#microsoft.graph.mobileAppDependency', dependencyType: 'detect', targetId: runtime },
    ])
    await setRelationships(parent, [
      { '@odata.type': '#microsoft.graph.mobileAppDependency', dependencyType: 'autoInstall', targetId: app },
    ])

    const p = await plan(app, { supersedes: [{ name: `Old ${app.slice(0, 6)}`, type: 'update' }] })
    expect(p.changes).toEqual({
      added: [`supersedes "Old ${app.slice(0, 6)}" (${old}) (update)`],
      removed: [],
      kept: [`depends on "Runtime ${app.slice(0, 6)}" (${runtime}) (detect)`],
    })
    expect(await applyRelationships(env.graph, app, p)).toBe(true)

    const after = await readRelationships(env.graph, app)
    expect(
      after.map(r => [r['@odata.type'], r.targetId, r.targetType, r.dependencyType ?? r.supersedenceType]),
    ).toEqual([
      ['#microsoft.graph.mobileAppDependency', runtime, 'child', 'detect'],
      ['#microsoft.graph.mobileAppSupersedence', old, 'child', 'update'],
      ['#microsoft.graph.mobileAppDependency', parent, 'parent', 'autoInstall'],
    ])
    // The parent's own list is untouched, and a re-run plans nothing.
    expect((await readRelationships(env.graph, parent)).map(r => r.targetId)).toEqual([app])
    const again = await plan(app, { supersedes: [{ id: old, type: 'update' }] })
    expect(again.hasChanges).toBe(false)
    expect(await applyRelationships(env.graph, app, again)).toBe(false)
  })

  test('a dependency that would close a cycle is refused before any write', async () => {
    const a = await env.newApp()
    const b = await env.newApp()
    await setRelationships(b, [
      { '@odata.type': '#microsoft.graph.mobileAppDependency', dependencyType: 'autoInstall', targetId: a },
    ])
    const err = await plan(a, { dependencies: [{ id: b, type: 'detect' }] }).catch((e: unknown) => e)
    expect(err).toMatchObject({ code: ErrorCodes.AssignmentInvalid })
    expect((err as Error).message).toMatch(/would make a cycle: (Assign test \w+) → Assign test \w+ → \1$/)
    expect(await readRelationships(env.graph, a)).toEqual([
      expect.objectContaining({ targetId: b, targetType: 'parent' }),
    ])
  })

  test('an app named twice, a missing id and a non-Win32 target', async () => {
    const name = `Twin ${Date.now()}`
    const [x, y] = [
      await env.newApp('win32LobApp', { displayName: name }),
      await env.newApp('win32LobApp', { displayName: name }),
    ]
    const ios = await env.newApp('iosLobApp')
    const app = await env.newApp()
    await expect(resolveAppRef(env.graph, name)).rejects.toThrow(
      new RegExp(
        `app '${name}' matches 2: '${name}' \\((${x}|${y}), win32LobApp\\), '${name}' \\((${x}|${y}), win32LobApp\\)`,
      ),
    )
    await expect(resolveAppRef(env.graph, 'ffffffff-0000-4000-8000-000000000000')).rejects.toThrow(
      "Can't apply relationships: no Intune app has id ffffffff-0000-4000-8000-000000000000",
    )
    await expect(plan(app, { dependencies: [{ id: ios, type: 'detect' }] })).rejects.toThrow(
      /is a iosLobApp app; only Win32 apps can be targets/,
    )
  })

  test('an empty list is posted as a real empty array and clears the app’s own relationships', async () => {
    const app = await env.newApp()
    const t = await env.newApp()
    await setRelationships(app, [
      { '@odata.type': '#microsoft.graph.mobileAppSupersedence', supersedenceType: 'replace', targetId: t },
    ])
    await applyRelationships(env.graph, app, {
      changes: { added: [], removed: ['supersedes t'], kept: [] },
      desired: [],
      hasChanges: true,
    })
    expect(await readRelationships(env.graph, app)).toEqual([])
  })
})

describe('categories and scope tags against the simulator', () => {
  test('categories by name are linked once; ones set by hand stay', async () => {
    const app = await env.newApp()
    const dir = await resolveDirectory(
      env.graph,
      { categoryNames: ['business', 'Productivity'], scopeTagNames: ['Europe'] },
      silentLogger,
    )
    await applyCategories(env.graph, app, [dir.categories.Productivity], [])
    const current = await readCategories(env.graph, app)
    expect(
      planCategories(
        current.map(c => c.displayName),
        ['business', 'Productivity'],
      ),
    ).toEqual({
      added: ['business'],
      kept: ['Productivity'],
    })
    const linked = await applyCategories(
      env.graph,
      app,
      Object.values(dir.categories),
      current.map(c => c.id),
    )
    expect(linked).toEqual([dir.categories.business])
    expect((await readCategories(env.graph, app)).map(c => c.displayName).sort()).toEqual([
      'Business',
      'Productivity',
    ])
    expect(scopeTagIds(['Europe'], dir.scopeTags)).toEqual(['1'])
  })

  test('unknown category and scope tag names are reported together', async () => {
    await expect(
      resolveDirectory(env.graph, { categoryNames: ['Games'], scopeTagNames: ['Asia'] }, silentLogger),
    ).rejects.toThrow(
      "Can't apply the templates (2 problems):\n  scope tag 'Asia' matches nothing\n  category 'Games' matches nothing",
    )
  })
})
