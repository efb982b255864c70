// Runs the repo-local pnpm with the given arguments; also exports where it lives.
import { spawnSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const pnpmBin = join(root, '.tools', 'node_modules', '.bin', 'pnpm')

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const r = spawnSync(pnpmBin, process.argv.slice(2), { stdio: 'inherit', cwd: root })
  process.exit(r.status ?? 1)
}
