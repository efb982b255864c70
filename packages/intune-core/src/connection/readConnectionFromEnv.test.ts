import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { clearRegisteredSecrets, sanitizeText } from '../sanitize'
import { mergeConnectionInputs, readConnectionFromEnv } from './readConnectionFromEnv'

const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
afterEach(() => clearRegisteredSecrets())

describe('readConnectionFromEnv', () => {
  it('reads INTUNE_CONNECTION and lets single variables win', () => {
    const c = readConnectionFromEnv({
      INTUNE_CONNECTION: JSON.stringify({
        settingName: 'From JSON',
        clientId: CLIENT,
        clientSecret: 'json-secret-0',
      }),
      INTUNE_SETTING_NAME: 'From env',
      INTUNE_CLIENT_SECRET: 'env-secret-111',
      INTUNE_TENANT_ID: 'contoso.onmicrosoft.com',
      INTUNE_ALLOW_CUSTOM_ENDPOINTS: '1',
    })
    expect(c).toEqual({
      settingName: 'From env',
      clientId: CLIENT,
      clientSecret: 'env-secret-111',
      tenantId: 'contoso.onmicrosoft.com',
      allowCustomEndpoints: true,
    })
    expect(sanitizeText('env-secret-111 json-secret-0')).toBe('REDACTED REDACTED')
  })

  it('reads @files for the connection, the certificate and the CA (caFile in JSON too)', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'conn-'))
    const ca = '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n'
    await fs.writeFile(path.join(dir, 'ca.pem'), ca)
    await fs.writeFile(
      path.join(dir, 'c.json'),
      JSON.stringify({ clientId: CLIENT, caFile: path.join(dir, 'ca.pem') }),
    )
    await fs.writeFile(
      path.join(dir, 'cert.pem'),
      '-----BEGIN PRIVATE KEY-----\nkeykeykey\n-----END PRIVATE KEY-----\n',
    )
    const c = readConnectionFromEnv({
      INTUNE_CONNECTION: `@${path.join(dir, 'c.json')}`,
      INTUNE_CERTIFICATE: `@${path.join(dir, 'cert.pem')}`,
    })
    expect(c.caPem).toBe(ca)
    expect(c.certificatePem).toContain('keykeykey')
    expect(sanitizeText(`x ${c.certificatePem} y`)).toBe('x REDACTED y')
    await fs.rm(dir, { recursive: true })
  })

  it('names the variable when a file is missing', () => {
    expect(() => readConnectionFromEnv({ INTUNE_CA_FILE: '/nonexistent/ca.pem' })).toThrow(
      'INTUNE_CA_FILE: cannot read /nonexistent/ca.pem (ENOENT).',
    )
  })

  it('merges later sources field by field', () => {
    expect(
      mergeConnectionInputs({ clientId: 'a', tenantId: 't' }, undefined, {
        clientId: 'b',
        tenantId: undefined,
      }),
    ).toEqual({ clientId: 'b', tenantId: 't' })
  })
})
