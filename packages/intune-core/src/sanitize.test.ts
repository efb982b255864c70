import { clearRegisteredSecrets, registerSecret, sanitizeText, sanitizeUrl } from './sanitize'

describe('sanitizeUrl', () => {
  it('redacts every query value except api-version', () => {
    const url =
      'https://acct.blob.core.windows.net/c/b.bin?sv=2017-04-17&sr=b&si=policy&sig=abc%2Fdef&api-version=7.1'
    expect(sanitizeUrl(url)).toBe(
      'https://acct.blob.core.windows.net/c/b.bin?sv=REDACTED&sr=REDACTED&si=REDACTED&sig=REDACTED&api-version=7.1',
    )
  })
})

describe('sanitizeText', () => {
  afterEach(() => clearRegisteredSecrets())

  it('removes registered secrets and their encoded forms', () => {
    registerSecret('s3cr3t/value+x')
    const b64 = Buffer.from('s3cr3t/value+x').toString('base64')
    const out = sanitizeText(`a s3cr3t/value+x b ${encodeURIComponent('s3cr3t/value+x')} c ${b64}`)
    expect(out).not.toContain('s3cr3t')
    expect(out).not.toContain(b64)
  })

  it('redacts JWTs, bearer tokens and form secrets nobody registered', () => {
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4eHh4eHgifQ.c2lnbmF0dXJlc2ln'
    const out = sanitizeText(`Authorization: Bearer abc.def ${jwt} client_secret=hunter2&x=1`)
    expect(out).not.toContain(jwt)
    expect(out).not.toContain('abc.def')
    expect(out).not.toContain('hunter2')
  })
})
