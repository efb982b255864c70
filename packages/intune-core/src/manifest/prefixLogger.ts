import type { Logger } from '../logger'

/** Apps publish side by side: each line says which one it is about. */
export function prefixLogger(inner: Logger, prefix: string): Logger {
  return {
    info: m => inner.info(`[${prefix}] ${m}`),
    warn: m => inner.warn(`[${prefix}] ${m}`),
    debug: m => inner.debug(`[${prefix}] ${m}`),
    progress: e => inner.progress({ ...e, message: `[${prefix}] ${e.message}` }),
    maskSecret: s => inner.maskSecret(s),
  }
}
