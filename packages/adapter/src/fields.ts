/**
 * Small parsers for text inputs. Each returns the value or records one problem line naming the input and
 * the fix, so that a run can report every bad input at once instead of stopping at the first.
 */

export type GetInput = (name: string) => string

export class Problems {
  readonly lines: string[] = []
  add(input: string, message: string): void {
    this.lines.push(`${input}: ${message}`)
  }
  /** A line that already names its field (the core's input errors do). */
  addLine(line: string): void {
    this.lines.push(line)
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function isGuid(value: string): boolean {
  return GUID.test(value)
}

/** YAML 1.2 core-schema booleans, as @actions/core's getBooleanInput accepts them. */
export function parseBool(p: Problems, input: string, raw: string, fallback: boolean): boolean {
  if (raw === '') return fallback
  if (['true', 'True', 'TRUE'].includes(raw)) return true
  if (['false', 'False', 'FALSE'].includes(raw)) return false
  p.add(input, `'${raw}' is not a boolean; use true or false`)
  return fallback
}

export function parseChoice<T extends string>(
  p: Problems,
  input: string,
  raw: string,
  choices: readonly T[],
  fallback: T,
): T {
  if (raw === '') return fallback
  if ((choices as readonly string[]).includes(raw)) return raw as T
  p.add(input, `'${raw}' is not one of ${choices.join(', ')}`)
  return fallback
}

export function parseInt(
  p: Problems,
  input: string,
  raw: string,
  min: number,
  max: number,
): number | undefined {
  if (raw === '') return undefined
  const n = Number(raw)
  if (!Number.isInteger(n) || n < min || n > max) {
    p.add(input, `'${raw}' must be a whole number from ${min} to ${max}`)
    return undefined
  }
  return n
}

export function checkGuid(p: Problems, input: string, raw: string | undefined): void {
  if (raw && !isGuid(raw)) p.add(input, `'${raw}' is not a GUID (e.g. 00000000-0000-0000-0000-000000000000)`)
}

export function checkHttpsUrl(p: Problems, input: string, raw: string | undefined): void {
  if (!raw) return
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    p.add(input, `'${raw}' is not a URL`)
    return
  }
  if (url.protocol !== 'https:') p.add(input, `'${raw}' must be an https:// URL`)
}

/** Splits a list given one per line or comma-separated. */
export function parseList(raw: string): string[] {
  return raw
    .split(/[\n,]/)
    .map(s => s.trim())
    .filter(Boolean)
}

/**
 * Registers a secret with the CI's masking, line by line: a runner masks a multi-line value only by its
 * first line, so a PEM key must be masked one line at a time. PEM armour lines are not secret.
 */
export function maskLines(mask: (s: string) => void, value: string | undefined): void {
  if (!value) return
  const lines = value.split(/\r?\n/).map(l => l.trim())
  if (lines.length === 1) {
    mask(lines[0])
    return
  }
  for (const line of lines) if (line.length >= 6 && !line.startsWith('-----')) mask(line)
}
