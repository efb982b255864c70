/**
 * The CLI's Logger: results on stdout, diagnostics on stderr, debug lines only when asked for.
 * Every line passes the sanitizer; masked secrets join the sanitizer's list.
 */
import { type Logger, registerSecret, sanitizeText } from '@intune-publish/core'

export interface Output {
  stdout(text: string): void
  stderr(text: string): void
}

export const processOutput: Output = {
  stdout: t => process.stdout.write(t),
  stderr: t => process.stderr.write(t),
}

export function createConsoleLogger(out: Output, opts: { debug: boolean }): Logger {
  const line = (write: (t: string) => void, prefix: string) => (m: string) =>
    write(`${prefix}${sanitizeText(m)}\n`)
  return {
    info: line(out.stdout, ''),
    warn: line(out.stderr, 'warning: '),
    debug: opts.debug ? line(out.stderr, 'debug: ') : () => undefined,
    progress: e => out.stderr(`${sanitizeText(e.message)}\n`),
    maskSecret: s => registerSecret(s),
  }
}
