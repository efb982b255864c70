/**
 * Holds the SAS URL every block uses and renews it: proactively (before `expiresOn` minus a margin, and on a
 * fixed period like the references' 7 minutes, since Intune's expiry is not always given) and reactively after a
 * 403. Concurrent blocks that hit a 403 together share one renewal. Every URL and its signature is registered as a
 * secret the moment we see it.
 */
import { IntunePublishError, ErrorCodes } from '../errors'
import type { Logger } from '../logger'
import { registerSecret } from '../sanitize'

export interface RenewedSas {
  url: string
  expiresOn?: Date
}

export interface SasLeaseOptions {
  url: string
  expiresOn?: Date
  renew: () => Promise<RenewedSas>
  /** Renew when less than this is left before `expiresOn`. */
  marginMs: number
  /** Renew at least this often even without a known expiry. */
  periodMs: number
  logger: Logger
  now?: () => number
}

/** Registers a SAS URL and its `sig` (raw and decoded) for redaction, and with the CI's masking. */
export function registerSasSecret(url: string, logger?: Logger): void {
  registerSecret(url)
  const q = url.indexOf('?')
  if (q < 0) return
  for (const pair of url.slice(q + 1).split('&')) {
    const [key, value] = pair.split('=')
    if (key?.toLowerCase() !== 'sig' || !value) continue
    registerSecret(value)
    logger?.maskSecret(value)
    try {
      const decoded = decodeURIComponent(value)
      registerSecret(decoded)
      if (decoded !== value) logger?.maskSecret(decoded)
    } catch {
      // A malformed escape: the raw value is registered already.
    }
  }
}

function checkUrl(url: string): void {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new IntunePublishError(ErrorCodes.UploadFailed, 'The upload SAS URL is not a valid URL.')
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    throw new IntunePublishError(
      ErrorCodes.UploadFailed,
      `The upload SAS URL uses ${parsed.protocol}, not https.`,
    )
  }
  if (!parsed.search) {
    throw new IntunePublishError(ErrorCodes.UploadFailed, 'The upload SAS URL has no query (no signature).')
  }
}

export class SasLease {
  private current: string
  private expiresOn?: Date
  private issuedAt: number
  private pending?: Promise<string>
  renewals = 0
  private readonly now: () => number

  constructor(private readonly opts: SasLeaseOptions) {
    registerSasSecret(opts.url, opts.logger)
    checkUrl(opts.url)
    this.current = opts.url
    this.expiresOn = opts.expiresOn
    this.now = opts.now ?? Date.now
    this.issuedAt = this.now()
  }

  /** The URL to use now, renewing first when it is about to expire. */
  async url(): Promise<string> {
    if (this.pending) return this.pending
    const t = this.now()
    const expiring =
      this.expiresOn !== undefined && this.expiresOn.getTime() - t < this.margin(this.expiresOn)
    if (expiring || t - this.issuedAt >= this.opts.periodMs) {
      return this.renew(expiring ? 'the SAS expires soon' : 'periodic renewal')
    }
    return this.current
  }

  /** After a 403 with `usedUrl`: renew, unless another block already did since. */
  async forbidden(usedUrl: string): Promise<string> {
    if (this.pending) return this.pending
    if (usedUrl !== this.current) return this.current
    return this.renew('a block got 403')
  }

  /** The configured margin, but at most half the URL's lifetime, so a short-lived SAS isn't renewed in a loop. */
  private margin(expiresOn: Date): number {
    return Math.min(this.opts.marginMs, Math.max(0, (expiresOn.getTime() - this.issuedAt) / 2))
  }

  /** The latest URL without renewing (for logging decisions). */
  latest(): string {
    return this.current
  }

  private renew(reason: string): Promise<string> {
    this.opts.logger.debug(`upload: renewing the SAS URL (${reason})`)
    const p = (async () => {
      let next: RenewedSas
      try {
        next = await this.opts.renew()
      } catch (e) {
        if (e instanceof IntunePublishError) throw e
        throw new IntunePublishError(
          ErrorCodes.UploadFailed,
          `Renewing the upload SAS URL failed: ${e instanceof Error ? e.message : String(e)}`,
          { cause: e },
        )
      }
      registerSasSecret(next.url, this.opts.logger)
      checkUrl(next.url)
      this.current = next.url
      this.expiresOn = next.expiresOn
      this.issuedAt = this.now()
      this.renewals++
      this.opts.logger.debug(`upload: SAS URL renewed (${this.renewals} so far)`)
      return next.url
    })()
    this.pending = p
    const clear = () => {
      if (this.pending === p) this.pending = undefined
    }
    p.then(clear, clear)
    return p
  }
}
