/**
 * The Azure DevOps task: the bundle is built once (ncc, CommonJS; not committed), then run
 * - through task-lib's MockTestRunner, offline (L0: input handling, no network), and
 * - black-box against the local Intune simulator with the endpoint passed as the agent passes it.
 * Debug logging is on everywhere, and no secret, token or SAS signature may appear in any output.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MockTestRunner } from 'azure-pipelines-task-lib/mock-test'
import type { PublishPlan } from '@intune-publish/core'
import {
  ASSIGNMENTS_YAML,
  assignmentsOf,
  EXPECTED_ASSIGNMENTS,
} from '../../actions/publish/src/test-support/assignments'
import { findLeaks, maskedValues } from '../../actions/publish/src/test-support/leaks'
import { startOidcStandIn, type OidcStandIn } from '../../actions/publish/src/test-support/oidc-standin'
import { copyBundle, runBundle, type BundleRun } from '../../actions/publish/src/test-support/run-bundle'
import {
  createIssuer,
  OIDC_CLIENT_ID,
  startSim,
  tokenUrl,
  type SimHandle,
} from '../../actions/publish/src/test-support/sim'
import { ensureTaskBundle, TASK_DIR } from './bundle'

const ROOT = path.resolve(__dirname, '../..')
const FIXTURES = path.resolve(ROOT, '../shared/fixtures')

beforeAll(() => {
  ensureTaskBundle()
}, 180000)

async function l0(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<MockTestRunner> {
  // MockTestRunner spawns node on one file with the real process env (not jest's sandboxed copy), so
  // each scenario gets a tiny file that sets it and hands over to the shared mock-run file.
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-l0-'))
  // AGENT_WORKFOLDER: task-lib's vault writes its .taskkey there rather than into the repo.
  const scenario = JSON.stringify({ inputs, env: { SYSTEM_DEBUG: 'true', AGENT_WORKFOLDER: dir, ...env } })
  const file = path.join(dir, 'scenario.cjs')
  writeFileSync(
    file,
    `process.env.L0_SCENARIO = ${JSON.stringify(scenario)}\nrequire(${JSON.stringify(path.join(__dirname, 'L0/run.cjs'))})\n`,
  )
  const tr = new MockTestRunner(file, path.join(TASK_DIR, 'task.json'))
  tr.nodePath = process.execPath // never download node: run offline on this one
  await tr.runAsync()
  return tr
}

describe('L0 (MockTestRunner, offline)', () => {
  it('fails with one error per input problem and warns about unknown inputs', async () => {
    const tr = await l0(
      { command: 'deploy', dryRun: 'perhaps', package: 'none/*.msi', bogusInput: 'x' },
      {
        INPUT_CONNECTION: 'EP1',
        ENDPOINT_AUTH_EP1: JSON.stringify({ scheme: 'None', parameters: { clientId: 'x' } }),
      },
    )
    expect(tr.failed).toBe(true)
    expect(tr.errorIssues.slice(0, -1).map(l => l.split(':')[0])).toEqual([
      'command',
      'connection (clientId)',
      'connection (authUrl)',
      'connection (clientSecret)',
      'dryRun',
      'package',
    ])
    expect(tr.errorIssues[tr.errorIssues.length - 1]).toBe(
      'intune-publish: 6 input problem(s), each listed above',
    )
    expect(tr.warningIssues).toEqual([expect.stringContaining("Unknown input 'BOGUSINPUT'")])
    expect(
      tr.stdOutContained('##vso[task.setvariable variable=status;isOutput=true;issecret=false;]error'),
    ).toBe(true)
    expect(findLeaks(tr.stdout + tr.stderr, {})).toEqual([])
  })

  it('registers the connection secret at once and never prints it, even with a malformed connection', async () => {
    const secret = 'L0~Secret.Value_1234'
    const tr = await l0(
      { command: 'check-connection', connection: 'EP1', package: '' },
      { ENDPOINT_AUTH_EP1: `{"scheme":"None","parameters":{"clientSecret":"${secret}"` },
    )
    expect(tr.failed).toBe(true)
    expect(tr.errorIssues[0]).toMatch(
      /^connection: the service connection 'EP1' has malformed authorization data/,
    )
    expect(findLeaks(tr.stdout + tr.stderr, { secret })).toEqual([])
  })

  it('says what is missing for workload identity federation without the agent OIDC endpoint', async () => {
    const tr = await l0(
      { command: 'check-connection', connection: 'EP1' },
      {
        ENDPOINT_AUTH_EP1: JSON.stringify({
          scheme: 'WorkloadIdentityFederation',
          parameters: {
            serviceprincipalid: OIDC_CLIENT_ID,
            tenantid: '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f',
          },
        }),
      },
    )
    expect(tr.failed).toBe(true)
    expect(tr.errorIssues[0]).toMatch(
      /^connection \(workload identity federation\): the agent gives no OIDC endpoint/,
    )
    expect(findLeaks(tr.stdout + tr.stderr, {})).toEqual([])
  })
})

// --- black-box against the simulator ---------------------------------------------------------------

const ISSUER = 'https://vstoken.dev.azure.com/00000000-0000-0000-0000-000000000001'
const SUBJECT = 'sc://contoso/apps/intune-test'
const AUDIENCE = 'api://AzureADTokenExchange'
let sim: SimHandle
let oidc: OidcStandIn
/** The task folder (task.json + dist) copied into an empty temp folder: what the agent unpacks. */
let bundle: string
let win32Template: string

function vsoOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of stdout.matchAll(/##vso\[task\.setvariable variable=([^;]+);isOutput=true;[^\]]*\](.*)/g))
    out[m[1]] = m[2]
  return out
}
function summaryOf(stdout: string): string {
  const m = /##vso\[task\.uploadsummary\](.*)/.exec(stdout)
  return m ? readFileSync(m[1].trim(), 'utf8') : ''
}

function runTask(
  inputs: Record<string, string>,
  endpoint: Record<string, unknown>,
  env: Record<string, string> = {},
) {
  const inputEnv = Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.toUpperCase()}`, v]))
  return runBundle(bundle, {
    ...inputEnv,
    INPUT_CONNECTION: 'EP1',
    ENDPOINT_AUTH_EP1: JSON.stringify(endpoint),
    ENDPOINT_URL_EP1: sim.graphUrl,
    SYSTEM_DEBUG: 'true',
    SYSTEM_DEFAULTWORKINGDIRECTORY: FIXTURES,
    NODE_EXTRA_CA_CERTS: sim.caFile,
    BUILD_REPOSITORY_NAME: 'contoso/app',
    BUILD_SOURCEVERSION: 'abcdef0123456789',
    BUILD_DEFINITIONNAME: 'release',
    BUILD_BUILDID: '77',
    SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
    SYSTEM_TEAMPROJECT: 'apps',
    ...env,
  })
}
const secretEndpoint = () => ({
  scheme: 'None',
  parameters: {
    clientId: sim.connection.clientId,
    clientSecret: sim.connection.clientSecret,
    authUrl: tokenUrl(sim),
  },
})
function expectNoLeaks(r: BundleRun): void {
  const secrets: Record<string, string> = {
    clientSecret: sim.connection.clientSecret,
    requestToken: oidc.requestToken,
  }
  oidc.issued.forEach((t, i) => (secrets[`oidc ${i}`] = t))
  expect(findLeaks([r.stdout, r.stderr, r.files].join('\n'), secrets)).toEqual([])
}

describe('task bundle against the simulator', () => {
  beforeAll(async () => {
    bundle = copyBundle(TASK_DIR, 'dist/index.js')
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-task-templates-'))
    win32Template = path.join(dir, 'win32.yaml')
    writeFileSync(
      win32Template,
      [
        'publisher: Contoso IT',
        'installCommandLine: powershell -File install.ps1',
        'uninstallCommandLine: powershell -File uninstall.ps1',
        "detection: [{ file: { path: 'C:\\Program Files\\Contoso', name: app.exe, check: exists } }]",
        '',
      ].join('\n'),
    )
    const issuer = createIssuer(ISSUER)
    sim = await startSim({ issuer, subject: SUBJECT, audience: AUDIENCE })
    oidc = await startOidcStandIn(issuer, SUBJECT, AUDIENCE)
  })
  afterAll(async () => {
    await oidc?.close()
    await sim?.stop()
  })

  it('check-connection with a client secret connection: connected, outputs, summary, nothing leaked', async () => {
    const r = await runTask(
      { command: 'check-connection', allowCustomEndpoints: 'true', settingName: 'Sim' },
      secretEndpoint(),
    )
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]')
    expect(vsoOutputs(r.stdout).status).toBe('connected')
    expect(summaryOf(r.stdout)).toContain('| Setting name | Sim |')
    expect(maskedValues(r.stdout)).toContain(sim.connection.clientSecret)
    expectNoLeaks(r)
  })

  it('check-connection with workload identity federation gets its token from System.OidcRequestUri', async () => {
    const before = oidc.issued.length
    const endpoint = {
      scheme: 'WorkloadIdentityFederation',
      parameters: {
        serviceprincipalid: OIDC_CLIENT_ID,
        tenantid: '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f',
        authUrl: tokenUrl(sim),
      },
    }
    const r = await runTask({ command: 'check-connection', allowCustomEndpoints: 'true' }, endpoint, {
      SYSTEM_OIDCREQUESTURI: oidc.url,
      ENDPOINT_AUTH_SYSTEMVSSCONNECTION: JSON.stringify({
        scheme: 'OAuth',
        parameters: { AccessToken: oidc.requestToken },
      }),
    })
    expect(vsoOutputs(r.stdout).status).toBe('connected')
    expect(oidc.issued.length).toBeGreaterThan(before)
    expectNoLeaks(r)
  })

  it('publishes a fixture with assignments; output variables describe the app; a plan then changes nothing', async () => {
    const inputs = {
      command: 'publish',
      allowCustomEndpoints: 'true',
      package: 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin',
      app: win32Template,
      assignments: ASSIGNMENTS_YAML,
    }
    const r = await runTask(inputs, secretEndpoint())
    const out = vsoOutputs(r.stdout)
    expect([
      out.status,
      r.stdout.split('\n').filter(l => l.startsWith('##vso[task.issue type=error')),
    ]).toEqual(['created', []])
    expect(out.appId).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.contentVersion).toBe('1')
    expect(out.appUrl).toContain(out.appId)
    expect(JSON.parse(out.results)).toEqual([
      expect.objectContaining({ appId: out.appId, status: 'created' }),
    ])
    expect((JSON.parse(out.plan) as PublishPlan).action).toBe('create')
    expect(assignmentsOf(sim, out.appId)).toEqual(EXPECTED_ASSIGNMENTS)
    expect(String(sim.state.apps.get(out.appId)?.props.notes)).toContain(
      'https://dev.azure.com/contoso/apps/_build/results?buildId=77',
    )
    expect(summaryOf(r.stdout)).toContain('[Open in Intune](')
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]')
    expect(r.stdout).toContain('##vso[task.debug]')
    expectNoLeaks(r)

    const plan = await runTask({ ...inputs, command: 'plan' }, secretEndpoint())
    const planned = vsoOutputs(plan.stdout)
    expect([planned.status, planned.appId]).toEqual(['planned', out.appId])
    expect((JSON.parse(planned.plan) as PublishPlan).action).toBe('unchanged')
    expectNoLeaks(plan)
  })
})
