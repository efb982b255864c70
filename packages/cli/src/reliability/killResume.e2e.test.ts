/**
 * Kill and resume (issue 11 acceptance): the CLI, as a real process, publishes a 200 MB .intunewin to the
 * simulator and is killed with SIGKILL part way, at several points; each re-run resumes. The last run ends
 * with one published app and no uncommitted content version, and after a kill at about 90% the re-run
 * sends at most 15% of the bytes (measured at the simulator's blob front, not taken from our own logs).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { packageIntunewin } from '@intune-publish/core'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'

jest.setTimeout(240_000)

const CLI = path.resolve(__dirname, '../../dist/cli.js')
const MB = 1024 * 1024
let sim: RunningSimulator
let tmp: string
let pkg: string
let appYaml: string
let payload: number

beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'kill-resume-'))
  const src = path.join(tmp, 'src')
  await fs.mkdir(src)
  // Random bytes, so the payload stays 200 MB after compression. Written in 8 MiB pieces (bounded memory).
  const fh = await fs.open(path.join(src, 'setup.exe'), 'w')
  for (let i = 0; i < 25; i++) await fh.write(randomBytes(8 * MB))
  await fh.close()
  pkg = path.join(tmp, 'big.intunewin')
  // The fastest level: random bytes don't compress, and level 6 on 200 MB would dominate the test's time.
  const made = await packageIntunewin({
    sourceDir: src,
    setupFile: 'setup.exe',
    outFile: pkg,
    compressionLevel: 1,
  })
  payload = made.encryptedSize
  await fs.rm(src, { recursive: true })
  appYaml = path.join(tmp, 'app.yaml')
  await fs.writeFile(
    appYaml,
    [
      'displayName: Kill Resume',
      'description: kill -9 test',
      'publisher: E2E',
      'installCommandLine: setup.exe',
      'uninstallCommandLine: setup.exe /u',
      'detection:',
      '  - file: { path: "C:\\\\E2E", name: x.txt, check: exists }',
      '',
    ].join('\n'),
  )
  sim = await startSimulator({ stateDelayMs: 20 })
})
afterAll(async () => {
  await sim?.stop()
  if (tmp) await fs.rm(tmp, { recursive: true, force: true })
})

/** Blob bytes the simulator has received so far (Put Block bodies and block lists). */
const received = () => sim.blob?.faults.stats.bytesReceived ?? 0

function start(): {
  child: ChildProcess
  done: Promise<{ code: number | null; signal: string | null; out: string }>
} {
  // A clean environment: nothing from the developer's shell (INTUNE_*, proxies, extra CAs) leaks in.
  const env = { PATH: process.env.PATH ?? '', INTUNE_CONNECTION: JSON.stringify(sim.connection) }
  const child = spawn(process.execPath, [CLI, 'publish', '--package', pkg, '--app', appYaml, '--json'], {
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()))
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()))
  const done = new Promise<{ code: number | null; signal: string | null; out: string }>(resolve =>
    child.on('exit', (code, signal) => resolve({ code, signal, out })),
  )
  return { child, done }
}

/** Runs the CLI and kills it with SIGKILL once the blob front has seen `atBytes` more bytes. */
async function runKilledAt(atBytes: number): Promise<number> {
  const from = received()
  const { child, done } = start()
  const timer = setInterval(() => {
    if (received() - from >= atBytes) child.kill('SIGKILL')
  }, 5)
  const r = await done.finally(() => clearInterval(timer))
  expect(r.signal).toBe('SIGKILL')
  return received() - from
}

async function runToEnd(): Promise<{ sent: number; json: { status: string; appId: string } }> {
  const from = received()
  const r = await start().done
  if (r.code !== 0) throw new Error(`the CLI failed:\n${r.out}`)
  const json = JSON.parse(r.out.trim().split('\n').at(-1) as string) as { status: string; appId: string }
  return { sent: received() - from, json }
}

const apps = () => [...sim.state.apps.values()].filter(a => a.props.displayName === 'Kill Resume')

test('kill -9 before the upload, at 30% and at 90%: each re-run resumes, the last sends at most 15%', async () => {
  // 1. Killed inside its first content-version request: the app exists, nothing is uploaded.
  const first = start()
  sim.hooks.before({ method: 'POST', path: /\/contentVersions$/ }, () => void first.child.kill('SIGKILL'))
  expect((await first.done).signal).toBe('SIGKILL')
  expect(apps()).toHaveLength(1)

  // 2. Re-run, killed at about 30% of the payload; 3. re-run, killed once about 90% is stored in all.
  const sent30 = await runKilledAt(0.3 * payload)
  await runKilledAt(0.9 * payload - sent30)
  expect(apps()).toHaveLength(1)
  expect(apps()[0].contentVersions).toHaveLength(1)

  // 4. The last re-run finishes, sending only the blocks the kills lost.
  const last = await runToEnd()
  expect(last.json.status).toBe('created')
  expect(last.sent).toBeLessThanOrEqual(0.15 * payload)
  process.stdout.write(
    `kill-resume: payload ${(payload / MB).toFixed(0)} MiB; after the kill at 90% the re-run sent ${(last.sent / MB).toFixed(1)} MiB (${((100 * last.sent) / payload).toFixed(1)}%)\n`,
  )

  // One app, published, one content version (committed): nothing stray left.
  const [app] = apps()
  expect(apps()).toHaveLength(1)
  expect(app.id).toBe(last.json.appId)
  expect(app.props.publishingState).toBe('published')
  expect(app.contentVersions.map(cv => cv.id)).toEqual([app.props.committedContentVersion])
  expect(app.contentVersions[0].files.map(f => f.uploadState)).toEqual(['commitFileSuccess'])
  expect(sim.faults.content?.commits.filter(c => c.appId === app.id).map(c => c.ok)).toEqual([true])

  // 5. And a further run changes nothing.
  const again = await runToEnd()
  expect(again.json.status).toBe('unchanged')
  expect(again.sent).toBe(0)
})
