/**
 * An untrusted TLS certificate (a TLS-inspecting proxy, the simulator's CA not given) is named as such,
 * with the CA options, instead of MSAL's bare endpoints_resolution_error (issue 11, item 8).
 */
import type { RunningSimulator } from '@intune-publish/sim'
import { checkConnection } from '../checkConnection'
import { capturingLogger, startTestSim } from '../test-support/publishHarness'
import { simConnection } from '../test-support/simConnection'

let sim: RunningSimulator
beforeAll(async () => {
  sim = await startTestSim()
})
afterAll(() => sim?.stop())

test('sign-in against a certificate nobody trusts names TLS, the host and the CA options', async () => {
  const connection = simConnection(sim, {
    clientId: sim.connection.clientId,
    clientSecret: sim.connection.clientSecret,
    caPem: undefined,
  })
  const result = await checkConnection(connection, capturingLogger(), { env: {} })
  expect(result.status).toBe('Error')
  const host = new URL(sim.authUrl).host
  expect(result.error).toMatch(
    new RegExp(
      `^Sign-in failed: TLS to ${host.replace(/[.]/g, '\\.')} failed: its certificate is not signed by a CA this runner trusts \\((SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\\)`,
    ),
  )
  expect(result.error).toContain('ca-file')
  expect(result.error).not.toContain('endpoints_resolution_error')
})
