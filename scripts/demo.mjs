// `npm run demo`: start the local Intune simulator, then run the main job against it the way a CI
// pipeline would (through the CLI), and stop the simulator again. Prints every step.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { root } from './pnpm.mjs'

const cli = join(root, 'packages', 'cli', 'dist', 'cli.js')
const simCli = join(root, 'packages', 'intune-sim', 'dist', 'cli.js')
const demo = join(root, 'docs', 'examples', 'demo')

// Simulated devices take 1-3 s to install, so the ring promotion below can wait for them.
function startSimulator() {
  const args = [simCli, '--device-install-delay-ms', '2000']
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] })
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout })
    lines.once('line', line => resolve({ child, ready: JSON.parse(line) }))
    child.once('exit', code => reject(new Error(`simulator exited early (${code})`)))
  })
}

function step(title, args, env, expected = 0) {
  console.log(`\n$ intune-publish ${args.join(' ')}`)
  const r = spawnSync(process.execPath, [cli, ...args], { stdio: 'inherit', env, cwd: root })
  if (r.status !== expected) throw new Error(`${title} failed (exit ${r.status})`)
}

/** Release rings: into pilot, a promote refused while devices install (exit 3), then the one that passes. */
function ringPromotion(pkg, env) {
  const app = join(demo, 'ring-app.yaml')
  const rings = join(demo, 'rings.yaml')
  console.log(
    '\nRelease rings: publish into pilot, then promote to broad once the pilot devices installed it.',
  )
  step('publish into pilot', ['publish', '--package', pkg, '--app', app, '--assignments', rings], env)
  const promote = ['promote', '--package', pkg, '--app', app, '--assignments', rings]
  console.log('\nThe pilot devices are still installing: the gate refuses (exit 3) and shows the figures.')
  step('promote (not due)', promote, env, 3)
  console.log('\nWaiting for the simulated devices to install...')
  spawnSync(process.execPath, ['-e', 'setTimeout(() => {}, 3500)'])
  step('promote', promote, env)
}

const { child, ready } = await startSimulator()
const work = mkdtempSync(join(tmpdir(), 'intune-demo-'))
let failed = false
try {
  console.log(`Simulator ready: Graph ${ready.graphUrl}, token endpoint ${ready.authUrl}`)
  const env = {
    ...process.env,
    INTUNE_CONNECTION: JSON.stringify(ready.connection),
    INTUNE_CA_FILE: ready.caFile,
  }
  step('check-connection', ['check-connection'], env)
  if (existsSync(join(root, 'packages', 'cli', 'dist', 'commands', 'publish.js'))) {
    const pkg = join(work, 'hello-intune.intunewin')
    step(
      'package',
      ['package', '--source', join(demo, 'sample-app'), '--setup', 'install.ps1', '--out', pkg],
      env,
    )
    const publish = [
      'publish',
      '--package',
      pkg,
      '--app',
      join(demo, 'app.yaml'),
      '--assignments',
      join(demo, 'assignments.yaml'),
    ]
    step('publish', publish, env)
    console.log('\nRe-running the same publish: nothing should change.')
    step('publish again', publish, env)
    ringPromotion(pkg, env)
  }
} catch (e) {
  failed = true
  console.error(`demo: ${e.message}`)
} finally {
  child.kill('SIGTERM')
  rmSync(work, { recursive: true, force: true })
}
process.exit(failed ? 1 : 0)
