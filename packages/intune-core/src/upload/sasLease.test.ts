import { silentLogger } from '../logger'
import { sanitizeText } from '../sanitize'
import { registerSasSecret, SasLease } from './sasLease'

const url = (n: number) => `https://blob.example/c/b?sv=2017-04-17&sr=b&sig=Sig${n}abc%2Bdef%3D`

describe('SasLease', () => {
  it('renews on a period and before a known expiry, but not in a loop for short-lived URLs', async () => {
    let now = 0
    let n = 0
    const lease = new SasLease({
      url: url(0),
      expiresOn: new Date(60_000),
      renew: async () => ({ url: url(++n), expiresOn: new Date(now + 60_000) }),
      marginMs: 120_000,
      periodMs: 420_000,
      logger: silentLogger,
      now: () => now,
    })
    now = 29_000
    expect(await lease.url()).toBe(url(0)) // margin capped at half the 60 s lifetime
    now = 31_000
    expect(await lease.url()).toBe(url(1))
    now = 32_000
    expect(await lease.url()).toBe(url(1))
    expect(lease.renewals).toBe(1)
  })

  it('renews every period without an expiry', async () => {
    let now = 0
    let n = 0
    const lease = new SasLease({
      url: url(0),
      renew: async () => ({ url: url(++n) }),
      marginMs: 120_000,
      periodMs: 420_000,
      logger: silentLogger,
      now: () => now,
    })
    now = 419_000
    expect(await lease.url()).toBe(url(0))
    now = 420_000
    expect(await lease.url()).toBe(url(1))
  })

  it('shares one renewal among blocks that hit 403 together, and ignores 403s on an old URL', async () => {
    let n = 0
    const lease = new SasLease({
      url: url(0),
      renew: async () => {
        await new Promise(r => setTimeout(r, 20))
        return { url: url(++n) }
      },
      marginMs: 0,
      periodMs: 1e9,
      logger: silentLogger,
    })
    const got = await Promise.all([lease.forbidden(url(0)), lease.forbidden(url(0)), lease.forbidden(url(0))])
    expect(got).toEqual([url(1), url(1), url(1)])
    expect(await lease.forbidden(url(0))).toBe(url(1))
    expect(lease.renewals).toBe(1)
  })

  it('wraps a failing renew in UPLOAD_FAILED', async () => {
    const lease = new SasLease({
      url: url(0),
      renew: async () => {
        throw new Error('renewUpload timed out')
      },
      marginMs: 0,
      periodMs: 1e9,
      logger: silentLogger,
    })
    await expect(lease.forbidden(url(0))).rejects.toMatchObject({
      code: 'UPLOAD_FAILED',
      message: 'Renewing the upload SAS URL failed: renewUpload timed out',
    })
  })

  it('registers the signature (raw and decoded) so it is redacted from any text', () => {
    registerSasSecret('https://x.example/c/b?sv=1&sig=Zm9vYmFyYmF6%2Bqux%3D')
    expect(sanitizeText('sig was Zm9vYmFyYmF6+qux= then')).toBe('sig was REDACTED then')
    expect(sanitizeText('raw Zm9vYmFyYmF6%2Bqux%3D')).toBe('raw REDACTED')
  })

  it('refuses a URL without a query', () => {
    expect(
      () =>
        new SasLease({
          url: 'https://x.example/c/b',
          renew: async () => ({ url: url(1) }),
          marginMs: 0,
          periodMs: 1,
          logger: silentLogger,
        }),
    ).toThrow('The upload SAS URL has no query (no signature).')
  })
})
