/**
 * The suite passes whatever the developer's shell holds (issue 11 item 11): an extra CA from another
 * simulator, a leftover connection, a proxy.
 */
import { execFileSync } from 'node:child_process'
import { resolve } from 'node:path'
import type { RunningSimulator } from '@intune-publish/sim'
import { capturingLogger, fixture, publishInputs, startTestSim } from '../test-support/publishHarness'
import { publish } from './publish'

let sim: RunningSimulator
let other: RunningSimulator
beforeAll(async () => {
  ;[sim, other] = await Promise.all([startTestSim(), startTestSim({ blob: false })])
})
afterAll(async () => {
  await Promise.all([sim?.stop(), other?.stop()])
})

test("a publish works with NODE_EXTRA_CA_CERTS pointing at another simulator's CA", async () => {
  const r = await publish(
    publishInputs(sim, {
      packagePath: fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin'),
      appTemplate: {
        displayName: 'E2E other CA',
        description: 'd',
        publisher: 'E2E',
        installCommandLine: 'install.cmd',
        uninstallCommandLine: 'uninstall.cmd',
        detection: [{ file: { path: 'C:\\E2E', name: 'x.txt', check: 'exists' } }],
      },
    }),
    capturingLogger(),
    { env: { NODE_EXTRA_CA_CERTS: other.caFile } },
  )
  expect(r.status).toBe('created')
})

test('the jest setup removes INTUNE_*, proxy and extra-CA variables before any test runs', () => {
  const setup = resolve(__dirname, '../../../../scripts/jest-hermetic-env.cjs')
  const out = execFileSync(
    process.execPath,
    ['-r', setup, '-p', 'JSON.stringify(Object.keys(process.env))'],
    {
      env: {
        PATH: process.env.PATH,
        INTUNE_CONNECTION: '{"tenantId":"x"}',
        INTUNE_LIVE_CONNECTION: '{}',
        HTTPS_PROXY: 'http://127.0.0.1:9',
        http_proxy: 'http://127.0.0.1:9',
        NO_PROXY: '*',
        NODE_EXTRA_CA_CERTS: other.caFile,
        KEEP_ME: '1',
      },
      encoding: 'utf8',
    },
  )
  expect(JSON.parse(out)).toEqual(['PATH', 'KEEP_ME'])
})
