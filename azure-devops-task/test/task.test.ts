/**
 * The Azure DevOps task: the bundle is built once (ncc, CommonJS; not committed), then run
 * - through task-lib's MockTestRunner, offline (L0: input handling, no network), and
 * - black-box from the built .vsix against the local Intune simulator, started as the agent starts it
 *   (agent.ts: every declared input set, filePath inputs translated, endpoints by id).
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
} from '../../packages/adapter/src/test-support/assignments'
import { findLeaks, maskedValues } from '../../packages/adapter/src/test-support/leaks'
import { startOidcStandIn, type OidcStandIn } from '../../packages/adapter/src/test-support/oidc-standin'
import type { BundleRun } from '../../packages/adapter/src/test-support/run-bundle'
import {
  createIssuer,
  OIDC_CLIENT_ID,
  startSim,
  type SimHandle,
} from '../../packages/adapter/src/test-support/sim'
import { runAgentStep, unpackVsix, type AgentEndpoint } from './agent'
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

// --- black-box from the .vsix against the simulator -------------------------------------------------

const ISSUER = 'https://login.microsoftonline.com/7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f/v2.0'
const CONNECTION_ID = '2f1e0d9c-8b7a-4c6d-9e5f-4a3b2c1d0e9f'
const SUBJECT = `/eid1/c/pub/t/DUNdOgU8ik6fLWsMHio9Tw/a/ADXVr3cOQUm9sN4R1kq0Vg/sc/0a1b2c3d-0000-4000-8000-000000000001/${CONNECTION_ID}`
const AUDIENCE = 'api://AzureADTokenExchange'
let sim: SimHandle
let oidc: OidcStandIn
/** The task folder unpacked from the .vsix: what the agent downloads. */
let taskDir: string
let win32Template: string

function vsoOutputs(stdout: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const m of stdout.matchAll(/##vso\[task\.setvariable variable=([^;]+);isOutput=true;[^\]]*\](.*)/g))
    out[m[1]] = m[2]
  return out
}
function summaryOf(stdout: string): { name: string; text: string } {
  const m = /##vso\[task\.uploadsummary\](.*)/.exec(stdout)
  return m
    ? { name: path.basename(m[1].trim()), text: readFileSync(m[1].trim(), 'utf8') }
    : { name: '', text: '' }
}
const errorsOf = (r: BundleRun): string[] =>
  r.stdout.split('\n').filter(l => l.startsWith('##vso[task.issue type=error'))

const PROVENANCE = {
  BUILD_REPOSITORY_NAME: 'contoso/app',
  BUILD_SOURCEVERSION: 'abcdef0123456789',
  BUILD_DEFINITIONNAME: 'release',
  BUILD_BUILDID: '77',
  SYSTEM_COLLECTIONURI: 'https://dev.azure.com/contoso/',
  SYSTEM_TEAMPROJECT: 'apps',
}

function runTask(
  inputs: Record<string, string>,
  endpoint: Omit<AgentEndpoint, 'id' | 'url'>,
  variables: Record<string, string> = {},
  endpoints: AgentEndpoint[] = [],
) {
  return runAgentStep(
    taskDir,
    {
      inputs: { connection: CONNECTION_ID, ...inputs },
      endpoints: [{ id: CONNECTION_ID, url: sim.graphUrl, ...endpoint }, ...endpoints],
      sourcesDir: FIXTURES,
      variables: { SYSTEM_DEBUG: 'true', ...PROVENANCE, ...variables },
    },
    { NODE_EXTRA_CA_CERTS: sim.caFile },
  )
}
const secretEndpoint = (data: Record<string, string> = {}) => ({
  scheme: 'None',
  parameters: {
    clientId: sim.connection.clientId,
    clientSecret: sim.connection.clientSecret,
    authUrl: sim.tokenUrl,
  },
  data,
})
function expectNoLeaks(r: BundleRun): void {
  const secrets: Record<string, string> = {
    clientSecret: sim.connection.clientSecret,
    requestToken: oidc.requestToken,
  }
  oidc.issued.forEach((t, i) => (secrets[`oidc ${i}`] = t))
  expect(findLeaks([r.stdout, r.stderr, r.files].join('\n'), secrets)).toEqual([])
}

describe('task from the .vsix, started as the agent starts it, against the simulator', () => {
  beforeAll(async () => {
    taskDir = await unpackVsix()
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
  }, 180000)
  afterAll(async () => {
    await oidc?.close()
    await sim?.stop()
  })

  it('the .vsix carries an overview, a license, links and the repository', () => {
    const root = path.dirname(taskDir)
    const manifest = readFileSync(path.join(root, 'extension.vsixmanifest'), 'utf8')
    expect(manifest).toContain('Type="Microsoft.VisualStudio.Services.Content.Details"')
    expect(manifest).toContain('Type="Microsoft.VisualStudio.Services.Content.License"')
    expect(manifest).toContain('Id="Microsoft.VisualStudio.Services.Links.Getstarted"')
    expect(manifest).toContain('Id="Microsoft.VisualStudio.Services.Links.GitHub"') // the repository
    expect(manifest).toContain('Id="Microsoft.VisualStudio.Services.Links.License"')
    expect(readFileSync(path.join(root, 'overview.md'), 'utf8')).toContain('# Microsoft Intune publish')
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toContain('MIT License')
  })

  it('check-connection with a client secret connection: connected, Setting Name from the connection, nothing leaked', async () => {
    const r = await runTask(
      { command: 'check-connection', allowCustomEndpoints: 'true' },
      secretEndpoint({ settingName: 'Contoso Sim' }),
    )
    expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['connected', []])
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]')
    const summary = summaryOf(r.stdout)
    expect(summary.name).toBe('Intune connection.md')
    expect(summary.text).toContain('| Setting name | Contoso Sim |')
    expect(maskedValues(r.stdout)).toContain(sim.connection.clientSecret)
    expectNoLeaks(r)
  })

  it('check-connection with workload identity federation gets its token through SYSTEM_OIDCREQUESTURI and logs what it presented', async () => {
    const before = oidc.issued.length
    const endpoint = {
      scheme: 'WorkloadIdentityFederation',
      parameters: {
        serviceprincipalid: OIDC_CLIENT_ID,
        tenantid: '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f',
        authUrl: sim.tokenUrl,
      },
    }
    const vss: AgentEndpoint = {
      id: 'SYSTEMVSSCONNECTION',
      url: 'https://dev.azure.com/contoso/',
      scheme: 'OAuth',
      parameters: { AccessToken: oidc.requestToken },
    }
    const r = await runTask(
      { command: 'check-connection', allowCustomEndpoints: 'true' },
      endpoint,
      { SYSTEM_OIDCREQUESTURI: oidc.url },
      [vss],
    )
    expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['connected', []])
    expect(oidc.issued.length).toBeGreaterThan(before)
    expect(r.stdout).toContain(`issuer '${ISSUER}', subject '${SUBJECT}', audience '${AUDIENCE}'`)
    expectNoLeaks(r)
  })

  it('plans a bare package with every other input left as the agent fills it (issue 10, item 2)', async () => {
    // source, app and caFile arrive as the sources folder: they must read as unset.
    const r = await runTask(
      { command: 'plan', allowCustomEndpoints: 'true', package: 'msi/7z2301-x64.msi' },
      secretEndpoint(),
    )
    expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['planned', []])
    expect((JSON.parse(vsoOutputs(r.stdout).plan) as PublishPlan).appType).toBe('windowsMobileMSI')
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
    expect([out.status, errorsOf(r)]).toEqual(['created', []])
    expect(out.appId).toMatch(/^[0-9a-f-]{36}$/)
    expect(out.contentVersion).toBe('1')
    expect(out.appUrl).toContain(out.appId)
    expect(out.hasChanges).toBe('true')
    expect(JSON.parse(out.results)).toEqual([
      expect.objectContaining({ appId: out.appId, status: 'created' }),
    ])
    expect((JSON.parse(out.plan) as PublishPlan).action).toBe('create')
    expect(assignmentsOf(sim, out.appId)).toEqual(EXPECTED_ASSIGNMENTS)
    expect(String(sim.state.apps.get(out.appId)?.props.notes)).toContain(
      'https://dev.azure.com/contoso/apps/_build/results?buildId=77',
    )
    const summary = summaryOf(r.stdout)
    expect(summary.name).toBe('Intune publish.md')
    expect(summary.text).toContain('| Status | App | Version | Intune |')
    expect(summary.text).toContain('[Open in Intune](')
    expect(r.stdout).toContain('##[group]intune-publish publish: ')
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]')
    expect(r.stdout).toContain('##vso[task.debug]')
    expectNoLeaks(r)

    const plan = await runTask({ ...inputs, command: 'plan' }, secretEndpoint())
    const planned = vsoOutputs(plan.stdout)
    expect([planned.status, planned.appId, planned.hasChanges]).toEqual(['planned', out.appId, 'false'])
    expect((JSON.parse(planned.plan) as PublishPlan).action).toBe('unchanged')
    expectNoLeaks(plan)
  })
})
