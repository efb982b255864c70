import {
  clearRegisteredSecrets,
  neutraliseCommands,
  oneLine,
  registerSecret,
  sanitizeText,
  sanitizeUrl,
} from './sanitize'

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

describe('neutraliseCommands (issue 11 item 3)', () => {
  const INJECTED = [
    'RT Inject',
    '::warning title=INJECTED-GH::x',
    '  ::add-mask::y',
    '##vso[task.setvariable variable=INJECTED_ADO]pwned',
    'mid ##VSO[task.complete result=Succeeded]',
    '##[group]INJECTED',
    '::stop-commands::x',
  ].join('\n')

  it('leaves no line that starts a GitHub command and no ##vso[ or ##[ anywhere', () => {
    const out = sanitizeText(INJECTED)
    for (const line of out.split('\n')) expect(line).not.toMatch(/^\s*::/)
    expect(out).not.toMatch(/##(vso)?\[/i)
    expect(out).toContain('INJECTED-GH') // still shown, just inert
    expect(out.split('\n')[1]).toBe(': :warning title=INJECTED-GH::x')
  })

  it('escapes CR, escape sequences and Unicode line separators, and is idempotent', () => {
    const out = neutraliseCommands('a\rb\u001b[31mc\u2028d\u0085e\tf')
    expect(out).toBe('a\\rb\\u001b[31mc\\u2028d\\u0085e\tf')
    expect(neutraliseCommands(out)).toBe(out)
    expect(sanitizeText(sanitizeText(INJECTED))).toBe(sanitizeText(INJECTED))
  })

  it('keeps JSON valid JSON', () => {
    const value = { name: 'x\u2028::warning::y ##vso[task.setvariable variable=A]b', n: '\r\n' }
    expect(JSON.parse(sanitizeText(JSON.stringify(value)))).toEqual({
      name: 'x\u2028::warning::y ## vso[task.setvariable variable=A]b',
      n: '\r\n',
    })
  })

  it('oneLine escapes line feeds too', () => {
    expect(oneLine('a\n::error::b')).toBe('a\\n::error::b')
  })
})
