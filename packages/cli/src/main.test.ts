/** The CLI in-process (main with captured output): flags, exit codes, and check-connection against the simulator. */
import { randomUUID } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createHttpClient, createTokenProvider, resolveConnection, silentLogger } from '@intune-publish/core'
import { type RunningSimulator, startSimulator } from '@intune-publish/sim'
import { main } from './main'

interface Run {
  code: number
  stdout: string
  stderr: string
}

async function run(argv: string[], env: Record<string, string | undefined> = {}): Promise<Run> {
  let stdout = ''
  let stderr = ''
  const code = await main(argv, env, { stdout: t => (stdout += t), stderr: t => (stderr += t) })
  return { code, stdout, stderr }
}

const WRITE = 'DeviceManagementApps.ReadWrite.All'
const SECRET = 'cli-secret-Value~1234567890'
const clientId = randomUUID()
const noRolesId = randomUUID()
let sim: RunningSimulator
let tmp: string
let simFlags: string[]

beforeAll(async () => {
  sim = await startSimulator({
    blob: false,
    clients: [
      { clientId, displayName: 'CLI App', secret: SECRET, roles: [WRITE] },
      { clientId: noRolesId, displayName: 'Unconsented', secret: SECRET, roles: [] },
    ],
  })
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'cli-test-'))
  simFlags = [
    '--auth-url',
    `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`,
    '--graph-url',
    sim.graphUrl,
    '--allow-custom-endpoints',
    '--ca-file',
    sim.caFile,
  ]
})
afterAll(async () => {
  await sim?.stop()
  await fs.rm(tmp, { recursive: true, force: true })
})

describe('CLI basics', () => {
  it('lists the commands on --help and exits 2 without a command', async () => {
    const help = await run(['--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('check-connection')
    expect((await run([])).code).toBe(2)
    const cmdHelp = await run(['check-connection', '--help'])
    expect(cmdHelp.stdout).toContain('--client-secret')
    expect(cmdHelp.stdout).toContain('INTUNE_CONNECTION')
  })

  it.each([
    [['nope'], "error: unknown command 'nope'"],
    [['check-connection', '--frobnicate'], 'error: unknown option --frobnicate.'],
    [['check-connection', '--client-id'], 'error: option --client-id needs a value'],
  ])('%j exits 2 with one line', async (argv, line) => {
    const r = await run(argv)
    expect(r.code).toBe(2)
    expect(r.stderr).toContain(line)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('check-connection: bad input exits 2 with one line naming the field', () => {
  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      'bad GUID',
      ['--client-id', 'nope', '--client-secret', 'x-secret-1', '--tenant-id', randomUUID()],
      {},
      /^error: clientId: 'nope' is not a GUID.*App registrations/,
    ],
    [
      'missing secret',
      ['--client-id', randomUUID(), '--tenant-id', randomUUID()],
      {},
      /^error: clientSecret: is missing/,
    ],
    [
      'token URL',
      [
        '--client-id',
        randomUUID(),
        '--client-secret',
        'x-secret-1',
        '--auth-url',
        'https://login.microsoftonline.com/x/oauth2/authorize',
      ],
      {},
      /^error: authUrl: is not a token URL/,
    ],
    [
      'malformed JSON',
      ['--connection', '{"clientId": "a",'],
      {},
      /^error: --connection: the connection is not valid JSON \(at line 1, column 18\)/,
    ],
    [
      'unreadable file',
      ['--connection', '@/nonexistent/conn.json'],
      {},
      /^error: --connection: cannot read \/nonexistent\/conn.json \(ENOENT\)/,
    ],
    [
      'unreadable certificate',
      ['--client-id', randomUUID(), '--tenant-id', randomUUID(), '--certificate', '/nonexistent/c.pem'],
      {},
      /^error: --certificate: cannot read/,
    ],
    [
      'custom host without opt-in',
      [],
      {
        INTUNE_CONNECTION: JSON.stringify({
          clientId: randomUUID(),
          clientSecret: 'x-secret-1',
          authUrl: 'https://127.0.0.1:1/tenant.example.com/oauth2/v2.0/token',
          graphUrl: 'https://127.0.0.1:1',
        }),
      },
      /^error: authUrl: 127\.0\.0\.1:1 is not a Microsoft Entra sign-in host/,
    ],
  ])('%s', async (_n, flags, env, line) => {
    const r = await run(['check-connection', ...flags], env)
    expect(r.code).toBe(2)
    expect(r.stderr).toMatch(line)
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stdout).toBe('')
  })
})

describe('check-connection against the simulator', () => {
  it('prints Connected and exits 0', async () => {
    const r = await run(
      ['check-connection', '--client-id', clientId, '--setting-name', 'Sim Prod', ...simFlags],
      { INTUNE_CLIENT_SECRET: SECRET },
    )
    expect(r.stderr).toBe('')
    expect(r.code).toBe(0)
    const lines = r.stdout.split('\n')
    expect(lines[0]).toBe('Connected')
    expect(r.stdout).toContain('Setting:     Sim Prod')
    expect(r.stdout).toContain(`Client ID:   ${clientId}`)
    expect(r.stdout).toContain('App:         CLI App')
    expect(r.stdout).toContain(`Granted:     ${WRITE}`)
    expect(r.stdout).toContain('Graph:       reachable')
  })

  it('--json prints one object; Not finished exits 1 with the consent URL', async () => {
    const conn = path.join(tmp, 'conn.json')
    await fs.writeFile(
      conn,
      JSON.stringify({
        settingName: 'Fresh',
        clientId: noRolesId,
        clientSecret: SECRET,
        authUrl: `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`,
        graphUrl: sim.graphUrl,
        allowCustomEndpoints: true,
      }),
    )
    const r = await run(['check-connection', '--connection', `@${conn}`, '--json'], {
      INTUNE_CA_FILE: sim.caFile,
    })
    expect(r.code).toBe(1)
    const result = JSON.parse(r.stdout) as Record<string, unknown>
    expect(result).toMatchObject({
      status: 'Not finished',
      settingName: 'Fresh',
      permissionsMissing: [WRITE],
      consentUrl: `https://${new URL(sim.authUrl).host}/${sim.tenantId}/adminconsent?client_id=${noRolesId}`,
    })
    const text = await run(['check-connection', '--connection', `@${conn}`], { INTUNE_CA_FILE: sim.caFile })
    expect(text.stdout).toContain('Not finished')
    expect(text.stdout).toContain('Grant admin consent for')
  })

  it('a wrong secret is Error, exit 1, without the secret', async () => {
    const r = await run([
      'check-connection',
      '--client-id',
      clientId,
      '--client-secret',
      'wrong-secret-xyz-987',
      ...simFlags,
    ])
    expect(r.code).toBe(1)
    expect(r.stdout).toContain('Error: Sign-in failed: the client secret is wrong (AADSTS7000215).')
    expect(r.stdout + r.stderr).not.toContain('wrong-secret-xyz-987')
  })

  it('at --debug, no secret, token or signature reaches the output', async () => {
    const r = await run([
      'check-connection',
      '--debug',
      '--connection',
      JSON.stringify({ clientId, clientSecret: SECRET }),
      ...simFlags,
    ])
    expect(r.code).toBe(0)
    const all = r.stdout + r.stderr
    // Debug really was on: the auth and Graph calls are logged.
    expect(r.stderr).toMatch(/debug: auth POST https:\/\/127\.0\.0\.1:\d+\/.*\/oauth2\/v2\.0\/token/)
    expect(r.stderr).toMatch(/debug: graph GET .*mobileApps.* → 200 \(request-id /)
    // A token obtained separately for the same app: neither it nor its signature may appear.
    const resolved = resolveConnection({
      clientId,
      clientSecret: SECRET,
      authUrl: `${sim.authUrl}/${sim.tenantId}/oauth2/v2.0/token`,
      graphUrl: sim.graphUrl,
      allowCustomEndpoints: true,
      caPem: sim.caPem,
    })
    const http = createHttpClient({ caPem: resolved.caPem })
    const { token } = await createTokenProvider(resolved, http, silentLogger).getToken()
    await http.close()
    expect(all).not.toContain(SECRET)
    expect(all).not.toContain(encodeURIComponent(SECRET))
    expect(all).not.toContain(token)
    expect(all).not.toContain(token.split('.')[2])
    expect(all).not.toMatch(/eyJ[A-Za-z0-9_-]{8,}/)
    expect(all).not.toMatch(/client_secret=(?!REDACTED)/)
  })
})
