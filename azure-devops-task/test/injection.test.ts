/**
 * Workflow-command injection through package metadata (issue 11 item 3): crafted packages whose names hold
 * line breaks and runner commands (`::stop-commands::`, `##vso[task.setvariable …]`, the MSIX `&#10;`
 * form) go through all three adapters as they run for real: the CLI process, the committed Action
 * bundle and the task bundle, each planning against the simulator. No line of their output may be a
 * command the runner or the agent would execute other than the ones the adapter itself emits.
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { buildZip } from '../../packages/intune-core/src/packages/test-support/buildZip'
import { copyBundle, runBundle } from '../../packages/adapter/src/test-support/run-bundle'
import { runnerInputEnv } from '../../packages/adapter/src/test-support/runner'
import { startSim, tokenUrl, type SimHandle } from '../../packages/adapter/src/test-support/sim'
import { runAgentStep, unpackVsix } from './agent'

const ROOT = path.resolve(__dirname, '../..')
const INJECTION = [
  'RT Inject',
  '::warning title=INJECTED-GH::x',
  '##vso[task.setvariable variable=INJECTED_ADO]pwned',
  '::stop-commands::INJECTED',
].join('\n')
const MSIX_INJECTION =
  'RT Msix&#10;::warning title=INJECTED-GH::y&#10;##vso[task.setvariable variable=INJECTED_ADO]pwned&#13;::stop-commands::INJECTED'

/** The commands each adapter emits by itself (task-lib, @actions/core, its own groups); anything else is injected. */
const GITHUB_OWN = new Set(['debug', 'warning', 'error', 'notice', 'add-mask', 'group', 'endgroup'])
const ADO_OWN =
  /^##vso\[task\.(setsecret|issue|debug|setvariable variable=(appId|contentVersion|status|plan|appUrl|results|hasChanges|matrix);|complete|setprogress|uploadsummary)/
const ADO_FORMAT_OWN = /^##\[(group|endgroup)\]/

/** Lines a runner or agent would execute, and which of them were not the adapter's own. */
function injectedCommands(output: string): string[] {
  const bad: string[] = []
  for (const line of output.split(/\r?\n/)) {
    const trimmed = line.trimStart()
    const gh = /^::([^\s:]+)/.exec(trimmed)
    if (gh && (!GITHUB_OWN.has(gh[1]) || /INJECTED/.test(trimmed.split('::')[1]))) bad.push(line)
    const hash = line.search(/##\[/)
    if (hash > 0 || (hash === 0 && (!ADO_FORMAT_OWN.test(line) || /INJECTED/.test(line)))) bad.push(line)
    const vso = line.search(/##vso\[/i)
    if (vso > 0 || (vso === 0 && !ADO_OWN.test(line))) bad.push(line)
  }
  return bad
}

function infoPlist(name: string): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;')
  const entries: Record<string, string> = {
    CFBundleIdentifier: 'com.example.inject',
    CFBundleShortVersionString: '1.0',
    CFBundleVersion: '1',
    CFBundleName: name,
    CFBundleDisplayName: name,
    MinimumOSVersion: '15.0',
  }
  const body = Object.entries(entries)
    .map(([k, v]) => `<key>${k}</key><string>${esc(v)}</string>`)
    .join('')
  return `<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict>${body}</dict></plist>`
}

function profile(): Buffer {
  const xml =
    '<?xml version="1.0" encoding="UTF-8"?><plist version="1.0"><dict><key>Name</key><string>Inject</string>' +
    '<key>ExpirationDate</key><date>2099-01-01T00:00:00Z</date></dict></plist>'
  return Buffer.concat([
    Buffer.from([0x30, 0x82, 0x1f, 0x00, 0x06, 0x09]),
    Buffer.from(xml),
    Buffer.from([0xa0, 0x82]),
  ])
}

function appxManifest(): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<Package xmlns="http://schemas.microsoft.com/appx/manifest/foundation/windows10">
  <Identity Name="Contoso.Inject" Publisher="CN=Contoso" Version="1.0.0.0" ProcessorArchitecture="x64"/>
  <Properties><DisplayName>${MSIX_INJECTION}</DisplayName><PublisherDisplayName>${MSIX_INJECTION}</PublisherDisplayName></Properties>
  <Dependencies><TargetDeviceFamily Name="Windows.Desktop" MinVersion="10.0.19041.0" MaxVersionTested="10.0.22621.0"/></Dependencies>
</Package>`
}

let sim: SimHandle
let taskDir: string
let dir: string
let template: string
const packages: Record<string, string> = {}

beforeAll(async () => {
  taskDir = await unpackVsix()
  sim = await startSim()
  dir = mkdtempSync(path.join(os.tmpdir(), 'ip-inject-'))
  template = path.join(dir, 'app.yaml')
  writeFileSync(template, 'publisher: Contoso\n')
  packages.ipa = await buildZip(path.join(dir, 'inject.ipa'), [
    { name: 'Payload/Inject.app/Info.plist', data: infoPlist(INJECTION) },
    { name: 'Payload/Inject.app/embedded.mobileprovision', data: profile() },
  ])
  packages.msix = await buildZip(path.join(dir, 'inject.msix'), [
    { name: 'AppxManifest.xml', data: appxManifest() },
  ])
}, 180_000)
afterAll(() => sim?.stop())

const connection = () =>
  JSON.stringify({
    settingName: 'Simulator',
    clientId: sim.connection.clientId,
    clientSecret: sim.connection.clientSecret,
    authUrl: tokenUrl(sim),
    graphUrl: sim.graphUrl,
    allowCustomEndpoints: true,
  })

function runCli(pkg: string): Promise<{ code: number | null; out: string }> {
  const env: Record<string, string> = { PATH: process.env.PATH ?? '', NODE_EXTRA_CA_CERTS: sim.caFile }
  const child = spawn(
    process.execPath,
    [
      path.join(ROOT, 'packages/cli/dist/cli.js'),
      'plan',
      '--package',
      pkg,
      '--app',
      template,
      '--connection',
      connection(),
    ],
    { env },
  )
  let out = ''
  child.stdout.on('data', d => (out += d))
  child.stderr.on('data', d => (out += d))
  return new Promise(resolve => child.on('close', code => resolve({ code, out })))
}

describe.each(['ipa', 'msix'])('a crafted .%s', kind => {
  test('CLI process: the name is shown, no line is a runner command', async () => {
    const r = await runCli(packages[kind])
    expect(r.out).toContain('INJECTED-GH')
    expect([r.code, injectedCommands(r.out)]).toEqual([0, []])
  })

  test('Action bundle: no injected workflow command', async () => {
    const r = await runBundle(copyBundle(path.join(ROOT, 'actions/publish/dist')), {
      ...runnerInputEnv(path.join(ROOT, 'actions/publish/action.yml'), {
        command: 'plan',
        connection: connection(),
        package: packages[kind],
        app: template,
      }),
      NODE_EXTRA_CA_CERTS: sim.caFile,
      GITHUB_WORKSPACE: dir,
    })
    const out = `${r.stdout}\n${r.stderr}`
    expect(out).toContain('INJECTED-GH')
    expect([r.outputs.status, injectedCommands(out)]).toEqual(['planned', []])
  })

  test('task (from the .vsix, started as the agent does): no injected ##vso command', async () => {
    const r = await runAgentStep(
      taskDir,
      {
        inputs: {
          command: 'plan',
          connection: 'EP1',
          allowCustomEndpoints: 'true',
          package: packages[kind],
          app: template,
        },
        endpoints: [
          {
            id: 'EP1',
            url: sim.graphUrl,
            scheme: 'None',
            parameters: {
              clientId: sim.connection.clientId,
              clientSecret: sim.connection.clientSecret,
              authUrl: tokenUrl(sim),
            },
          },
        ],
        sourcesDir: dir,
      },
      { NODE_EXTRA_CA_CERTS: sim.caFile },
    )
    const out = `${r.stdout}\n${r.stderr}`
    expect(out).toContain('INJECTED-GH')
    expect(out).toContain('##vso[task.complete result=Succeeded;]')
    expect(injectedCommands(out)).toEqual([])
  })
})

test('the detector finds what a runner would run (the control)', () => {
  expect(
    injectedCommands(
      `a\n${INJECTION}\n::debug::fine\n##vso[task.debug]fine\n##[group]fine\nx ##[group]INJECTED`,
    ),
  ).toEqual([
    '::warning title=INJECTED-GH::x',
    '##vso[task.setvariable variable=INJECTED_ADO]pwned',
    '::stop-commands::INJECTED',
    'x ##[group]INJECTED',
  ])
})
