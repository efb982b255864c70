/** `+90m`, `+12h`, `+3d`, `+1w` (combinable, `+1d12h`) as milliseconds, and back into words. */
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 }

export function durationMs(text: string): number {
  let ms = 0
  for (const [, n, unit] of text.trim().matchAll(/(\d+)([mhdw])/g)) ms += Number(n) * UNIT_MS[unit]
  return ms
}

/** `2d 3h`, `45m`, `0m`: rounded down to minutes. */
export function describeDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000))
  const d = Math.floor(minutes / 1440)
  const h = Math.floor((minutes % 1440) / 60)
  const m = minutes % 60
  const parts = [d ? `${d}d` : '', h ? `${h}h` : '', m || (!d && !h) ? `${m}m` : ''].filter(Boolean)
  return parts.join(' ')
}
