// Makes a fresh clone runnable with nothing but Node and npm: a pinned pnpm in a local
// prefix (no global install), then a frozen install and a build only when something changed.
import { execFileSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { pnpmBin, root } from './pnpm.mjs'

const PNPM_VERSION = '12.21.0'

function run(cmd, args, opts = {}) {
  execFileSync(cmd, args, { stdio: 'inherit', cwd: root, ...opts })
}

if (!existsSync(pnpmBin)) {
  console.log(`bootstrap: installing pnpm ${PNPM_VERSION} into .tools/`)
  run('npm', [
    'install',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    '--prefix',
    join(root, '.tools'),
    `pnpm@${PNPM_VERSION}`,
  ])
}

const lock = join(root, 'pnpm-lock.yaml')
const stamp = join(root, 'node_modules', '.modules.yaml')
const installed = existsSync(stamp) && existsSync(lock) && statSync(stamp).mtimeMs >= statSync(lock).mtimeMs
if (!installed) {
  const frozen = existsSync(lock) && process.env.INTUNE_PUBLISH_UNFROZEN !== '1'
  run(pnpmBin, ['install', frozen ? '--frozen-lockfile' : '--no-frozen-lockfile', '--reporter=append-only'])
}

if (process.argv.includes('--build') || !existsSync(join(root, 'packages', 'cli', 'dist', 'cli.js'))) {
  run(pnpmBin, ['exec', 'tsc', '-b'])
}
