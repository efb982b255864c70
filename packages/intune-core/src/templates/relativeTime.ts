/**
 * Install times in assignment templates: absolute ISO dates, or `+3d`, `+12h`, `+90m`, `+1w` (combinable,
 * `+1d12h`) resolved against the publish run's `now`. Output is Graph's `yyyy-MM-ddTHH:mm:ss.000Z`.
 */
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }
const RELATIVE = /^\+(?:\d+[mhdw])+$/
const ISO = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/

/** Undefined when `text` is a usable time, else what is expected. */
export function timeProblem(text: string): string | undefined {
  const t = text.trim()
  if (RELATIVE.test(t)) return undefined
  if (ISO.test(t) && !Number.isNaN(parseAbsolute(t).getTime())) return undefined
  return `expected an ISO date-time (2025-03-01T08:00:00Z) or a relative time like +90m, +12h, +3d, +1w (got '${text}')`
}

/** A zoneless date is taken as UTC wall-clock time (with useLocalTime Intune reads it as the device's local time). */
function parseAbsolute(t: string): Date {
  const withT = t.replace(' ', 'T')
  const full = withT.length === 10 ? `${withT}T00:00:00` : withT
  return new Date(/(Z|[+-]\d{2}:?\d{2})$/.test(full) ? full : `${full}Z`)
}

/** Resolve `text` (already checked with timeProblem) against `now`, as Graph's date-time string. */
export function resolveTime(text: string, now: Date): string {
  const t = text.trim()
  let ms: number
  if (RELATIVE.test(t)) {
    ms = now.getTime()
    for (const [, n, unit] of t.slice(1).matchAll(/(\d+)([mhdw])/g)) ms += Number(n) * UNIT_MS[unit]
  } else {
    const d = parseAbsolute(t)
    if (Number.isNaN(d.getTime())) throw new Error(timeProblem(text))
    ms = d.getTime()
  }
  return formatGraphDate(new Date(Math.floor(ms / 1000) * 1000))
}

export function formatGraphDate(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, '.000Z')
}
