import { ErrorCodes } from '../errors'
import { clearRegisteredSecrets, registerSecret } from '../sanitize'
import { AADSTS, aadstsCode, signInError } from './aadsts'

const ctx = {
  clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
  tenantId: '11111111-2222-3333-4444-555555555555',
  loginHost: 'login.microsoftonline.com',
}

// What msal-node's ServerError looks like: errorCode, errorMessage with the AADSTS text and trace ids.
function msalError(code: string, text: string): Error {
  const e = new Error(
    `invalid_client: Error(s): ${code} - Timestamp: 2026-01-01 - Description: AADSTS${code}: ${text} Trace ID: abc Correlation ID: def`,
  )
  Object.assign(e, { errorCode: 'invalid_client', errorMessage: `AADSTS${code}: ${text} Trace ID: abc` })
  return e
}

afterEach(() => clearRegisteredSecrets())

describe('signInError', () => {
  it.each([
    ['7000215', 'the client secret is wrong', 'Value (not its Secret ID)'],
    ['7000222', 'the client secret has expired', 'Create a new client secret'],
    [
      '700016',
      `no application with client ID ${ctx.clientId} exists in tenant ${ctx.tenantId}`,
      'Check the client ID',
    ],
    ['90002', `tenant ${ctx.tenantId} was not found`, 'Check the tenant ID'],
    ['70021', 'no federated credential on the app matches', 'Federated credentials'],
    ['700213', 'no federated credential on the app matches', 'api://AzureADTokenExchange'],
    ['700024', 'the client assertion has expired', 'fresh OIDC token'],
    [
      '7000229',
      'has no service principal',
      `https://login.microsoftonline.com/${ctx.tenantId}/adminconsent?client_id=${ctx.clientId}`,
    ],
    ['7000112', 'the application is disabled', 'Enabled for users to sign-in'],
    ['500011', 'not known in the tenant', 'cloud'],
    ['50034', 'does not exist in this directory', 'client ID'],
  ])('maps AADSTS%s to one line with cause and fix', (code, cause, fix) => {
    const e = signInError(msalError(code, 'Microsoft words.'), ctx)
    expect(e.code).toBe(ErrorCodes.AuthFailed)
    expect(e.graphCode).toBe(`AADSTS${code}`)
    expect(e.message).toContain(cause)
    expect(e.fix).toContain(fix)
    expect(e.toLine()).not.toMatch(/[\r\n]/)
    expect(e.toLine()).not.toContain('Trace ID')
  })

  it("keeps Microsoft's first sentence for an unknown code", () => {
    const e = signInError(msalError('123456', 'Something odd happened. More text.'), ctx)
    expect(e.message).toBe('Sign-in failed: Something odd happened (AADSTS123456).')
    expect(e.fix).toContain('Look up AADSTS123456')
  })

  it('reports network failures as one sanitized line', () => {
    registerSecret('the-client-secret-42')
    const e = signInError(new Error('network_error: fetch failed with the-client-secret-42\nstack'), ctx)
    expect(e.code).toBe(ErrorCodes.AuthFailed)
    expect(e.message).toBe(
      'Sign-in to login.microsoftonline.com failed: network_error: fetch failed with REDACTED',
    )
  })

  it('finds the code in errorMessage or message', () => {
    expect(aadstsCode({ errorMessage: 'AADSTS700016: x' })).toBe('700016')
    expect(aadstsCode(new Error('no code'))).toBeUndefined()
    expect(Object.keys(AADSTS).length).toBeGreaterThanOrEqual(14)
  })
})
