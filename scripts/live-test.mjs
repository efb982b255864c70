#!/usr/bin/env node
// `npm run test:live`: runs the live scenarios (a real tenant, then the simulator) and diffs their wire
// transcripts. Needs INTUNE_LIVE_CONNECTION and INTUNE_LIVE_GROUP or INTUNE_LIVE_GROUP_ID (docs/live-testing.md).
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { join } from 'node:path'

const root = join(import.meta.dirname, '..')
if (!process.env.INTUNE_LIVE_CONNECTION) {
  console.error(
    "INTUNE_LIVE_CONNECTION is not set: INTUNE_LIVE_CONNECTION='<connection JSON>' npm run test:live",
  )
  console.error('See docs/live-testing.md for the test tenant app registration it needs.')
  process.exit(2)
}
const out = process.env.INTUNE_LIVE_OUT ?? join(root, 'live-transcripts')
rmSync(out, { recursive: true, force: true })
const jest = spawnSync(
  process.execPath,
  [
    join(root, 'node_modules/jest/bin/jest.js'),
    '--config',
    join(root, 'jest.live.config.cjs'),
    '--runInBand',
  ],
  { stdio: 'inherit', env: { ...process.env, INTUNE_LIVE_OUT: out } },
)
const diff = spawnSync(
  process.execPath,
  [join(import.meta.dirname, 'live-diff.mjs'), join(out, 'tenant'), join(out, 'simulator')],
  {
    stdio: 'inherit',
  },
)
console.log(`transcripts: ${out}/tenant and ${out}/simulator`)
process.exit(jest.status || diff.status || 0)
