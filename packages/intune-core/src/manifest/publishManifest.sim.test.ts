/**
 * A manifest run against the simulator: one sign-in for the connection however many apps, its check made
 * on the same session, and a 429 that still arrives honoured (Retry-After) and counted.
 */
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { silentLogger } from '../logger'
import { clearRegisteredSecrets } from '../sanitize'
import { simConnection } from '../test-support/simConnection'
import { loadManifest } from './loadManifest'
import { publishManifest } from './publishManifest'

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures')
let sim: RunningSimulator
let tmp: string

beforeAll(async () => {
  sim = await startSimulator({ stateDelayMs: 20 })
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'manifest-run-'))
  const base = [
    'publisher: Contoso',
    'description: d',
    'installCommandLine: a.exe',
    'uninstallCommandLine: b.exe',
    'detection:',
    "  - file: { path: 'C:\\\\P', name: t.exe, check: exists }",
  ].join('\n')
  const apps: string[] = []
  for (const i of [1, 2, 3]) {
    await fs.writeFile(path.join(tmp, `a${i}.yaml`), `${base}\ndisplayName: Run app ${i}\n`)
    apps.push(`  - { package: ${FIXTURES}/intunewin/msft-1.8.4.0-7zip-tiny.intunewin, app: a${i}.yaml }`)
  }
  await fs.writeFile(path.join(tmp, 'apps.yaml'), `apps:\n${apps.join('\n')}\n`)
})
afterAll(async () => {
  await sim?.stop()
  await fs.rm(tmp, { recursive: true, force: true })
  clearRegisteredSecrets()
})

test('three apps, one sign-in with its check on the same session; an injected 429 is waited out', async () => {
  sim.faults.graph.add({ method: 'POST', pathContains: '/mobileApps', status: 429, retryAfter: 1, count: 1 })
  const tokensBefore = sim.state.issued.tokens
  const run = await publishManifest(await loadManifest(path.join(tmp, 'apps.yaml')), silentLogger, {
    defaultConnection: simConnection(sim, {
      clientId: sim.connection.clientId,
      clientSecret: sim.connection.clientSecret,
    }),
    checkConnections: true,
    env: {},
  })
  expect(run.rows.map(r => r.status)).toEqual(['created', 'created', 'created'])
  expect(run.checks.default).toMatchObject({ status: 'Connected', graphReachable: true })
  expect(sim.state.issued.tokens - tokensBefore).toBe(1)
  expect(run.budget.throttled).toBe(1)
  expect(sim.state.requestLog.filter(e => e.status === 429)).toHaveLength(1)
})

test('a connection that cannot sign in: its check says why, and each of its apps fails with that line', async () => {
  const run = await publishManifest(await loadManifest(path.join(tmp, 'apps.yaml')), silentLogger, {
    defaultConnection: simConnection(sim, { clientId: sim.connection.clientId, clientSecret: 'wrong' }),
    checkConnections: true,
    env: {},
  })
  expect(run.checks.default.status).toBe('Error')
  expect(run.failed).toBe(3)
  expect(new Set(run.rows.map(r => r.error)).size).toBe(1)
  expect(run.rows[0].error).toMatch(/AADSTS7000215|secret/i)
})
