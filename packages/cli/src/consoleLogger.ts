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

export interface ConsoleLoggerOptions {
  debug: boolean
  /** With --json, stdout carries only the result; everything else goes to stderr. */
  json?: boolean
  /** stderr is a terminal: draw one progress bar in place instead of printing lines. */
  tty?: boolean
}

export function createConsoleLogger(out: Output, opts: ConsoleLoggerOptions): Logger {
  let barShown = false
  const clearBar = () => {
    if (barShown) out.stderr('\r\x1b[2K')
    barShown = false
  }
  const line = (write: (t: string) => void, prefix: string) => (m: string) => {
    clearBar()
    write(`${prefix}${sanitizeText(m)}\n`)
  }
  return {
    info: line(opts.json ? out.stderr : out.stdout, ''),
    warn: line(out.stderr, 'warning: '),
    debug: opts.debug ? line(out.stderr, 'debug: ') : () => undefined,
    progress: e => {
      if (!opts.tty) return out.stderr(`${sanitizeText(e.message)}\n`)
      out.stderr(`\r\x1b[2K${progressBar(e.done, e.total)} ${sanitizeText(e.message)}`)
      barShown = e.total === 0 || e.done < e.total
      if (!barShown) out.stderr('\n')
    },
    maskSecret: s => registerSecret(s),
  }
}

export function progressBar(done: number, total: number, width = 24): string {
  const ratio = total > 0 ? Math.min(1, done / total) : 0
  const full = Math.round(ratio * width)
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}]`
}
