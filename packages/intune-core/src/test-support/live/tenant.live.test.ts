/**
 * Live mode (`npm run test:live`, never part of `npm test`): the end-to-end scenarios against the real
 * tenant in INTUNE_LIVE_CONNECTION, then the same scenarios against a fresh simulator, each writing its
 * wire transcripts; scripts/live-diff.mjs compares the two. Everything the run creates carries its prefix
 * and is deleted at the end, also after a failure. Setup: docs/live-testing.md.
 */
import { join, resolve } from 'node:path'
import { readJsonOrFile } from '../../connection/readConnectionFromEnv'
import { capturingLogger, publishInputs, startTestSim } from '../publishHarness'
import { runPrefix } from './cleanupRun'
import { liveScenarios } from './liveScenarios'
import { runLive, unexpected } from './runLive'

jest.setTimeout(60 * 60_000)

const env = process.env
const OUT = resolve(env.INTUNE_LIVE_OUT ?? join(__dirname, '../../../../../live-transcripts'))
const group = env.INTUNE_LIVE_GROUP_ID
  ? { groupId: env.INTUNE_LIVE_GROUP_ID }
  : { group: env.INTUNE_LIVE_GROUP }

test('the scenarios pass against the tenant, and everything the run made is gone', async () => {
  if (!env.INTUNE_LIVE_CONNECTION) throw new Error('INTUNE_LIVE_CONNECTION is not set (docs/live-testing.md)')
  if (!group.group && !group.groupId)
    throw new Error('Set INTUNE_LIVE_GROUP (a display name) or INTUNE_LIVE_GROUP_ID')
  const connection = readJsonOrFile(env.INTUNE_LIVE_CONNECTION, 'INTUNE_LIVE_CONNECTION')
  const prefix = runPrefix()
  const log = capturingLogger()
  const report = await runLive({ connection, group, env }, await liveScenarios(prefix, group), {
    prefix,
    outDir: join(OUT, 'tenant'),
    log,
  })
  for (const s of report.skipped) console.warn(`skipped ${s}`)
  expect(report.cleanup.failed).toEqual([])
  expect(unexpected(report)).toEqual([])
})

test('the same scenarios against the simulator, for the diff', async () => {
  const sim = await startTestSim()
  try {
    const prefix = runPrefix()
    const report = await runLive(
      { connection: publishInputs(sim, {}).connection, group: { group: 'Pilot Users' } },
      await liveScenarios(prefix, { group: 'Pilot Users' }),
      { prefix, outDir: join(OUT, 'simulator'), log: capturingLogger() },
    )
    expect(unexpected(report)).toEqual([])
  } finally {
    await sim.stop()
  }
})
