/**
 * Maps the core's Logger onto a CI system's log calls. Progress lines are throttled so that a long
 * upload prints a line every few seconds, not one per block.
 */
import { sanitizeText, type Logger, type ProgressEvent } from '@intune-publish/core'

export interface LogSink {
  info(message: string): void
  warning(message: string): void
  debug(message: string): void
  setSecret(secret: string): void
}

export function createLogger(sink: LogSink, everyMs = 5000, now: () => number = Date.now): Logger {
  const last = new Map<string, number>()
  return {
    // Every line through the core's sanitizer: no secret, and no runner command from package text.
    info: m => sink.info(sanitizeText(m)),
    warn: m => sink.warning(sanitizeText(m)),
    debug: m => sink.debug(sanitizeText(m)),
    maskSecret: s => {
      if (s) sink.setSecret(s)
    },
    progress: (e: ProgressEvent) => {
      const t = now()
      const finished = e.total > 0 && e.done >= e.total
      const prev = last.get(e.phase)
      if (!finished && prev !== undefined && t - prev < everyMs) return
      last.set(e.phase, t)
      sink.info(sanitizeText(e.message))
    },
  }
}
