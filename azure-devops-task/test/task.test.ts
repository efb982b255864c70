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
  RINGS_YAML,
} from '../../packages/adapter/src/test-support/assignments'
import { findLeaks, maskedValues } from '../../packages/adapter/src/test-support/leaks'
import type { BundleRun } from '../../packages/adapter/src/test-support/run-bundle'
import { OIDC_CLIENT_ID } from '../../packages/adapter/src/test-support/sim'
import { ensureTaskBundle, TASK_DIR } from './bundle'
import {
  AUDIENCE,
  errorsOf,
  FIXTURES,
  ISSUER,
  startTaskRig,
  SUBJECT,
  summaryOf,
  vsoOutputs,
  type TaskRig,
} from './task-rig'

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

let rig: TaskRig
let win32Template: string

function expectNoLeaks(r: BundleRun): void {
  expect(findLeaks([r.stdout, r.stderr, r.files].join('\n'), rig.secrets())).toEqual([])
}

describe('task from the .vsix, started as the agent starts it, against the simulator', () => {
  beforeAll(async () => {
    rig = await startTaskRig()
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
  }, 180000)
  afterAll(async () => {
    await rig?.stop()
  })

  it('the .vsix carries an overview, a license, links and the repository', () => {
    const root = path.dirname(rig.taskDir)
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
    const r = await rig.run(
      { command: 'check-connection', allowCustomEndpoints: 'true' },
      rig.secretEndpoint({ settingName: 'Contoso Sim' }),
    )
    expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['connected', []])
    expect(r.stdout).toContain('##vso[task.complete result=Succeeded;]')
    const summary = summaryOf(r.stdout)
    expect(summary.name).toBe('Intune connection.md')
    expect(summary.text).toContain('| Setting name | Contoso Sim |')
    expect(maskedValues(r.stdout)).toContain(rig.sim.connection.clientSecret)
    expectNoLeaks(r)
  })

  it('check-connection with workload identity federation gets its token through SYSTEM_OIDCREQUESTURI and logs what it presented', async () => {
    const before = rig.oidc.issued.length
    const r = await rig.run(
      { command: 'check-connection', allowCustomEndpoints: 'true' },
      rig.wifEndpoint(OIDC_CLIENT_ID),
      { SYSTEM_OIDCREQUESTURI: rig.oidc.url },
    )
    expect([vsoOutputs(r.stdout).status, errorsOf(r)]).toEqual(['connected', []])
    expect(rig.oidc.issued.length).toBeGreaterThan(before)
    expect(r.stdout).toContain(`issuer '${ISSUER}', subject '${SUBJECT}', audience '${AUDIENCE}'`)
    expectNoLeaks(r)
  })

  it('plans a bare package with every other input left as the agent fills it (issue 10, item 2)', async () => {
    // source, app and caFile arrive as the sources folder: they must read as unset.
    const r = await rig.run(
      { command: 'plan', allowCustomEndpoints: 'true', package: 'msi/7z2301-x64.msi' },
      rig.secretEndpoint(),
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
    const r = await rig.run(inputs, rig.secretEndpoint())
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
    expect(assignmentsOf(rig.sim, out.appId)).toEqual(EXPECTED_ASSIGNMENTS)
    expect(String(rig.sim.state.apps.get(out.appId)?.props.notes)).toContain(
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

    const plan = await rig.run({ ...inputs, command: 'plan' }, rig.secretEndpoint())
    const planned = vsoOutputs(plan.stdout)
    expect([planned.status, planned.appId, planned.hasChanges]).toEqual(['planned', out.appId, 'false'])
    expect((JSON.parse(planned.plan) as PublishPlan).action).toBe('unchanged')
    expectNoLeaks(plan)
  })

  it('publishes a manifest: one app fails while the others publish; split-manifest sets a job matrix', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-task-manifest-'))
    const fixtures = FIXTURES
    writeFileSync(
      path.join(dir, 'tool.yaml'),
      `extends: ${win32Template}\ndisplayName: Task manifest tool\ndescription: d\n`,
    )
    writeFileSync(
      path.join(dir, 'android.yaml'),
      'displayName: Task manifest android\npublisher: icyleaf\ndescription: d\n',
    )
    const manifest = path.join(dir, 'apps.yaml')
    writeFileSync(
      manifest,
      [
        'apps:',
        `  - { name: tool, package: ${fixtures}/intunewin/msft-1.8.4.0-7zip-tiny.intunewin, app: tool.yaml }`,
        `  - { name: broken, package: ${fixtures}/ipa/invalid-fastlane-not-an-ipa.ipa }`,
        `  - { name: android, package: ${fixtures}/apk/icyleaf-android.apk, app: android.yaml }`,
        '',
      ].join('\n'),
    )
    const tokensBefore = rig.sim.state.issued.tokens
    const r = await rig.run(
      { command: 'publish', allowCustomEndpoints: 'true', manifest },
      rig.secretEndpoint(),
    )
    const out = vsoOutputs(r.stdout)
    expect(out.status).toBe('error')
    const results = JSON.parse(out.results) as { package: string; status: string }[]
    expect(results.map(x => [x.package.split(' ')[0], x.status])).toEqual([
      ['tool', 'created'],
      ['broken', 'error'],
      ['android', 'created'],
    ])
    expect(rig.sim.state.issued.tokens - tokensBefore).toBe(1)
    expect(r.stdout).toContain('##vso[task.complete result=Failed;]')
    expectNoLeaks(r)

    const split = await rig.run(
      { command: 'split-manifest', manifest, splitBy: 'chunk', jobs: '3' },
      rig.secretEndpoint(),
    )
    expect(JSON.parse(vsoOutputs(split.stdout).matrix)).toEqual({
      chunk_1_3: { shard: 'chunk:1/3', budgetShare: '0.333' },
      chunk_2_3: { shard: 'chunk:2/3', budgetShare: '0.333' },
      chunk_3_3: { shard: 'chunk:3/3', budgetShare: '0.333' },
    })
  })

  it('release stages: publish into pilot, promote not due (succeeded with issues), then promoted; requireHealthyIn refuses an unknown build', async () => {
    const common = { allowCustomEndpoints: 'true', assignments: RINGS_YAML }
    const pub = await rig.run(
      {
        ...common,
        command: 'publish',
        package: 'intunewin/msft-1.4.0.0-sample.intunewin',
        app: win32Template,
      },
      rig.secretEndpoint(),
    )
    const appId = vsoOutputs(pub.stdout).appId
    expect([vsoOutputs(pub.stdout).status, errorsOf(pub)]).toEqual(['created', []])
    const count = () => rig.sim.state.apps.get(appId)?.assignments.length

    const early = await rig.run({ ...common, command: 'promote', appId }, rig.secretEndpoint())
    expect([vsoOutputs(early.stdout).status, errorsOf(early)]).toEqual(['refused', []])
    expect(early.stdout).toContain('##vso[task.complete result=SucceededWithIssues;]')
    expect(early.stdout).toMatch(
      /##vso\[task\.issue type=warning;[^\]]*\]not promoting .* to broad: .*installed >= 2 \(0\)/,
    )
    expect(summaryOf(early.stdout)).toMatchObject({ name: 'Intune promote.md' })
    expect(count()).toBe(1)

    rig.sim.devices.advance(2 * 60 * 60_000)
    const done = await rig.run({ ...common, command: 'promote', appId }, rig.secretEndpoint())
    expect([vsoOutputs(done.stdout).status, errorsOf(done)]).toEqual(['promoted', []])
    expect(done.stdout).toContain('##vso[task.complete result=Succeeded;]')
    expect(count()).toBe(2)
    expectNoLeaks(early)
    expectNoLeaks(done)

    // requireHealthyIn names a second service connection: the test environment never had this build.
    const healthyId = '6d5c4b3a-2f1e-4d0c-9b8a-7f6e5d4c3b2a'
    const before = rig.sim.state.apps.size
    const gated = await rig.run(
      { ...common, command: 'publish', package: 'msi/7z2301-x64.msi', requireHealthyIn: healthyId },
      rig.secretEndpoint(),
      {},
      [{ id: healthyId, url: rig.sim.graphUrl, ...rig.secretEndpoint({ settingName: 'intune-test' }) }],
    )
    expect(vsoOutputs(gated.stdout).status).toBe('error')
    expect(errorsOf(gated).join('\n')).toContain('intune-test')
    expect(rig.sim.state.apps.size).toBe(before)
    expectNoLeaks(gated)
  })
})
