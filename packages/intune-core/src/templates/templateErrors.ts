/** Collects template problems so that a user sees ALL of them at once, one line each. */
import { ErrorCodes, IntunePublishError } from '../errors'

export class TemplateProblems {
  readonly lines: string[] = []

  /** `file: field: what was expected` (field may be empty for whole-file problems). */
  add(file: string, field: string, message: string): void {
    this.lines.push(field ? `${file}: ${field}: ${message}` : `${file}: ${message}`)
  }

  addLines(file: string, lines: string[]): void {
    for (const l of lines) this.lines.push(`${file}: ${l}`)
  }

  get count(): number {
    return this.lines.length
  }

  throwIfAny(what = 'template'): void {
    if (!this.lines.length) return
    throw templateError(this.lines, what)
  }
}

export function templateError(lines: string[], what = 'template'): IntunePublishError {
  const head = lines.length === 1 ? `Invalid ${what}: ` : `Invalid ${what} (${lines.length} problems):\n`
  return new IntunePublishError(ErrorCodes.TemplateInvalid, head + lines.join('\n'), {
    field: lines.length === 1 ? lines[0].split(': ')[1] : undefined,
    fix: 'Fix the fields named above; docs/app-templates.md and docs/assignment-templates.md list every key.',
  })
}
