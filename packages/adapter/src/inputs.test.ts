import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEFAULT_OIDC_AUDIENCE } from './connection'
import { readInputs, unknownInputs, type ActionInputs } from './inputs'

const TENANT = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'
const SECRET = 'Sup3r~Secret.Value_42'

const ws = mkdtempSync(path.join(os.tmpdir(), 'ip-inputs-'))
mkdirSync(path.join(ws, 'out', 'x64'), { recursive: true })
for (const f of ['out/a.msi', 'out/x64/b.intunewin', 'out/x64/c.msi', 'app.yml', 'assign.yml']) {
  writeFileSync(path.join(ws, f), 'x')
}
const env = { GITHUB_WORKSPACE: ws }

function read(values: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}) {
  const masked: string[] = []
  const result = readInputs(
    name => values[name] ?? '',
    { ...env, ...extraEnv },
    s => masked.push(s),
  )
  return { result, masked }
}
function ok(values: Record<string, string>, extraEnv: NodeJS.ProcessEnv = {}): ActionInputs {
  const { result } = read(values, extraEnv)
  if (!result.ok) throw new Error(result.problems.join('\n'))
  return result.inputs
}
const fields = { 'client-id': CLIENT, 'client-secret': SECRET, 'tenant-id': TENANT }

describe('readInputs', () => {
  it('maps the separate fields, applies the defaults and masks the secret as it reads it', () => {
    const { result, masked } = read({ ...fields, package: 'out/a.msi', 'setting-name': 'Contoso Test' })
    expect(masked).toEqual([SECRET])
    if (!result.ok) throw new Error(result.problems.join())
    const i = result.inputs
    expect(i.command).toBe('publish')
    expect(i.authKind).toBe('secret')
    expect(i.connection).toMatchObject({
      clientId: CLIENT,
      clientSecret: SECRET,
      tenantId: TENANT,
      settingName: 'Contoso Test',
    })
    // Unset inputs stay unset: the core's defaults (and a template's own mode) apply.
    expect(i.connection.allowCustomEndpoints).toBeUndefined()
    expect(i.packages).toEqual([path.join(ws, 'out/a.msi')])
    expect(i.publish).toMatchObject({ dryRun: false })
    expect(i.publish.assignmentMode).toBeUndefined()
    expect(i.oidcAudience).toBe(DEFAULT_OIDC_AUDIENCE)
  })

  it('reads one JSON connection secret and lets graph-url and allow-custom-endpoints add to it', () => {
    const json = JSON.stringify({
      settingName: 'Prod',
      clientId: CLIENT,
      clientSecret: SECRET,
      authUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
    })
    const { result, masked } = read({
      connection: json,
      command: 'check-connection',
      'graph-url': 'https://127.0.0.1:8443',
      'allow-custom-endpoints': 'true',
    })
    expect(masked).toContain(SECRET)
    if (!result.ok) throw new Error(result.problems.join())
    expect(result.inputs.connection).toMatchObject({
      settingName: 'Prod',
      clientSecret: SECRET,
      graphUrl: 'https://127.0.0.1:8443',
      allowCustomEndpoints: true,
    })
    expect(result.inputs.packages).toEqual([])
  })

  it('expands globs and several lines into several packages, sorted and without duplicates', () => {
    const i = ok({ ...fields, package: 'out/**/*.msi\nout/x64/*\nout/a.msi' })
    expect(i.packages).toEqual([
      path.join(ws, 'out/a.msi'),
      path.join(ws, 'out/x64/c.msi'),
      path.join(ws, 'out/x64/b.intunewin'),
    ])
  })

  it('treats plan as a dry run and keeps inline assignment YAML as text', () => {
    const i = ok({
      ...fields,
      command: 'plan',
      package: 'out/a.msi',
      app: 'app.yml',
      assignments: '- intent: required\n  target: { group: Pilot Users }',
      supersede: 'Old App, 11111111-2222-3333-4444-555555555555',
      concurrency: '4',
      'block-size-mib': '8',
      'assignment-mode': 'replace',
    })
    expect(i.publish).toMatchObject({
      dryRun: true,
      appTemplate: path.join(ws, 'app.yml'),
      assignments: '- intent: required\n  target: { group: Pilot Users }',
      supersede: ['Old App', '11111111-2222-3333-4444-555555555555'],
      concurrency: 4,
      blockSizeMiB: 8,
      assignmentMode: 'replace',
    })
  })

  it('reports every problem at once, one line each, naming the input', () => {
    const { result } = read({
      command: 'deploy',
      'client-id': 'not-a-guid',
      'dry-run': 'yes',
      'assignment-mode': 'wipe',
      concurrency: '0',
      package: 'missing/*.msi',
      assignments: 'nope.yml',
      'app-id': '123',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    const inputsNamed = result.problems.map(l => l.split(':')[0])
    expect(inputsNamed).toEqual(
      expect.arrayContaining([
        'command',
        'client-id',
        'dry-run',
        'assignment-mode',
        'concurrency',
        'package',
        'assignments',
        'app-id',
        'auth-url',
        'client-secret',
      ]),
    )
    expect(result.problems.length).toBeGreaterThanOrEqual(10)
  })

  it('never quotes the connection JSON when it does not parse', () => {
    const { result } = read({ connection: `{"clientSecret": "${SECRET}", oops}` })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems.join('\n')).not.toContain(SECRET)
    expect(result.problems[0]).toMatch(/^connection: the connection is not valid JSON/)
  })

  it('refuses the JSON connection together with separate credential fields, and unknown JSON keys', () => {
    const { result } = read({
      connection: JSON.stringify({
        clientId: CLIENT,
        clientSecret: SECRET,
        tenantId: TENANT,
        clientSecert: 'x',
      }),
      'client-secret': 'other-secret',
      command: 'check-connection',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([
      expect.stringContaining('connection.clientSecert: is not a connection field.'),
      'connection: give either connection or client-secret, not both',
    ])
  })

  it('use-oidc without the id-token permission says what to add', () => {
    const { result } = read({
      'use-oidc': 'true',
      'client-id': CLIENT,
      'tenant-id': TENANT,
      command: 'plan',
      package: 'out/a.msi',
    })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toEqual([expect.stringContaining('add `permissions: id-token: write`')])
  })

  it('use-oidc with the token endpoint needs no secret', () => {
    const i = ok(
      {
        'use-oidc': 'true',
        'client-id': CLIENT,
        'tenant-id': TENANT,
        'oidc-audience': 'api://custom',
        command: 'check-connection',
      },
      { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://127.0.0.1/token?x=1', ACTIONS_ID_TOKEN_REQUEST_TOKEN: 't' },
    )
    expect(i.authKind).toBe('oidc')
    expect(i.oidcAudience).toBe('api://custom')
    expect(i.connection.clientSecret).toBeUndefined()
  })

  it('masks a certificate key line by line and refuses a PEM without a key', () => {
    const keyLines = ['MIIEvQIBADANBgkqhkiG9w0BAQEFAASC', 'BKcwggSjAgEAAoIBAQC7VJTUt9Us8cKj']
    const pem = ['-----BEGIN PRIVATE KEY-----', ...keyLines, '-----END PRIVATE KEY-----'].join('\n')
    const { result, masked } = read({
      'client-id': CLIENT,
      'tenant-id': TENANT,
      certificate: pem,
      command: 'check-connection',
    })
    expect(result.ok && result.inputs.authKind).toBe('certificate')
    expect(masked).toEqual(keyLines)
    const bad = read({
      'client-id': CLIENT,
      'tenant-id': TENANT,
      certificate: '-----BEGIN CERTIFICATE-----\nAAAA',
      command: 'check-connection',
    })
    expect(bad.result.ok || bad.result.problems).toEqual([
      expect.stringMatching(/^certificate: holds no private key/),
    ])
  })

  it('needs exactly one of package and source, and setup with source', () => {
    const a = read({ ...fields, package: 'out/a.msi', source: 'out', setup: 'a.msi' })
    expect(a.result.ok || a.result.problems).toEqual([
      'package: give either package or source/setup, not both',
    ])
    const b = read({ ...fields, source: 'out' })
    expect(b.result.ok || b.result.problems).toEqual([expect.stringMatching(/^setup: is missing/)])
    const c = ok({ ...fields, source: 'out', setup: 'a.msi' })
    expect(c.publish.source).toEqual({ dir: path.join(ws, 'out'), setupFile: 'a.msi' })
  })
})

describe('the connection JSON and the inputs that may override it', () => {
  const json = (over: Record<string, unknown> = {}) =>
    JSON.stringify({
      clientId: CLIENT,
      clientSecret: SECRET,
      authUrl: 'https://127.0.0.1:8443/t/oauth2/v2.0/token',
      graphUrl: 'https://127.0.0.1:8443',
      allowCustomEndpoints: true,
      ...over,
    })

  it('keeps allowCustomEndpoints from the JSON unless allow-custom-endpoints is set', () => {
    const kept = ok({ connection: json(), command: 'check-connection' })
    expect(kept.connection.allowCustomEndpoints).toBe(true)
    const overridden = ok({
      connection: json(),
      command: 'check-connection',
      'allow-custom-endpoints': 'false',
    })
    expect(overridden.connection.allowCustomEndpoints).toBe(false)
  })

  it("accepts the keys the CLI accepts (one parser: the core's), certificatePem included, masked", () => {
    const keyLine = 'MIIEvQIBADANBgkqhkiG9w0BAQEFAASC'
    const pem = ['-----BEGIN PRIVATE KEY-----', keyLine, '-----END PRIVATE KEY-----'].join('\n')
    const { result, masked } = read({
      connection: json({ clientSecret: undefined, certificatePem: pem }),
      command: 'check-connection',
    })
    expect(result.ok && result.inputs.connection.certificatePem).toBe(pem)
    expect(masked).toContain(keyLine)
  })

  it('derives the cloud from a sovereign Graph URL when only a tenant is given', () => {
    const i = ok({ ...fields, 'graph-url': 'https://graph.microsoft.us', command: 'check-connection' })
    expect(i.connection.cloud).toBe('usgov')
    const dod = ok({ ...fields, 'graph-url': 'https://dod-graph.microsoft.us', command: 'check-connection' })
    expect(dod.connection.cloud).toBe('usgovdod')
  })
})

describe('unknownInputs', () => {
  it('lists INPUT_* variables that action.yml does not declare', () => {
    expect(
      unknownInputs({ 'INPUT_CLIENT-ID': 'x', INPUT_PACKAGES: 'y', INPUT_COMMAND: 'publish', PATH: '/bin' }),
    ).toEqual(['packages'])
  })
})
