/**
 * Runs the committed bundle the way the runner does — from a copy of dist/ in an empty temp folder (no
 * node_modules, no repository around it), with action.yml's defaults filled in for every input a step
 * omits and INPUT_* variables named as the runner names them (test-support/runner.ts, which cites
 * actions/runner), GITHUB_OUTPUT and GITHUB_STEP_SUMMARY
 * files, NODE_EXTRA_CA_CERTS for the simulator's CA and debug logging on — against the local Intune
 * simulator, and checks outputs, summary, the simulator's state, and that nothing secret leaks.
 */
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { PublishPlan } from '@intune-publish/core'
import {
  ASSIGNMENTS_YAML,
  assignmentsOf,
  EXPECTED_ASSIGNMENTS,
  RINGS_YAML,
} from '../../../packages/adapter/src/test-support/assignments'
import { findLeaks, maskedValues } from '../../../packages/adapter/src/test-support/leaks'
import { startOidcStandIn, type OidcStandIn } from '../../../packages/adapter/src/test-support/oidc-standin'
import { copyBundle, runBundle, type BundleRun } from '../../../packages/adapter/src/test-support/run-bundle'
import { runnerInputEnv } from '../../../packages/adapter/src/test-support/runner'
import {
  createIssuer,
  OIDC_CLIENT_ID,
  startSim,
  TENANT_ID,
  type SimHandle,
} from '../../../packages/adapter/src/test-support/sim'

const FIXTURES = path.resolve(__dirname, '../../../../shared/fixtures')
const ISSUER = 'https://token.actions.githubusercontent.com'
const SUBJECT = 'repo:contoso/app:environment:intune-test'
const AUDIENCE = 'api://AzureADTokenExchange'
const BAD_SECRET = 'Bad~Input.Secret_77'
const ACTION_YML = path.resolve(__dirname, '../action.yml')

let bundle: string
/** App templates (the fixtures don't say who publishes them or how a Win32 app installs). */
let win32Template: string
let iosTemplate: string
let sim: SimHandle | undefined
let oidc: OidcStandIn | undefined

beforeAll(() => {
  bundle = copyBundle(path.resolve(__dirname, '../dist'))
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-templates-'))
  win32Template = path.join(dir, 'win32.yaml')
  writeFileSync(
    win32Template,
    [
      'publisher: Contoso IT',
      'installCommandLine: powershell -File install.ps1',
      'uninstallCommandLine: powershell -File uninstall.ps1',
      'detection:',
      "  - file: { path: 'C:\\Program Files\\Contoso', name: app.exe, check: exists }",
      '',
    ].join('\n'),
  )
  iosTemplate = path.join(dir, 'ios.yaml')
  writeFileSync(iosTemplate, 'publisher: Contoso\n')
})

/** The simulator and the OIDC stand-in, for the describe blocks that talk to Intune. */
function withSimulator(): void {
  beforeAll(async () => {
    const issuer = createIssuer(ISSUER)
    sim = await startSim({ issuer, subject: SUBJECT, audience: AUDIENCE })
    oidc = await startOidcStandIn(issuer, SUBJECT, AUDIENCE)
  })
  afterAll(async () => {
    await oidc?.close()
    await sim?.stop()
    sim = oidc = undefined
  })
}
const simulator = (): SimHandle => {
  if (!sim) throw new Error('no simulator in this describe block')
  return sim
}

function run(inputs: Record<string, string>, env: Record<string, string> = {}): Promise<BundleRun> {
  return runBundle(bundle, {
    ...runnerInputEnv(ACTION_YML, inputs),
    ACTIONS_STEP_DEBUG: 'true',
    RUNNER_DEBUG: '1',
    ...(sim ? { NODE_EXTRA_CA_CERTS: sim.caFile } : {}),
    GITHUB_WORKSPACE: FIXTURES,
    GITHUB_REPOSITORY: 'contoso/app',
    GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
    GITHUB_WORKFLOW: 'Release',
    GITHUB_RUN_ID: '4242',
    GITHUB_SERVER_URL: 'https://github.com',
    ...env,
  })
}

const simConnection = (over: Record<string, unknown> = {}) =>
  JSON.stringify({
    settingName: 'Simulator',
    clientId: simulator().connection.clientId,
    clientSecret: simulator().connection.clientSecret,
    authUrl: simulator().tokenUrl,
    graphUrl: simulator().graphUrl,
    allowCustomEndpoints: true,
    ...over,
  })

/** The ::error lines a run printed: part of the status assertions, so a failure shows its cause. */
const errorsOf = (r: BundleRun): string[] => r.stdout.split('\n').filter(l => l.startsWith('::error'))

/** Nothing secret in stdout, stderr, the summary, the outputs or any file the run left. */
function expectNoLeaks(r: BundleRun, extra: Record<string, string> = {}): void {
  const secrets: Record<string, string> = { ...extra }
  if (sim) secrets.clientSecret = sim.connection.clientSecret
  if (oidc) {
    secrets.requestToken = oidc.requestToken
    oidc.issued.forEach((t, i) => (secrets[`oidc token ${i}`] = t))
  }
  const everything = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs), r.files].join('\n')
  expect(findLeaks(everything, secrets)).toEqual([])
}

describe('action bundle: check-connection', () => {
  withSimulator()
  it('reports connected from one JSON connection secret, with outputs and a summary, leaking nothing', async () => {
    const r = await run({ command: 'check-connection', connection: simConnection() })
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    expect(r.outputs.status).toBe('connected')
    expect(r.summary).toContain('## intune-publish: Check connection — connected')
    expect(r.summary).toContain('| Setting name | Simulator |')
    expect(r.summary).toContain(`| Tenant | ${TENANT_ID} |`)
    expect(maskedValues(r.stdout)).toContain(simulator().connection.clientSecret)
    expect(r.stdout).toContain('::debug::')
    expectNoLeaks(r)
  })

  it('lets the connection JSON allow custom endpoints while the runner fills in every default (issue 10, item 1)', async () => {
    const env = runnerInputEnv(ACTION_YML, {})
    // The runner passes these though the step never set them; none may override the JSON.
    expect(env).toMatchObject({
      INPUT_COMMAND: 'publish',
      'INPUT_USE-OIDC': 'false',
      'INPUT_DRY-RUN': 'false',
    })
    const r = await run({ command: 'check-connection', connection: simConnection() })
    expect([r.outputs.status, errorsOf(r)]).toEqual(['connected', []])
    expect(r.stdout).not.toContain('is not a Microsoft')
  })

  it('signs in with use-oidc through the OIDC token endpoint, asking for a token with the audience', async () => {
    const stand = oidc as OidcStandIn
    const before = stand.issued.length
    const r = await run(
      {
        command: 'check-connection',
        'use-oidc': 'true',
        'client-id': OIDC_CLIENT_ID,
        'auth-url': simulator().tokenUrl,
        'graph-url': simulator().graphUrl,
        'allow-custom-endpoints': 'true',
        'setting-name': 'Simulator OIDC',
      },
      { ACTIONS_ID_TOKEN_REQUEST_URL: stand.url, ACTIONS_ID_TOKEN_REQUEST_TOKEN: stand.requestToken },
    )
    expect(r.outputs.status).toBe('connected')
    expect(r.code).toBe(0)
    expect(stand.issued.length).toBeGreaterThan(before)
    expect(stand.audiences[stand.audiences.length - 1]).toBe(AUDIENCE)
    expect(r.summary).toContain('workload identity federation (OIDC)')
    for (const t of stand.issued.slice(before)) expect(maskedValues(r.stdout)).toContain(t)
    expectNoLeaks(r)
  })

  it('fails with Error and the sign-in cause for a wrong secret', async () => {
    const wrong = 'Wr0ng~Secret.Value_99'
    const r = await run({ command: 'check-connection', connection: simConnection({ clientSecret: wrong }) })
    expect(r.code).toBe(1)
    expect(r.outputs.status).toBe('error')
    expect(r.stdout).toMatch(/::error[^:]*::.*(secret|AADSTS)/i)
    expectNoLeaks(r, { wrong })
  })
})

describe('action bundle: bad input', () => {
  it('lists every problem, one error line each, warns about unknown inputs, and sends nothing', async () => {
    const r = await run(
      {
        command: 'publish',
        'client-id': 'nope',
        'client-secret': BAD_SECRET,
        'dry-run': 'maybe',
        package: 'nothing/*.zip',
        'use-oidc': 'true',
        'allow-expired-provisioning-profile': 'sometimes',
      },
      { 'INPUT_CLIENT-SECRETS': 'typo' },
    )
    expect(r.code).toBe(1)
    const errors = r.stdout.split('\n').filter(l => l.startsWith('::error'))
    expect(errors.map(l => l.replace(/^::error[^:]*::/, '').split(':')[0])).toEqual([
      'client-id',
      'auth-url',
      'use-oidc',
      'use-oidc',
      'dry-run',
      'allow-expired-provisioning-profile',
      'package',
      'intune-publish',
    ])
    expect(r.stdout).toContain('add `permissions: id-token: write`')
    expect(r.stdout).toMatch(/::warning::Unknown input 'client-secrets'/)
    expect(r.outputs.status).toBe('error')
    expect(r.summary).toContain('7 input problem(s)')
    expect(maskedValues(r.stdout)).toContain(BAD_SECRET)
    expectNoLeaks(r, { BAD_SECRET })
  })
})

describe('action bundle: publish with assignments, plan, several packages', () => {
  withSimulator()
  const pkg = 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin'

  it('publishes a fixture with assignments; a plan afterwards finds nothing to change', async () => {
    const r = await run({
      connection: simConnection(),
      package: pkg,
      app: win32Template,
      assignments: ASSIGNMENTS_YAML,
    })
    expect(r.stderr).toBe('')
    expect([r.outputs.status, errorsOf(r)]).toEqual(['created', []])
    expect(r.code).toBe(0)
    const appId = r.outputs['app-id']
    expect(appId).toMatch(/^[0-9a-f-]{36}$/)
    expect(r.outputs['content-version']).toBe('1')
    expect(r.outputs['app-url']).toMatch(/^https:\/\/intune\.microsoft\.com\/.*/)
    expect(r.outputs['app-url']).toContain(appId)
    const results = JSON.parse(r.outputs.results) as { appId: string; status: string; package: string }[]
    expect(results).toEqual([
      expect.objectContaining({ appId, status: 'created', package: path.join(FIXTURES, pkg) }),
    ])
    const plan = JSON.parse(r.outputs.plan) as PublishPlan
    expect([plan.action, plan.appType]).toEqual(['create', 'win32LobApp'])
    expect(plan.assignments.added.map(a => a.intent).sort()).toEqual(['available', 'required', 'required'])
    expect(r.summary).toContain(`[Open in Intune](${r.outputs['app-url']})`)
    expect(r.summary).toContain(`**${plan.displayName}** (\`win32LobApp\`, new)`)
    const app = simulator().state.apps.get(appId)
    expect(String(app?.props.notes)).toContain('https://github.com/contoso/app/actions/runs/4242')
    expect(assignmentsOf(simulator(), appId)).toEqual(EXPECTED_ASSIGNMENTS)
    const masked = maskedValues(r.stdout)
    expect(masked.length).toBeGreaterThan(1) // the client secret and at least one access token
    expect(new Set(masked).size).toBe(masked.length) // each registered once
    expectNoLeaks(r)

    const again = await run({
      command: 'plan',
      connection: simConnection(),
      package: pkg,
      app: win32Template,
      assignments: ASSIGNMENTS_YAML,
    })
    expect([again.code, errorsOf(again)]).toEqual([0, []])
    expect(again.outputs.status).toBe('planned')
    expect(again.outputs['app-id']).toBe(appId)
    expect(again.outputs['content-version']).toBe('1')
    const replan = JSON.parse(again.outputs.plan) as PublishPlan
    expect(replan.action).toBe('unchanged')
    expect(replan.assignments.kept).toHaveLength(3)
    expect(again.summary).toContain('## intune-publish: Plan — planned')
    expect(again.summary).toContain(`\`${appId}\``)
    expectNoLeaks(again)
  })

  it("keeps the assignment template's mode: replace when assignment-mode is not set (issue 10, item 1)", async () => {
    const r = await run({
      command: 'plan',
      connection: simConnection(),
      package: pkg,
      app: win32Template,
      assignments: ASSIGNMENTS_YAML.replace('mode: merge', 'mode: replace'),
    })
    expect([r.code, errorsOf(r)]).toEqual([0, []])
    expect((JSON.parse(r.outputs.plan) as PublishPlan).assignments.mode).toBe('replace')
    expect(r.outputs['has-changes']).toBe('false')
  })

  it('publishes every package a glob matches, one result each, signing in once', async () => {
    const tokensBefore = simulator().state.issued.tokens
    const r = await run({ connection: simConnection(), package: 'msi/*-*.msi' })
    expect([r.code, errorsOf(r)]).toEqual([0, []])
    // One sign-in for the check and both packages (it was one per package plus one).
    expect(simulator().state.issued.tokens - tokensBefore).toBe(1)
    const results = JSON.parse(r.outputs.results) as { package: string; status: string; appId: string }[]
    expect(results.map(x => [path.basename(x.package), x.status])).toEqual([
      ['7z2301-x64.msi', 'created'],
      ['putty-0.68-installer.msi', 'created'],
    ])
    expect(new Set(results.map(x => x.appId)).size).toBe(2)
    expect(results.map(x => simulator().state.apps.get(x.appId)?.odataType)).toEqual([
      'microsoft.graph.windowsMobileMSI',
      'microsoft.graph.windowsMobileMSI',
    ])
    expect(r.outputs.status).toBe('created')
    expect(r.outputs['app-id']).toBe(results[1].appId)
    // One overview row per package first, then the connection and each package folded.
    expect(r.summary.match(/^\| created \| /gm)?.length).toBe(2)
    expect(r.summary.match(/^<details>/gm)?.length).toBe(3)
    expect(r.stdout.match(/^::group::intune-publish publish: /gm)?.length).toBe(2)
    expectNoLeaks(r)
  })

  it('publishes a manifest: one app fails while the others publish, one row each; split-manifest gives a matrix', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-manifest-'))
    writeFileSync(
      path.join(dir, 'tool.yaml'),
      `extends: ${win32Template}\ndisplayName: Action manifest tool\ndescription: d\n`,
    )
    writeFileSync(
      path.join(dir, 'android.yaml'),
      'displayName: Action manifest android\npublisher: icyleaf\ndescription: d\n',
    )
    const manifest = path.join(dir, 'apps.yaml')
    writeFileSync(
      manifest,
      [
        'apps:',
        `  - { name: tool, package: ${FIXTURES}/intunewin/msft-1.8.4.0-7zip-tiny.intunewin, app: tool.yaml }`,
        `  - { name: broken, package: ${FIXTURES}/ipa/invalid-fastlane-not-an-ipa.ipa }`,
        `  - { name: android, package: ${FIXTURES}/apk/icyleaf-android.apk, app: android.yaml }`,
        '',
      ].join('\n'),
    )
    const r = await run({ connection: simConnection(), manifest })
    expect(r.code).toBe(1)
    const results = JSON.parse(r.outputs.results) as { package: string; status: string }[]
    expect(results.map(x => [x.package.split(' ')[0], x.status])).toEqual([
      ['tool', 'created'],
      ['broken', 'error'],
      ['android', 'created'],
    ])
    expect(errorsOf(r).join('\n')).toMatch(/broken .*not a zip/)
    expect(r.outputs.status).toBe('error')
    const split = await run({ command: 'split-manifest', manifest, jobs: '2' })
    expect([split.code, errorsOf(split)]).toEqual([0, []])
    expect(JSON.parse(split.outputs.matrix)).toEqual({
      include: [
        { shard: 'chunk:1/2', budgetShare: '0.5', apps: 2 },
        { shard: 'chunk:2/2', budgetShare: '0.5', apps: 1 },
      ],
    })
    expectNoLeaks(r)
  })

  it('plans an .ipa with an expired provisioning profile only when allow-expired-provisioning-profile is set', async () => {
    const ipa = 'ipa/icyleaf-iphone.ipa'
    const refused = await run({
      command: 'plan',
      connection: simConnection(),
      package: ipa,
      app: iosTemplate,
    })
    expect(refused.code).toBe(1)
    expect(refused.outputs.status).toBe('error')
    expect(refused.stdout).toMatch(/::error[^:]*::.*icyleaf-iphone\.ipa.*provisioning profile expired/)
    const allowed = await run({
      command: 'plan',
      connection: simConnection(),
      package: ipa,
      app: iosTemplate,
      'allow-expired-provisioning-profile': 'true',
    })
    expect([allowed.outputs.status, errorsOf(allowed)]).toEqual(['planned', []])
    expect((JSON.parse(allowed.outputs.plan) as PublishPlan).appType).toBe('iosLobApp')
    expectNoLeaks(refused)
    expectNoLeaks(allowed)
  })
})

describe('action bundle: release stages (command promote)', () => {
  withSimulator()
  const RINGS = RINGS_YAML
  const groupsOf = (appId: string): unknown[] =>
    (simulator().state.apps.get(appId)?.assignments ?? []).map(
      a => (a.target as { groupId?: string }).groupId,
    )

  it('publishes into pilot; promote is refused with the figures (the step passes, warns), then promotes', async () => {
    const pub = await run({
      connection: simConnection(),
      package: 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin',
      app: win32Template,
      assignments: RINGS,
    })
    expect([pub.outputs.status, errorsOf(pub)]).toEqual(['created', []])
    const appId = pub.outputs['app-id']
    expect(groupsOf(appId)).toHaveLength(1)

    const promote = { command: 'promote', connection: simConnection(), 'app-id': appId, assignments: RINGS }
    const early = await run(promote)
    expect([early.code, early.outputs.status, errorsOf(early)]).toEqual([0, 'refused', []])
    expect(early.stdout).toMatch(/^::warning::not promoting .* to broad: .*installed >= 2 \(0\)/m)
    expect(early.outputs['has-changes']).toBe('false')
    expect(early.summary).toContain('## intune-publish: Promote — refused')
    expect(early.summary).toContain('| installed &gt;= 2 | 0 | **no** |')
    expect(early.summary).toContain('| Install report | 0 installed, 0 failed, 2 pending, 0 not installed |')
    expect(early.summary).toContain('- add: required group "All Windows Devices"')
    expect(groupsOf(appId)).toHaveLength(1)
    expectNoLeaks(early)

    // The simulated devices of the pilot group install it; the gate is then met.
    simulator().devices.advance(2 * 60 * 60_000)
    const dry = await run({ ...promote, 'dry-run': 'true' })
    expect([dry.outputs.status, dry.outputs['has-changes']]).toEqual(['planned', 'true'])
    expect(groupsOf(appId)).toHaveLength(1)

    const done = await run(promote)
    expect([done.code, done.outputs.status, errorsOf(done)]).toEqual([0, 'promoted', []])
    expect(done.outputs['app-id']).toBe(appId)
    expect(JSON.parse(done.outputs.plan)).toMatchObject({ from: 'pilot', to: 'broad', due: true })
    expect(groupsOf(appId)).toHaveLength(2)
    expect(done.summary).toContain('| Ring | pilot → broad |')
    expectNoLeaks(done)
  })

  it('refuses a publish whose build the required environment never had, before writing anything', async () => {
    const before = simulator().state.apps.size
    const r = await run({
      connection: simConnection(),
      package: 'intunewin/msft-1.4.0.0-sample.intunewin',
      app: win32Template,
      assignments: RINGS,
      'require-healthy-in': simConnection({ settingName: 'intune-test' }),
    })
    expect([r.code, r.outputs.status]).toEqual([1, 'error'])
    expect(errorsOf(r).join('\n')).toMatch(/intune-test/)
    expect(simulator().state.apps.size).toBe(before)
    expectNoLeaks(r)
  })
})
