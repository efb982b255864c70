import { createPrivateKey } from 'node:crypto'
import type { ConnectionInput } from '../api'
import { ErrorCodes, IntunePublishError } from '../errors'
import { clearRegisteredSecrets, sanitizeText } from '../sanitize'
import { makeCertificate } from '../test-support/makeCertificate'
import { parseConnectionJson } from './parseConnectionJson'
import { resolveConnection } from './resolveConnection'

const TENANT = '11111111-2222-3333-4444-555555555555'
const CLIENT = 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee'
const base: ConnectionInput = {
  settingName: 'Contoso Prod',
  clientId: CLIENT,
  clientSecret: 's3cret-value~xyz',
  authUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token`,
}

function errorOf(fn: () => unknown): IntunePublishError {
  try {
    fn()
  } catch (e) {
    expect(e).toBeInstanceOf(IntunePublishError)
    return e as IntunePublishError
  }
  throw new Error('expected an error')
}

afterEach(() => clearRegisteredSecrets())

describe('resolveConnection', () => {
  it('derives the public cloud, authority, Graph endpoint and scope from the Auth URL', () => {
    const r = resolveConnection(base)
    expect(r).toMatchObject({
      settingName: 'Contoso Prod',
      clientId: CLIENT,
      tenantId: TENANT,
      cloud: 'public',
      loginHost: 'login.microsoftonline.com',
      authority: `https://login.microsoftonline.com/${TENANT}`,
      graphUrl: 'https://graph.microsoft.com',
      scope: 'https://graph.microsoft.com/.default',
      customEndpoints: false,
      credential: { kind: 'secret', clientSecret: 's3cret-value~xyz' },
    })
  })

  it.each([
    ['usgov', 'login.microsoftonline.us', undefined, 'https://graph.microsoft.us'],
    ['usgovdod', 'login.microsoftonline.us', 'usgovdod', 'https://dod-graph.microsoft.us'],
    ['china', 'login.chinacloudapi.cn', undefined, 'https://microsoftgraph.chinacloudapi.cn'],
  ])('maps the %s cloud', (cloud, host, requested, graph) => {
    const r = resolveConnection({
      ...base,
      cloud: requested,
      authUrl: `https://${host}/${TENANT}/oauth2/v2.0/token`,
    })
    expect(r.cloud).toBe(cloud)
    expect(r.graphUrl).toBe(graph)
    expect(r.scope).toBe(`${graph}/.default`)
  })

  it('takes a tenant ID instead of the Auth URL, and a cloud name alias', () => {
    const r = resolveConnection({
      clientId: CLIENT,
      clientSecret: 'x-secret-1',
      tenantId: TENANT,
      cloud: 'AzureChinaCloud',
    })
    expect(r.authority).toBe(`https://login.chinacloudapi.cn/${TENANT}`)
    expect(r.settingName).toBe(CLIENT)
  })

  it('registers the secret for masking as soon as it is read', () => {
    const masked: string[] = []
    const logger = {
      info: jest.fn(),
      warn: jest.fn(),
      debug: jest.fn(),
      progress: jest.fn(),
      maskSecret: (s: string) => masked.push(s),
    }
    resolveConnection(base, logger)
    expect(masked).toEqual(['s3cret-value~xyz'])
    expect(sanitizeText('value s3cret-value~xyz end')).toBe('value REDACTED end')
  })

  it.each<[string, ConnectionInput, string, string]>([
    ['missing clientId', { ...base, clientId: undefined }, 'clientId', 'clientId: is missing.'],
    ['bad clientId GUID', { ...base, clientId: 'my-app' }, 'clientId', "'my-app' is not a GUID"],
    ['missing secret', { ...base, clientSecret: undefined }, 'clientSecret', 'clientSecret: is missing'],
    ['missing authUrl and tenant', { ...base, authUrl: undefined }, 'authUrl', 'authUrl: is missing'],
    [
      'bad tenant',
      { ...base, authUrl: undefined, tenantId: 'not a tenant' },
      'tenantId',
      'is not a GUID or a tenant domain',
    ],
    [
      'common tenant',
      { ...base, authUrl: undefined, tenantId: 'common' },
      'tenantId',
      'app-only sign-in needs your own tenant',
    ],
    [
      'authorize URL',
      { ...base, authUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/v2.0/authorize` },
      'authUrl',
      'is not a token URL',
    ],
    [
      'v1 token URL',
      { ...base, authUrl: `https://login.microsoftonline.com/${TENANT}/oauth2/token` },
      'authUrl',
      'old v1 token URL',
    ],
    [
      'http Auth URL',
      { ...base, authUrl: `http://login.microsoftonline.com/${TENANT}/oauth2/v2.0/token` },
      'authUrl',
      'must use https',
    ],
    ['not a URL', { ...base, authUrl: 'login.microsoftonline.com' }, 'authUrl', 'is not a URL'],
    [
      'tenant mismatch',
      { ...base, tenantId: '99999999-2222-3333-4444-555555555555' },
      'tenantId',
      'differs from the tenant in authUrl',
    ],
    ['unknown cloud', { ...base, cloud: 'mars' }, 'cloud', "'mars' is not a known cloud"],
    [
      'graph with path',
      { ...base, graphUrl: 'https://graph.microsoft.com/v1.0' },
      'graphUrl',
      'without a path',
    ],
    ['graph over http', { ...base, graphUrl: 'http://graph.microsoft.com' }, 'graphUrl', 'must use https'],
    [
      'graph of another cloud',
      { ...base, graphUrl: 'https://graph.microsoft.us' },
      'graphUrl',
      'is not the Graph host of the public cloud',
    ],
    [
      'two credentials',
      { ...base, clientAssertion: async () => 'x' },
      'clientAssertion',
      'given together with clientSecret',
    ],
    ['bad CA', { ...base, caPem: 'hello' }, 'caPem', 'no -----BEGIN CERTIFICATE-----'],
  ])('refuses %s naming the field and the fix', (_name, input, field, text) => {
    const e = errorOf(() => resolveConnection(input))
    expect(e.code).toBe(ErrorCodes.InputInvalid)
    expect(e.field).toBe(field)
    expect(e.message).toContain(text)
    expect(e.fix).toBeTruthy()
    expect(e.toLine()).not.toMatch(/\n/)
  })

  it('refuses a non-Microsoft authority and Graph host without the opt-in', () => {
    const sim = {
      ...base,
      authUrl: `https://127.0.0.1:8443/${TENANT}/oauth2/v2.0/token`,
      graphUrl: 'https://127.0.0.1:9443',
    }
    const e = errorOf(() => resolveConnection(sim))
    expect(e.code).toBe(ErrorCodes.HostNotAllowed)
    expect(e.field).toBe('authUrl')
    expect(e.message).toContain('127.0.0.1:8443 is not a Microsoft Entra sign-in host')
    expect(e.fix).toContain('allowCustomEndpoints')
    const g = errorOf(() => resolveConnection({ ...base, graphUrl: 'https://graph.evil.example' }))
    expect(g.code).toBe(ErrorCodes.HostNotAllowed)
    expect(g.field).toBe('graphUrl')

    const r = resolveConnection({ ...sim, allowCustomEndpoints: true })
    expect(r).toMatchObject({
      cloud: 'custom',
      loginHost: '127.0.0.1:8443',
      authority: `https://127.0.0.1:8443/${TENANT}`,
      graphUrl: 'https://127.0.0.1:9443',
      scope: 'https://127.0.0.1:9443/.default',
      customEndpoints: true,
    })
  })

  it('needs a graphUrl with a custom authority', () => {
    const e = errorOf(() =>
      resolveConnection({
        ...base,
        authUrl: `https://127.0.0.1:8443/${TENANT}/oauth2/v2.0/token`,
        allowCustomEndpoints: true,
      }),
    )
    expect(e.field).toBe('graphUrl')
  })
})

describe('certificate credential', () => {
  it('computes the SHA-256 thumbprint and a PKCS#8 key', async () => {
    const cert = await makeCertificate()
    const r = resolveConnection({ ...base, clientSecret: undefined, certificatePem: cert.combinedPem })
    if (r.credential.kind !== 'certificate') throw new Error('expected a certificate credential')
    const { X509Certificate } = await import('node:crypto')
    const expected = new X509Certificate(cert.certPem).fingerprint256.replace(/:/g, '').toLowerCase()
    expect(r.credential.thumbprintSha256).toBe(expected)
    expect(r.credential.thumbprintSha256).toMatch(/^[0-9a-f]{64}$/)
    expect(r.credential.privateKey).toContain('-----BEGIN PRIVATE KEY-----')
    expect(sanitizeText(`key ${r.credential.privateKey}`)).toBe('key REDACTED')
  })

  it('reads an encrypted key with its password, and says so when the password is missing', async () => {
    const cert = await makeCertificate()
    const encrypted = createPrivateKey(cert.keyPem)
      .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pfx-pass-123' })
      .toString()
    const pem = `${cert.certPem}\n${encrypted}`
    const ok = resolveConnection({
      ...base,
      clientSecret: undefined,
      certificatePem: pem,
      certificatePassword: 'pfx-pass-123',
    })
    expect(ok.credential.kind).toBe('certificate')
    const e = errorOf(() => resolveConnection({ ...base, clientSecret: undefined, certificatePem: pem }))
    expect(e.field).toBe('certificatePem')
    expect(e.fix).toContain('password')
  })

  it.each([
    ['no certificate block', (c: { keyPem: string }) => c.keyPem, 'no -----BEGIN CERTIFICATE----- block'],
    ['no key block', (c: { certPem: string }) => c.certPem, 'no private key block'],
    [
      'garbage certificate',
      (c: { keyPem: string }) =>
        `-----BEGIN CERTIFICATE-----\nnot base64\n-----END CERTIFICATE-----\n${c.keyPem}`,
      'certificate block could not be read',
    ],
  ])('refuses %s', async (_n, make, text) => {
    const cert = await makeCertificate()
    const e = errorOf(() =>
      resolveConnection({ ...base, clientSecret: undefined, certificatePem: make(cert) }),
    )
    expect(e.field).toBe('certificatePem')
    expect(e.message).toContain(text)
  })

  it('refuses a key that belongs to another certificate, and an expired certificate', async () => {
    const a = await makeCertificate()
    const b = await makeCertificate()
    const e = errorOf(() =>
      resolveConnection({ ...base, clientSecret: undefined, certificatePem: `${a.certPem}\n${b.keyPem}` }),
    )
    expect(e.message).toContain('does not belong to the certificate')
    const old = await makeCertificate({
      notBefore: new Date(Date.now() - 86400_000 * 2),
      notAfter: new Date(Date.now() - 86400_000),
    })
    const x = errorOf(() =>
      resolveConnection({ ...base, clientSecret: undefined, certificatePem: old.combinedPem }),
    )
    expect(x.message).toContain('expired on')
  })
})

describe('parseConnectionJson', () => {
  it('reads the one-secret form', () => {
    const c = parseConnectionJson(
      JSON.stringify({
        settingName: 'Prod',
        clientId: CLIENT,
        clientSecret: 'json-secret-1',
        authUrl: base.authUrl,
        allowCustomEndpoints: 'true',
      }),
      '--connection',
    )
    expect(c).toEqual({
      settingName: 'Prod',
      clientId: CLIENT,
      clientSecret: 'json-secret-1',
      authUrl: base.authUrl,
      allowCustomEndpoints: true,
    })
    expect(sanitizeText('json-secret-1')).toBe('REDACTED')
  })

  it('says where malformed JSON breaks, without echoing the text', () => {
    const text = '{\n  "clientId": "x",\n  "clientSecret": "topsecret-999",\n}'
    const e = errorOf(() => parseConnectionJson(text, 'INTUNE_CONNECTION'))
    expect(e.field).toBe('INTUNE_CONNECTION')
    expect(e.message).toContain('line 4, column 1')
    expect(e.toLine()).not.toContain('topsecret')
  })

  it('refuses a non-object, an unknown field and a non-string value', () => {
    expect(errorOf(() => parseConnectionJson('[1]', 'c')).message).toContain('must be an object')
    const u = errorOf(() => parseConnectionJson('{"clientSecrt":"x"}', 'c'))
    expect(u.field).toBe('c.clientSecrt')
    expect(u.fix).toContain('clientSecret')
    expect(errorOf(() => parseConnectionJson('{"clientId":5}', 'c')).message).toContain('must be a string')
    expect(errorOf(() => parseConnectionJson('  ', 'c')).message).toContain('empty')
  })
})
