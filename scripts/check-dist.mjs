// Rebuilds the GitHub Action bundle into a scratch copy and fails when the committed
// actions/publish/dist differs (a stale bundle would ship old behaviour to `uses: .../actions/publish@v1`).
// Usage: node scripts/check-dist.mjs [--write]   (--write refreshes the committed dist instead)
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pnpmBin, root } from './pnpm.mjs'

const dist = join(root, 'actions', 'publish', 'dist')
const saved = mkdtempSync(join(tmpdir(), 'check-dist-'))
if (existsSync(dist)) cpSync(dist, saved, { recursive: true })
// ncc adds to dist/ without clearing it: start empty so a chunk the sources no longer make goes away.
rmSync(dist, { recursive: true, force: true })
const r = spawnSync(pnpmBin, ['--filter', '@intune-publish/action', 'bundle'], {
  cwd: root,
  encoding: 'utf8',
})
if (r.status !== 0) {
  console.error(`check-dist: the bundle build failed\n${r.stdout}\n${r.stderr}`)
  process.exit(1)
}
if (process.argv.includes('--write')) {
  console.log('check-dist: actions/publish/dist rebuilt')
  process.exit(0)
}
const names = dir => (existsSync(dir) ? readdirSync(dir).sort() : [])
const built = names(dist)
const committed = names(saved)
const differs = [...new Set([...built, ...committed])].filter(
  f =>
    !built.includes(f) ||
    !committed.includes(f) ||
    !readFileSync(join(dist, f)).equals(readFileSync(join(saved, f))),
)
// Put the committed files back so this check never changes the working tree.
rmSync(dist, { recursive: true, force: true })
cpSync(saved, dist, { recursive: true })
rmSync(saved, { recursive: true, force: true })
if (differs.length) {
  console.error(`check-dist: actions/publish/dist is stale (${differs.join(', ')}).`)
  console.error(
    'Run `node scripts/check-dist.mjs --write` (or pnpm --filter @intune-publish/action bundle) and commit dist/.',
  )
  process.exit(1)
}
console.log('check-dist: actions/publish/dist is current')
