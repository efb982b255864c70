import { createLogger } from './logger'
import type { PublishPlan, PublishResult } from '@intune-publish/core'
import { failureLines, hasChanges, outputsFor, reportFailed, reportStatus, type RunReport } from './report'
import { renderSummary } from './summary'
import { provenanceOf } from './provenance'

const plan: PublishPlan = {
  action: 'create',
  appType: 'win32LobApp',
  displayName: '7-Zip',
  graphVersion: 'v1.0',
  betaReasons: [],
  package: {
    fileName: '7z.intunewin',
    sha256: 'ab'.repeat(32),
    version: '23.01',
    size: 1234,
    uploadBytes: 1234,
  },
  metadataChanges: [],
  ruleChanges: { added: [], removed: [] },
  assignments: {
    mode: 'merge',
    added: [{ target: 'group "Pilot Users"', intent: 'required' }],
    changed: [],
    removed: [],
    kept: [],
  },
  relationships: { added: [], removed: [], kept: [] },
  categories: { added: [], kept: [] },
  permissions: { needed: [], granted: [], missing: [] },
  warnings: [],
  steps: [{ kind: 'createApp' }, { kind: 'upload', bytes: 1 }],
}

const result = (over: Partial<PublishResult> = {}): PublishResult => ({
  status: 'created',
  appId: 'a1b2c3d4-0000-4000-8000-000000000001',
  appType: 'win32LobApp',
  displayName: '7-Zip',
  contentVersion: '1',
  bytesUploaded: 1234,
  durationMs: 2500,
  uploadDurationMs: 2000,
  appUrl: 'https://intune.microsoft.com/#view/Microsoft_Intune_Apps/SettingsMenu/appId/a1b2',
  plan,
  packageFacts: { fileName: '7z.intunewin', size: 1234, architectures: ['x64', 'arm64'] },
  ...over,
})

const base = (over: Partial<RunReport> = {}): RunReport => ({
  command: 'publish',
  connection: { settingName: 'Contoso Test', tenantId: 't-1', clientId: 'c-1', authKind: 'secret' },
  packages: [],
  startedAt: new Date('2026-11-22T10:00:00Z'),
  durationMs: 4200,
  ...over,
})

describe('outputs', () => {
  it('describe the last package and list every package in results', () => {
    const r = base({
      packages: [
        { package: 'a.msi', result: result({ displayName: 'A', appId: 'id-a', status: 'unchanged' }) },
        { package: 'b.intunewin', result: result() },
      ],
    })
    const out = outputsFor(r)
    expect(out.status).toBe('created')
    expect(out['app-id']).toBe('a1b2c3d4-0000-4000-8000-000000000001')
    expect(out['content-version']).toBe('1')
    expect(JSON.parse(out.plan)).toEqual(result().plan)
    expect(
      JSON.parse(out.results).map((x: { appId: string; status: string }) => [x.appId, x.status]),
    ).toEqual([
      ['id-a', 'unchanged'],
      ['a1b2c3d4-0000-4000-8000-000000000001', 'created'],
    ])
    expect(reportFailed(r)).toBe(false)
    expect([out['has-changes'], hasChanges(r)]).toEqual(['true', true])
    const same = base({
      packages: [{ package: 'a.msi', result: result({ plan: { ...plan, action: 'unchanged' } }) }],
    })
    expect(outputsFor(same)['has-changes']).toBe('false')
  })

  it('are error when any package failed, and map check-connection statuses', () => {
    const r = base({
      packages: [
        { package: 'a.msi', error: 'boom' },
        { package: 'b.msi', result: result() },
      ],
    })
    expect(reportStatus(r)).toBe('error')
    expect(reportFailed(r)).toBe(true)
    const check = { permissionsGranted: [], permissionsMissing: [], graphReachable: true, checkedAt: 'now' }
    expect(
      reportStatus(base({ command: 'check-connection', check: { ...check, status: 'Connected' } })),
    ).toBe('connected')
    const nf = base({ command: 'check-connection', check: { ...check, status: 'Not finished' } })
    expect([reportStatus(nf), reportFailed(nf)]).toEqual(['not-finished', true])
  })
})

describe('renderSummary', () => {
  it('leads with one overview row per package, then folds the connection and each package', () => {
    const md = renderSummary(
      base({
        packages: [
          { package: '7z.intunewin', result: result() },
          { package: 'b.msi', error: 'b.msi: broken' },
        ],
      }),
    )
    const lines = md.split('\n')
    expect(lines[0]).toBe('## intune-publish: Publish — error')
    const head = lines.indexOf('| Status | App | Version | Intune |')
    expect(head).toBeGreaterThan(0)
    expect(lines.slice(head + 2, head + 4)).toEqual([
      '| created | 7-Zip | 23.01, content 1 | [Open in Intune](https://intune.microsoft.com/#view/Microsoft_Intune_Apps/SettingsMenu/appId/a1b2) |',
      '| error | b.msi | — | — |',
    ])
    expect(md.indexOf('<details><summary>Connection</summary>')).toBeGreaterThan(head)
    expect(md).toContain('<details><summary>7-Zip: created</summary>')
    expect(md).toContain('| Setting name | Contoso Test |\n|---|---|\n| Tenant | t-1 |')
    expect(md).toContain('| architectures | x64, arm64 |')
    expect(md).toContain('| Uploaded | 1.2 KiB |')
    expect(md).toContain('| Duration | 2.5 s |')
    expect(md).toContain('**Plan**\n\n**7-Zip** (`win32LobApp`, new)')
    expect(md).toContain('group "Pilot Users"')
    expect(md).toContain('took 4.2 s')
    expect(md).not.toContain('| | |')
  })

  it('escapes HTML and table syntax in every text, and lists input problems', () => {
    const warned = result({ plan: { ...plan, warnings: ['<app template>: description not given'] } })
    const md = renderSummary(
      base({
        connection: { settingName: 'a|b', authKind: 'oidc' },
        packages: [{ package: 'x.intunewin', result: warned }],
      }),
    )
    expect(md).toContain('| Setting name | a\\|b |')
    expect(md).toContain('workload identity federation (OIDC)')
    expect(md).toContain('&lt;app template&gt;: description not given')
    expect(md).not.toContain('<app template>')
    const bad = renderSummary(
      base({ error: '2 input problem(s)', problems: ['package: is missing', 'app-id: <x>'] }),
    )
    expect(bad).toContain('**2 input problem(s):**\n\n- package: is missing\n- app-id: &lt;x&gt;')
  })
})

describe('failureLines', () => {
  it('names each failed package and says how to finish a connection', () => {
    const check = {
      status: 'Not finished' as const,
      permissionsGranted: [],
      permissionsMissing: ['GroupMember.Read.All'],
      graphReachable: true,
      checkedAt: 'now',
      consentUrl: 'https://login.example/consent',
    }
    const [line] = failureLines(base({ command: 'check-connection', check }))
    expect(line).toMatch(
      /^Not finished: the app lacks GroupMember\.Read\.All\. First add it to the app registration/,
    )
    expect(line).toContain('then grant admin consent at https://login.example/consent')
    const r = base({
      packages: [
        { package: 'a.msi', error: 'a.msi: broken' },
        { package: 'b.msi', result: result() },
      ],
    })
    expect(failureLines(r)).toEqual(['a.msi: a.msi: broken'])
  })
})

describe('createLogger', () => {
  it('maps levels, masks, and throttles progress per phase but always prints the last step', () => {
    const seen: string[] = []
    let t = 0
    const log = createLogger(
      {
        info: m => seen.push(`i:${m}`),
        warning: m => seen.push(`w:${m}`),
        debug: m => seen.push(`d:${m}`),
        setSecret: s => seen.push(`s:${s}`),
      },
      5000,
      () => t,
    )
    log.warn('careful')
    log.debug('detail')
    log.maskSecret('tok')
    for (const [at, done] of [
      [0, 1],
      [1000, 2],
      [6000, 3],
      [7000, 10],
    ]) {
      t = at
      log.progress({ phase: 'upload', done, total: 10, message: `${done}/10` })
    }
    expect(seen).toEqual(['w:careful', 'd:detail', 's:tok', 'i:1/10', 'i:3/10', 'i:10/10'])
  })
})

describe('provenanceOf', () => {
  it('names the repository, commit, workflow and run URL', () => {
    const p = provenanceOf(
      { serverUrl: 'https://github.com', sha: 'abc123', workflow: 'Release', runId: 42, runAttempt: 2 },
      { GITHUB_REPOSITORY: 'contoso/app' },
    )
    expect(p).toEqual({
      repository: 'contoso/app',
      commit: 'abc123',
      workflow: 'Release',
      runUrl: 'https://github.com/contoso/app/actions/runs/42/attempts/2',
    })
  })
})
