/**
 * The task bundle for the tests: built with ncc unless dist/index.js is already newer than everything it
 * is made from (build-vsix, which `npm test` runs first, has just built it).
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const ROOT = path.resolve(__dirname, '../..')
export const TASK_DIR = path.join(ROOT, 'azure-devops-task/IntunePublishV1')
const SOURCES = [
  path.join(TASK_DIR, 'src'),
  path.join(ROOT, 'packages/adapter/dist'),
  path.join(ROOT, 'packages/intune-core/dist'),
  path.join(ROOT, 'azure-devops-task/package.json'),
]

function newest(p: string): number {
  const st = statSync(p)
  if (!st.isDirectory()) return st.mtimeMs
  let t = 0
  for (const e of readdirSync(p)) {
    if (e.endsWith('.test.ts') || e === 'test-support') continue
    t = Math.max(t, newest(path.join(p, e)))
  }
  return t
}

export function ensureTaskBundle(): string {
  const bundle = path.join(TASK_DIR, 'dist/index.js')
  const fresh = existsSync(bundle) && statSync(bundle).mtimeMs > Math.max(...SOURCES.map(newest))
  if (!fresh) {
    const pnpm = path.join(ROOT, '.tools/node_modules/.bin/pnpm')
    const r = spawnSync(pnpm, ['--filter', '@intune-publish/azure-devops', 'bundle'], {
      cwd: ROOT,
      encoding: 'utf8',
    })
    if (r.status !== 0) throw new Error(`task bundle failed:\n${r.stdout}\n${r.stderr}`)
  }
  return bundle
}
