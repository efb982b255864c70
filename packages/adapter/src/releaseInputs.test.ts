import { mkdtempSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { readInputs } from './inputs'

const TENANT = '7a5d4f0e-3c1b-4e8a-9f2d-6b0c1e2a3d4f'
const CLIENT = '5e6f7a8b-9c0d-4e1f-8a2b-3c4d5e6f7a8b'
const APP = '0c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f'
const SECRET = 'Sup3r~Secret.Value_42'
const TEST_SECRET = 'T3st~Tenant.Secret_99'
const ws = mkdtempSync(path.join(os.tmpdir(), 'ip-release-inputs-'))
for (const f of ['a.intunewin', 'b.intunewin', 'app.yaml']) writeFileSync(path.join(ws, f), 'x')
const fields = { 'client-id': CLIENT, 'client-secret': SECRET, 'tenant-id': TENANT }
const RINGS = 'rings:\n  - name: pilot\n    assignments: []\n'

function read(values: Record<string, string>) {
  const masked: string[] = []
  const result = readInputs(
    name => values[name] ?? '',
    { GITHUB_WORKSPACE: ws },
    s => masked.push(s),
  )
  return { result, masked, problems: result.ok ? [] : result.problems }
}

describe('promote and rollback inputs', () => {
  it('promote by app-id: the ring to move to, force, and no package needed', () => {
    const { result } = read({
      ...fields,
      command: 'promote',
      'app-id': APP,
      assignments: RINGS,
      ring: 'broad',
      force: 'true',
    })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(result.inputs.command).toBe('promote')
    expect(result.inputs.packages).toEqual([])
    expect(result.inputs.force).toBe(true)
    expect(result.inputs.publish).toMatchObject({ appId: APP, ring: 'broad', assignments: RINGS })
  })

  it('promote by the package it came from', () => {
    const { result } = read({ ...fields, command: 'promote', package: 'a.intunewin', assignments: RINGS })
    expect(result.ok && result.inputs.packages).toEqual([path.join(ws, 'a.intunewin')])
  })

  it('names each missing or misplaced input in one line', () => {
    expect(read({ ...fields, command: 'promote' }).problems).toEqual([
      'assignments: is missing; promote needs the assignment template with the rings (or the release strategy)',
      'app-id: is missing; promote needs app-id, or the package (and app template) it was published from',
    ])
    expect(
      read({ ...fields, command: 'promote', package: '*.intunewin', assignments: RINGS, source: 'x' })
        .problems,
    ).toEqual([
      'source: not with promote: give app-id, or the package the app came from',
      'package: matched 2 files; promote acts on one app',
    ])
    expect(
      read({ ...fields, command: 'rollback', assignments: RINGS, package: 'a.intunewin' }).problems,
    ).toEqual([
      'app-id: is missing; rollback needs app-id, or the app template that names the release',
      'package: not with rollback: give app-id, or the app template that names the release',
    ])
    expect(read({ ...fields, command: 'promote', 'app-id': '../x', assignments: RINGS }).problems).toEqual([
      "app-id: '../x' is not a GUID (e.g. 00000000-0000-0000-0000-000000000000)",
    ])
    expect(read({ ...fields, package: 'a.intunewin', force: 'true' }).problems).toEqual([
      'force: only applies to command promote',
    ])
    // The runner passes a boolean's default: 'false' is "not set".
    expect(read({ ...fields, package: 'a.intunewin', force: 'false' }).problems).toEqual([])
  })

  it('require-healthy-in: a connection JSON, its secret masked before anything else, the ca-file shared', () => {
    const test = JSON.stringify({
      settingName: 'intune-test',
      clientId: CLIENT,
      clientSecret: TEST_SECRET,
      tenantId: TENANT,
    })
    const { result, masked } = read({ ...fields, package: 'a.intunewin', 'require-healthy-in': test })
    if (!result.ok) throw new Error(result.problems.join('\n'))
    expect(masked).toContain(TEST_SECRET)
    expect(result.inputs.publish.requireHealthyIn).toMatchObject({
      settingName: 'intune-test',
      clientSecret: TEST_SECRET,
    })
  })

  it('require-healthy-in refuses a file name, a connection without a credential, and other commands', () => {
    const noSecret = JSON.stringify({ clientId: CLIENT, tenantId: TENANT })
    expect(read({ ...fields, package: 'a.intunewin', 'require-healthy-in': 'test.json' }).problems).toEqual([
      "require-healthy-in: must be a connection JSON (the other environment's connection secret), not a file name",
    ])
    expect(read({ ...fields, package: 'a.intunewin', 'require-healthy-in': noSecret }).problems).toEqual([
      'require-healthy-in: has no clientSecret or certificatePem; add one, or sign in with OIDC (use-oidc: true)',
    ])
    const problems = read({ ...fields, command: 'check-connection', 'require-healthy-in': noSecret }).problems
    expect(problems).toContain('require-healthy-in: only applies to publish (and plan)')
  })
})
