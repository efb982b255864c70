/**
 * Live mode's own code, tested against the simulator (no tenant needed): transcripts are written and
 * sanitized, everything the run created is deleted at the end (also after a failure), nothing else is.
 */
import { execFileSync } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { RunningSimulator } from '@intune-publish/sim'
import { appsWhere, capturingLogger, fixture, publishInputs, startTestSim } from '../publishHarness'
import { scenarios } from '../transcripts/scenarios'
import { cleanupRun, runPrefix } from './cleanupRun'
import { liveScenarios } from './liveScenarios'
import { runLive, unexpected } from './runLive'

jest.setTimeout(120_000)

let sim: RunningSimulator
let out: string
beforeAll(async () => {
  sim = await startTestSim()
  out = await mkdtemp(join(tmpdir(), 'ipub-live-test-'))
})
afterAll(async () => {
  await sim?.stop()
  await rm(out, { recursive: true, force: true })
})

const target = () => ({ connection: publishInputs(sim, {}).connection, group: { group: 'Pilot Users' } })
const named = (prefix: string) => appsWhere(sim, p => String(p.displayName).startsWith(prefix))

test('a run writes one sanitized transcript per phase and deletes only its own apps', async () => {
  const prefix = runPrefix()
  // An admin's app with the same identity (package id) as a scenario's: that scenario is skipped.
  await (
    await import('../../publish/publish')
  ).publish(
    publishInputs(sim, {
      packagePath: fixture('apk/icyleaf-android.apk'),
      appTemplate: { displayName: 'ipub-live admin app', description: 'd', publisher: 'p' },
    }),
    capturingLogger(),
  )
  const all = await liveScenarios(prefix, { group: 'Pilot Users' })
  const picked = all.filter(s => s.name === 'androidLobApp' || s.name === 'win32LobApp-source')
  const dir = join(out, 'run1')
  const log = capturingLogger()
  const report = await runLive(target(), picked, { prefix, outDir: dir, log })
  expect(unexpected(report)).toEqual([])
  expect(report.skipped).toEqual([
    expect.stringContaining('androidLobApp: the tenant already holds an app with this identity'),
  ])
  expect(report.results.map(r => `${r.scenario} ${r.phase} ${r.status}`)).toEqual([
    'win32LobApp-source create created',
    'win32LobApp-source update updated',
    'win32LobApp-source rerun unchanged',
  ])
  expect(report.cleanup.deleted).toHaveLength(1)
  expect(report.cleanup.failed).toEqual([])
  expect(named(prefix)).toEqual([])
  const admin = appsWhere(sim, p => p.displayName === 'ipub-live admin app')
  expect(admin).toHaveLength(1)
  expect(admin[0].props.description).toBe('d')
  const files = (await readdir(dir)).sort()
  expect(files).toHaveLength(3)
  const secret = String(sim.connection.clientSecret)
  for (const f of files) {
    const text = await readFile(join(dir, f), 'utf8')
    expect(text).not.toContain(secret)
    expect(text).not.toMatch(/sig=|eyJ[A-Za-z0-9_-]{8,}\./)
    // The prefix is taken out, so a tenant's transcript lines up with the simulator's.
    expect(text).not.toContain(prefix.trim())
  }
})

test("the update assigns the maintainer's group", async () => {
  const prefix = runPrefix()
  const pkg = (await liveScenarios(prefix, { group: 'Pilot Users' })).filter(s => s.appType === 'macOSPkgApp')
  const dir = join(out, 'run3')
  const report = await runLive(target(), pkg, { prefix, outDir: dir, log: capturingLogger() })
  expect(unexpected(report)).toEqual([])
  expect(await readFile(join(dir, 'macOSPkgApp.update.txt'), 'utf8')).toMatch(
    /POST graph \/\S+\/assign(ments)? → 20\d/,
  )
  expect(named(prefix)).toEqual([])
})

test('after a failure part way, the run still deletes everything it created', async () => {
  const prefix = runPrefix()
  const [win32] = scenarios(prefix)
  // The update's upload fails for good: the run throws nothing, reports the failure, and cleans up.
  sim.faults.content?.failNextCommits(2)
  const report = await runLive(target(), [{ ...win32, update: { packagePath: win32.update.packagePath } }], {
    prefix,
    outDir: join(out, 'run2'),
    log: capturingLogger(),
  })
  sim.faults.content?.reset()
  expect(unexpected(report).map(r => r.phase)).toEqual(['create'])
  expect(report.cleanup.failed).toEqual([])
  expect(named(prefix)).toEqual([])
})

test('cleanup refuses a prefix that is not a live-run prefix', async () => {
  await expect(cleanupRun(target().connection, 'Wire ', capturingLogger())).rejects.toThrow(
    /not a live-run prefix/,
  )
})

test('live-diff: the same transcripts agree; a changed line is shown and fails', async () => {
  const a = join(out, 'diff-a')
  const b = join(out, 'diff-b')
  const script = resolve(__dirname, '../../../../../scripts/live-diff.mjs')
  for (const d of [a, b]) {
    await rm(d, { recursive: true, force: true })
    await (await import('node:fs/promises')).mkdir(d)
    await writeFile(join(d, 'x.create.txt'), 'GET graph /v1.0/x → 200\n')
  }
  expect(execFileSync(process.execPath, [script, a, b], { encoding: 'utf8' })).toMatch(
    /1 transcript\(s\) agree/,
  )
  await writeFile(join(b, 'x.create.txt'), 'GET graph /beta/x → 200\n')
  let failed: { status?: number; stdout?: string } = {}
  try {
    execFileSync(process.execPath, [script, a, b], { encoding: 'utf8' })
  } catch (e) {
    failed = e as { status?: number; stdout?: string }
  }
  expect(failed.status).toBe(1)
  // a is the tenant's, b the simulator's.
  expect(failed.stdout).toContain('- GET graph /beta/x → 200')
  expect(failed.stdout).toContain('+ GET graph /v1.0/x → 200')
})
