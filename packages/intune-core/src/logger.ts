/**
 * The logger adapters hand to intune-core. The core never prints by itself; the CLI, the Action and
 * the Azure DevOps task each map these calls onto their own logging.
 */
import { registerSecret, sanitizeText } from './sanitize'

export interface ProgressEvent {
  /** What is progressing, e.g. `upload`, `package`, `poll`. */
  phase: string
  /** Bytes (or units) done so far and in total (total may be unknown: 0). */
  done: number
  total: number
  /** Bytes per second over the recent window, when known. */
  rate?: number
  /** Seconds left, when known. */
  etaSeconds?: number
  /** A short human-readable line, already formatted. */
  message: string
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
  progress(event: ProgressEvent): void
  /** Registers a secret with the CI system's masking (core.setSecret, ##vso[task.setsecret]). */
  maskSecret(secret: string): void
}

/** A logger that drops everything: for library callers that want silence. */
export const silentLogger: Logger = {
  info: () => undefined,
  warn: () => undefined,
  debug: () => undefined,
  progress: () => undefined,
  maskSecret: () => undefined,
}

/**
 * Wraps an adapter's logger so that every line is sanitized and every masked secret is also registered
 * with our own sanitizer. The core calls this once at its entry points; adapters need not.
 */
export function safeLogger(inner: Logger): Logger {
  return {
    info: m => inner.info(sanitizeText(m)),
    warn: m => inner.warn(sanitizeText(m)),
    debug: m => inner.debug(sanitizeText(m)),
    progress: e => inner.progress({ ...e, message: sanitizeText(e.message) }),
    maskSecret: s => {
      if (!s) return
      registerSecret(s)
      inner.maskSecret(s)
    },
  }
}
