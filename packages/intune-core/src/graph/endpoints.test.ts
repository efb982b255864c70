import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { endpoints, FIXED } from './endpoints'

const SRC = join(__dirname, '..')
/** Modules allowed to name versions: this layer, and the one that decides them from type and body. */
const VERSION_DECIDERS = new Set(['graph/endpoints.ts', 'templates/graphVersion.ts'])

function productSources(dir = SRC): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) {
      // test-support is test code, except live mode's cleanup, which runs against real tenants.
      if (name !== 'test-support') return productSources(path)
      return existsSync(join(path, 'live')) ? productSources(join(path, 'live')) : []
    }
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : []
  })
}

/** The source without its comments (comments may mention paths; only code counts). */
const code = (path: string) =>
  readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|\s)\/\/.*$/gm, '$1')

describe('one Intune API layer', () => {
  const files = productSources().map(p => ({ rel: relative(SRC, p).replace(/\\/g, '/'), text: code(p) }))

  test('the scan sees the modules that call Graph', () => {
    const seen = files.map(f => f.rel)
    for (const m of ['publish/intuneApps.ts', 'assign/applyAssignments.ts', 'release/rollback.ts'])
      expect(seen).toContain(m)
  })

  test('no module but graph/endpoints writes a Graph path', () => {
    const offenders = files
      .filter(f => f.rel !== 'graph/endpoints.ts')
      .flatMap(f =>
        [...f.text.matchAll(/['`"]\/(deviceAppManagement|deviceManagement|groups|users|me)\b[^'`"]*/g)].map(
          m => `${f.rel}: ${m[0]}`,
        ),
      )
    expect(offenders).toEqual([])
  })

  test('no module but the version layer names a version for a call', () => {
    const offenders = files
      .filter(f => !VERSION_DECIDERS.has(f.rel))
      .flatMap(f =>
        [
          ...f.text.matchAll(/version:\s*'(beta|v1\.0)'/g),
          ...f.text.matchAll(/new IntuneApps\([^)]*'(beta|v1\.0)'/g),
        ].map(m => `${f.rel}: ${m[0]}`),
      )
    expect(offenders).toEqual([])
  })
})

describe('endpoints', () => {
  test('ids are one encoded path segment each', () => {
    expect(endpoints.app('../../deviceManagement', 'v1.0').path).toBe(
      '/deviceAppManagement/mobileApps/..%2F..%2FdeviceManagement',
    )
    expect(endpoints.app('..', 'v1.0').path).toBe('/deviceAppManagement/mobileApps/%2E%2E')
    expect(endpoints.commitFile('a?b', 'win32LobApp', '1/2', 'f#', 'beta')).toEqual({
      path: '/deviceAppManagement/mobileApps/a%3Fb/microsoft.graph.win32LobApp/contentVersions/1%2F2/files/f%23/commit',
      version: 'beta',
    })
  })

  test('names go into filters as OData literals, encoded', () => {
    expect(endpoints.groupsNamed("O'Brien & Co").path).toBe(
      `/groups?$filter=${encodeURIComponent("displayName eq 'O''Brien & Co'")}&$select=id,displayName`,
    )
  })

  test("an app's own calls take the version of its body; the rest have Graph's", () => {
    expect(endpoints.app('x', 'v1.0').version).toBe('v1.0')
    expect(endpoints.app('x', 'beta').version).toBe('beta')
    expect(endpoints.postAssignment('x', 'v1.0').version).toBe('v1.0')
    // Graph has these only in beta; a read through v1.0 would lose filters (and a merge would drop them).
    expect(endpoints.readAssignments('x').version).toBe('beta')
    expect(endpoints.relationships('x').version).toBe('beta')
    expect(endpoints.assignmentFilters().version).toBe('beta')
    expect(endpoints.installReport().version).toBe('beta')
    expect(endpoints.group('x').version).toBe(FIXED.groups)
  })
})
