/**
 * The CLI as a user installs it: scripts/pack-cli.mjs bundles it into one file and `npm pack`s it; the
 * tarball is installed offline into an empty prefix (nothing from this workspace can be found there),
 * and the installed `intune-publish` prints its version, checks a connection against the simulator and
 * publishes with a federated token file, no secret.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { findLeaks } from '../../adapter/src/test-support/leaks'
import { createIssuer, OIDC_CLIENT_ID, startSim, type SimHandle } from '../../adapter/src/test-support/sim'

const ROOT = path.resolve(__dirname, '../../..')
const FIXTURES = path.resolve(ROOT, '../shared/fixtures')
const ISSUER = 'https://gitlab.com'
const SUBJECT = 'project_path:contoso/apps:ref_type:branch:ref:main'
const AUDIENCE = 'api://AzureADTokenExchange'
const VERSION = (
  JSON.parse(readFileSync(path.join(ROOT, 'packages/cli/package.json'), 'utf8')) as { version: string }
).version

let prefix: string
let bin: string
let sim: SimHandle
let issuer: ReturnType<typeof createIssuer>

/** A clean environment: only what a CI job has, nothing of this shell's INTUNE_* or proxies. */
function cleanEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {
    HOME: prefix,
    PATH: `${path.join(prefix, 'bin')}:${process.env.PATH ?? ''}`,
  }
  return { ...env, ...extra }
}

function runCli(
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise(resolve => {
    const child = spawn(bin, args, { env: cleanEnv(env), cwd: prefix })
    let out = ''
    let err = ''
    child.stdout.on('data', d => (out += d))
    child.stderr.on('data', d => (err += d))
    child.on('close', code => resolve({ code, out, err }))
  })
}

beforeAll(async () => {
  const pack = spawnSync(process.execPath, [path.join(ROOT, 'scripts/pack-cli.mjs')], { encoding: 'utf8' })
  if (pack.status !== 0) throw new Error(`pack-cli failed:\n${pack.stdout}\n${pack.stderr}`)
  const out = path.join(ROOT, 'packages/cli/out')
  const tgz = readdirSync(out).find(f => f.endsWith('.tgz'))
  if (!tgz) throw new Error('pack-cli wrote no .tgz')
  prefix = mkdtempSync(path.join(os.tmpdir(), 'ip-cli-prefix-'))
  const install = spawnSync(
    'npm',
    ['install', '--global', '--prefix', prefix, '--offline', '--no-audit', '--no-fund', path.join(out, tgz)],
    {
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', HOME: prefix, npm_config_cache: path.join(prefix, '.npm') },
    },
  )
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.stdout}\n${install.stderr}`)
  bin = path.join(prefix, 'bin', 'intune-publish')
  issuer = createIssuer(ISSUER)
  sim = await startSim({ issuer, subject: SUBJECT, audience: AUDIENCE })
}, 300000)
afterAll(async () => {
  await sim?.stop()
})

test('installs as one file with nothing else: no dependency, nothing from the workspace', () => {
  const pkgDir = path.join(prefix, 'lib/node_modules/@intune-publish/cli')
  expect(readdirSync(path.join(prefix, 'lib/node_modules'))).toEqual(['@intune-publish'])
  expect(readdirSync(path.join(prefix, 'lib/node_modules/@intune-publish'))).toEqual(['cli'])
  expect(existsSync(path.join(pkgDir, 'node_modules'))).toBe(false)
  const manifest = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8')) as Record<
    string,
    unknown
  >
  expect(manifest.dependencies).toBeUndefined()
  expect(manifest).toMatchObject({
    bin: { 'intune-publish': 'dist/cli.js' },
    publishConfig: { access: 'public' },
  })
  expect(readdirSync(path.join(pkgDir, 'dist')).sort()).toEqual(['cli.js', 'licenses.txt'])
})

test('prints its version', async () => {
  const r = await runCli(['--version'], {})
  expect([r.code, r.out, r.err]).toEqual([0, `${VERSION}\n`, ''])
})

test('check-connection against the simulator: Connected', async () => {
  const r = await runCli(['check-connection'], { INTUNE_CONNECTION: JSON.stringify(sim.connection) })
  expect([r.code, r.out.split('\n')[0]]).toEqual([0, 'Connected'])
  expect(findLeaks(r.out + r.err, { secret: sim.connection.clientSecret })).toEqual([])
})

test('publishes with a federated token file, re-read for every sign-in, and logs what it presented', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-oidc-'))
  const file = path.join(dir, 'token')
  const token = issuer.sign({ sub: SUBJECT, aud: AUDIENCE })
  writeFileSync(file, `${token}\n`)
  const { clientSecret: _secret, ...rest } = sim.connection
  const connection = JSON.stringify({ ...rest, clientId: OIDC_CLIENT_ID, settingName: 'GitLab OIDC' })
  const r = await runCli(
    ['publish', '--package', path.join(FIXTURES, 'msi/putty-0.68-installer.msi'), '--json', '--debug'],
    { INTUNE_CONNECTION: connection, INTUNE_FEDERATED_TOKEN_FILE: file },
  )
  expect([r.code, r.err.split('\n').filter(l => l.startsWith('error'))]).toEqual([0, []])
  const result = JSON.parse(r.out) as { status: string; appId: string }
  expect(result.status).toBe('created')
  expect(sim.state.apps.get(result.appId)?.odataType).toBe('microsoft.graph.windowsMobileMSI')
  expect(r.err).toContain(`issuer '${ISSUER}', subject '${SUBJECT}', audience '${AUDIENCE}'`)
  expect(findLeaks(r.out + r.err, { token })).toEqual([])

  // A token that has been replaced in the file is what the next sign-in presents.
  writeFileSync(file, 'not-a-token')
  const stale = await runCli(['check-connection'], {
    INTUNE_CONNECTION: connection,
    INTUNE_FEDERATED_TOKEN_FILE: file,
  })
  expect(stale.code).not.toBe(0)
  expect(stale.out + stale.err).toMatch(/AADSTS|assertion|JWT/i)
}, 120000)
