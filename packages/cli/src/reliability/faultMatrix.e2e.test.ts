/**
 * The fault matrix, kept (issue 11; reliability review 2026-12): hostile inputs and moments, each run
 * through the CLI as a real process against the simulator. Each case ends in one of two outcomes:
 *   - a clean refusal: one `error:` line, exit code 2, no stack trace, no write to Intune, memory bounded;
 *   - the documented correct result (the assertion says which).
 * Every case runs under the watchdog in hostileRun.ts (256 MiB, 20 s). The kill -9 cases are in killResume.e2e.test.ts, the reader fuzz in
 * packages/intune-core/src/packages/readers.fuzz.test.ts. docs/reliability.md lists what each one shows.
 */
import { execFileSync } from 'node:child_process'
import { promises as fs, lstatSync, readlinkSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { cleanRefusal, refused, runHostile, runnerCommands } from './hostileRun'

jest.setTimeout(240_000)

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures')
const TINY = path.join(FIXTURES, 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin')
const FINANCE = '2d1b5d4c-3e6f-4071-8c8d-9e0f1a2b3c4d'
const PILOT = '1c0a4c3b-2d5e-4f60-9b7c-8d9e0f1a2b3c'
const INJECTED =
  'Inject\n::warning title=INJECTED-GH::x\n##vso[task.setvariable variable=INJECTED_ADO]pwned\n::stop-commands::x'
let sim: RunningSimulator
let tmp: string
let src: string

beforeAll(async () => {
  ;[sim, tmp] = await Promise.all([
    startSimulator({ stateDelayMs: 20 }),
    fs.mkdtemp(path.join(os.tmpdir(), 'fault-matrix-')),
  ])
  src = path.join(tmp, 'src')
  await fs.mkdir(src)
  await fs.writeFile(path.join(src, 'setup.exe'), 'MZ')
})
afterAll(async () => {
  await sim?.stop()
  if (tmp) await fs.rm(tmp, { recursive: true, force: true })
})
afterEach(() => sim.hooks.clear())

async function file(name: string, text: string): Promise<string> {
  const p = path.join(tmp, name)
  await fs.writeFile(p, text)
  return p
}

const win32Yaml = (name: string) =>
  [
    `displayName: ${JSON.stringify(name)}`,
    'description: fault matrix',
    'publisher: E2E',
    'installCommandLine: install.cmd',
    'uninstallCommandLine: uninstall.cmd',
    'detection:',
    '  - file: { path: "C:\\\\E2E", name: x.txt, check: exists }',
    '',
  ].join('\n')

describe('files we did not create are never deleted (F2)', () => {
  const pack = (out: string) => ['package', '--source', src, '--setup', 'setup.exe', '--out', out]

  test('--out a symlink: refused; the link and its target are untouched', async () => {
    const target = await file('precious.intunewin', 'precious')
    const link = path.join(tmp, 'link.intunewin')
    await fs.symlink(target, link)
    expect(cleanRefusal(await runHostile(sim, pack(link)))).toEqual(refused())
    expect(readlinkSync(link)).toBe(target)
    expect(await fs.readFile(target, 'utf8')).toBe('precious')
  })

  test('--out a FIFO: refused without blocking; the FIFO is still there', async () => {
    const fifo = path.join(tmp, 'pipe.intunewin')
    execFileSync('mkfifo', [fifo])
    expect(cleanRefusal(await runHostile(sim, pack(fifo)))).toEqual(refused())
    expect(lstatSync(fifo).isFIFO()).toBe(true)
  })

  test('--out /dev/full (a character device): refused; the device is still there', async () => {
    expect(cleanRefusal(await runHostile(sim, pack('/dev/full')))).toEqual(refused())
    expect(lstatSync('/dev/full').isCharacterDevice()).toBe(true)
  })
})

/** A package or template the reader refuses is bad input (issue 11 item 8): exit 2, as for flags and files. */
const refusedToday = (code: number | null) => {
  expect(code).toBe(2)
  return { ...refused(), code }
}

describe('crafted and broken packages are refused before anything is written', () => {
  test('a package that does not exist', async () => {
    const app = await file('missing.yaml', win32Yaml('Matrix missing'))
    const r = await runHostile(sim, ['publish', '--package', path.join(tmp, 'nope.intunewin'), '--app', app])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })

  test('a .intunewin cut in half', async () => {
    const cut = path.join(tmp, 'cut.intunewin')
    const bytes = await fs.readFile(TINY)
    await fs.writeFile(cut, bytes.subarray(0, bytes.length >> 1))
    const app = await file('cut.yaml', win32Yaml('Matrix cut'))
    const r = await runHostile(sim, ['publish', '--package', cut, '--app', app])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })

  test('an .ipa that is not a zip', async () => {
    const app = await file('ipa.yaml', 'displayName: Matrix ipa\ndescription: x\npublisher: E2E\n')
    const ipa = path.join(FIXTURES, 'ipa/invalid-fastlane-not-an-ipa.ipa')
    const r = await runHostile(sim, ['publish', '--package', ipa, '--app', app])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })
})

describe('no injected runner command (F3)', () => {
  test('template text with line breaks, :: and ##vso[ is neutralised', async () => {
    const app = await file('inject.yaml', win32Yaml(INJECTED))
    const r = await runHostile(sim, ['plan', '--package', TINY, '--app', app])
    expect(r.code).toBe(0)
    expect(runnerCommands(r.stdout + r.stderr)).toEqual([])
  })
})

describe('ids are checked before they go into a URL (F4)', () => {
  test('--app-id ../../deviceManagement is refused and nothing is requested', async () => {
    const app = await file('appid.yaml', win32Yaml('Matrix app id'))
    const logAt = sim.state.requestLog.length
    const r = await runHostile(sim, [
      'plan',
      '--package',
      TINY,
      '--app',
      app,
      '--app-id',
      '../../deviceManagement',
    ])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
    expect(sim.state.requestLog.slice(logAt).filter(e => /deviceManagement(\?|$)/.test(e.path))).toEqual([])
  })
})

describe('bounded and regular-file-only reads (F5, F6)', () => {
  test('--package a FIFO: refused, never blocks', async () => {
    const fifo = path.join(tmp, 'pkg-fifo.intunewin')
    execFileSync('mkfifo', [fifo])
    const app = await file('fifo.yaml', win32Yaml('Matrix fifo'))
    const r = await runHostile(sim, ['publish', '--package', fifo, '--app', app])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })

  test('INTUNE_CONNECTION=@/dev/zero: refused within bounded memory', async () => {
    const app = await file('zero.yaml', win32Yaml('Matrix zero connection'))
    const r = await runHostile(sim, ['plan', '--package', TINY, '--app', app], {
      env: { INTUNE_CONNECTION: '@/dev/zero' },
    })
    expect(cleanRefusal(r)).toEqual(refused())
  })

  test('--app /dev/zero: refused within bounded memory', async () => {
    const r = await runHostile(sim, ['plan', '--package', TINY, '--app', '/dev/zero'])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })

  test('a 60 MB notes value: refused before any write', async () => {
    const app = path.join(tmp, 'notes.yaml')
    await fs.writeFile(app, `${win32Yaml('Matrix notes')}notes: ${'n'.repeat(60 * 1024 * 1024)}\n`)
    const r = await runHostile(sim, ['publish', '--package', TINY, '--app', app])
    expect(cleanRefusal(r)).toEqual(refusedToday(r.code))
  })
})

describe('no foreign assignment removed (F1)', () => {
  test('an admin adds Finance=required while the publish uploads: it survives, and ours is added', async () => {
    const app = await file('race.yaml', win32Yaml('Matrix race'))
    const assignments = await file(
      'race-assign.yaml',
      `assignments:\n  - { intent: available, groupId: ${PILOT} }\n`,
    )
    // Inside our commit, after the plan read the (empty) set: the admin's change lands mid-run.
    sim.hooks.before({ method: 'POST', path: /\/files\/[^/]+\/commit$/ }, ctx => {
      const appId = /mobileApps\/([^/]+)\//.exec(ctx.path)?.[1] as string
      const target = sim.state.apps.get(appId.toLowerCase())
      target?.assignments.push({
        '@odata.type': '#microsoft.graph.mobileAppAssignment',
        id: `${FINANCE}_1_0`,
        intent: 'required',
        source: 'direct',
        sourceId: null,
        target: {
          '@odata.type': '#microsoft.graph.groupAssignmentTarget',
          groupId: FINANCE,
          deviceAndAppManagementAssignmentFilterId: null,
          deviceAndAppManagementAssignmentFilterType: 'none',
        },
        settings: null,
      })
    })
    const r = await runHostile(sim, [
      'publish',
      '--package',
      TINY,
      '--app',
      app,
      '--assignments',
      assignments,
    ])
    expect(r.code).toBe(0)
    const [published] = [...sim.state.apps.values()].filter(a => a.props.displayName === 'Matrix race')
    expect(
      published.assignments
        .map(a => `${String(a.intent)}:${String((a.target as { groupId: string }).groupId)}`)
        .sort(),
    ).toEqual([`available:${PILOT}`, `required:${FINANCE}`].sort())
    expect(r.graphWrites.some(w => w.endsWith('/assign'))).toBe(false)
  })
})
