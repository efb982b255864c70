import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { loadManifest } from './loadManifest'
import { manifestConnections } from './manifestConnections'
import { githubMatrix, selectShard, splitManifest } from './splitManifest'

let dir: string
beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), 'manifest-'))
  await fs.writeFile(path.join(dir, 'a.intunewin'), 'x')
  await fs.writeFile(path.join(dir, 'b.msi'), 'x')
  await fs.writeFile(path.join(dir, 'app.yaml'), 'displayName: A\n')
})
afterAll(() => fs.rm(dir, { recursive: true, force: true }))

async function write(text: string): Promise<string> {
  const file = path.join(dir, `m-${Math.random().toString(36).slice(2)}.yaml`)
  await fs.writeFile(file, text)
  return file
}

const message = (p: Promise<unknown>): Promise<string> =>
  p.then(
    () => 'no error',
    (e: Error) => e.message,
  )

test('a valid manifest: defaults merged, paths made absolute next to the manifest, labels given', async () => {
  const file = await write(`
connections:
  fabrikam: { env: FABRIKAM_CONNECTION, tenant: fab }
defaults:
  app: app.yaml
  assignmentMode: replace
apps:
  - package: a.intunewin
  - package: b.msi
    name: Putty
    connection: fabrikam
    assignmentMode: merge
`)
  const m = await loadManifest(file)
  expect(m.apps).toEqual([
    expect.objectContaining({
      index: 0,
      label: 'a.intunewin',
      connection: 'default',
      packagePath: path.join(dir, 'a.intunewin'),
      appTemplate: path.join(dir, 'app.yaml'),
      assignmentMode: 'replace',
    }),
    expect.objectContaining({ index: 1, label: 'Putty', connection: 'fabrikam', assignmentMode: 'merge' }),
  ])
  expect(m.connections.fabrikam).toEqual({ name: 'fabrikam', env: 'FABRIKAM_CONNECTION', tenant: 'fab' })
})

test('every problem at once, each naming the file and the field', async () => {
  const file = await write(`
connections:
  prod: { env: PROD_CONNECTION }
apps:
  - package: a.intunewin
    connection: prd
  - package: missing.intunewin
  - name: nothing to publish
  - package: a.intunewin
    appTemplate: app.yaml
`)
  const msg = await message(loadManifest(file))
  expect(msg).toContain('Invalid manifest')
  expect(msg).toContain(`${file}: apps[3].appTemplate: unknown key`)
  // Schema errors stop before the semantic checks; fix and look again.
  const fixed = await write(`
connections:
  prod: { env: PROD_CONNECTION }
apps:
  - package: a.intunewin
    connection: prd
  - package: missing.intunewin
  - name: nothing to publish
  - package: a.intunewin
    source: { dir: ., setupFile: x.ps1 }
`)
  const lines = (await message(loadManifest(fixed))).split('\n').slice(1)
  expect(lines).toEqual([
    `${fixed}: apps[0].connection: 'prd' is not a connection of this manifest (known: default, prod)`,
    `${fixed}: apps[2]: needs package (a file) or source (a folder)`,
    `${fixed}: apps[3]: give package or source, not both`,
    `${fixed}: apps[1].package: ${path.join(dir, 'missing.intunewin')}: not found`,
  ])
})

test('refused before reading: a missing file, a folder, an oversized file; YAML errors name file and line', async () => {
  expect(await message(loadManifest(path.join(dir, 'none.yaml')))).toMatch(/none\.yaml: file not found/)
  expect(await message(loadManifest(dir))).toMatch(/not a regular file/)
  const big = await write(`apps:\n${'  - package: a.intunewin\n'.repeat(50_000)}`)
  expect(await message(loadManifest(big))).toMatch(/more than the 1048576 a manifest may have/)
  const bad = await write('apps:\n  - package: [\n')
  expect(await message(loadManifest(bad))).toMatch(new RegExp(`${path.basename(bad)}:\\d+:\\d+: `))
})

test('named connections come from the environment, and a missing variable is one line naming the field', async () => {
  const file = await write(`
connections:
  prod: { env: PROD_CONNECTION }
  test: { env: TEST_CONNECTION }
apps:
  - { package: a.intunewin, connection: prod }
  - { package: b.msi, connection: test }
`)
  const m = await loadManifest(file)
  const json = JSON.stringify({ clientId: 'c', clientSecret: 's', tenantId: 't' })
  const got = manifestConnections(m, undefined, { PROD_CONNECTION: json, TEST_CONNECTION: json })
  expect(got.prod).toMatchObject({ settingName: 'prod', clientId: 'c' })
  expect(() => manifestConnections(m, undefined, { PROD_CONNECTION: json })).toThrow(
    `${file}: connections.test.env: TEST_CONNECTION is not set; map the connection's secret to it`,
  )
})

test('split by chunk and by tenant: shards cover every app once, budget divided among jobs per tenant', async () => {
  const entries = Array.from(
    { length: 10 },
    (_, i) => `  - { package: a.intunewin, connection: ${i < 6 ? 'a' : 'b'} }`,
  )
  const file = await write(`
connections:
  a: { env: A, tenant: contoso }
  b: { env: B, tenant: fabrikam }
apps:
${entries.join('\n')}
`)
  const m = await loadManifest(file)
  const chunks = splitManifest(m, 'chunk', 3)
  expect(chunks.map(s => [s.shard, s.apps, s.budgetShare])).toEqual([
    ['chunk:1/3', 4, 0.5],
    ['chunk:2/3', 4, 0.5],
    ['chunk:3/3', 2, 0.5],
  ])
  const covered = chunks.flatMap(s => selectShard(m, s.shard).apps.map(a => a.index))
  expect(covered).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9])
  const tenants = splitManifest(m, 'tenant')
  expect(tenants).toEqual([
    { shard: 'tenant:contoso', apps: 6, budgetShare: 1 },
    { shard: 'tenant:fabrikam', apps: 4, budgetShare: 1 },
  ])
  expect(JSON.parse(githubMatrix(tenants))).toEqual({
    include: [
      { shard: 'tenant:contoso', budgetShare: '1', apps: 6 },
      { shard: 'tenant:fabrikam', budgetShare: '1', apps: 4 },
    ],
  })
  expect(() => selectShard(m, 'chunk:4/3')).toThrow(/shard: chunk:4\/3/)
  expect(() => selectShard(m, 'tenant:nope')).toThrow(/no app of .* publishes to tenant 'nope'/)
})
