/**
 * Golden wire transcripts: what the client sends for each app type when it creates, updates and re-runs,
 * recorded from undici's diagnostics channels, normalized and sanitized, compared with the checked-in
 * files in ./transcripts. A change to the wire shows up in review. Regenerate: `npm run transcripts:update`.
 */
import { join } from 'node:path'
import type { RunningSimulator } from '@intune-publish/sim'
import { capturingLogger, publishInputs, startTestSim } from '../test-support/publishHarness'
import { checkTranscript } from '../test-support/transcripts/compareTranscript'
import { normalizeTranscript } from '../test-support/transcripts/normalizeTranscript'
import { recordWire } from '../test-support/transcripts/recordWire'
import { PHASES, phaseInputs, scenarios } from '../test-support/transcripts/scenarios'
import { publish } from './publish'

jest.setTimeout(120_000)

const DIR = join(__dirname, 'transcripts')
let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSim()
})
afterAll(async () => {
  await sim?.stop()
})

const EXPECTED_STATUS = { create: 'created', update: 'updated', rerun: 'unchanged' }

test.each(scenarios().map(s => [s.name, s] as const))('%s: create, update, re-run', async (_name, s) => {
  for (const phase of PHASES) {
    const rec = recordWire({ login: [sim.authUrl], graph: [sim.graphUrl] })
    let status: string
    try {
      const r = await publish(publishInputs(sim, phaseInputs(s, phase)), capturingLogger(), s.opts)
      status = r.status
    } finally {
      rec.stop()
    }
    expect([phase, status]).toEqual([phase, EXPECTED_STATUS[phase]])
    const text = normalizeTranscript(rec.entries, {
      [sim.graphUrl]: 'https://graph',
      [sim.authUrl]: 'https://login',
    })
    // Sanitized: no signature, token or key, whatever the normalizer kept.
    expect(text).not.toMatch(/sig=|eyJ[A-Za-z0-9_-]{8,}\.|client_secret=(?!REDACTED)/)
    checkTranscript(join(DIR, `${s.name}.${phase}.txt`), text)
  }
})
