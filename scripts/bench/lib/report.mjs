// The bench's shared table format, so every section reads the same: medians of interleaved repetitions,
// each ratio next to its goal, marked met or missed, and by how much when missed.
import os from 'node:os'

/** Date, Node, CPUs and load, and the caveat that the numbers come from a shared machine. */
export function machineLine() {
  const load = os
    .loadavg()
    .map(x => x.toFixed(1))
    .join(' ')
  return (
    `${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, Node ${process.version}, ` +
    `${os.cpus().length} CPUs, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, load ${load} at start. ` +
    'Client, simulator, proxy and Azurite share these CPUs (and, during development, other work does too): ' +
    'references run in the same run, interleaved with the client; figures are medians.'
  )
}

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b)
  if (s.length === 0) return NaN
  const m = Math.floor(s.length / 2)
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2
}

/** `12.3`: one decimal; `n/a` for what wasn't measured. */
export const f1 = n => (Number.isFinite(n) ? n.toFixed(1) : 'n/a')

/** `median (min–max)` of a sample, for cells where the spread matters. */
export function spread(xs, fmt = f1) {
  if (xs.length < 2) return fmt(xs[0])
  return `${fmt(median(xs))} (${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))})`
}

/**
 * A ratio against its goal: `at least` (ratio ≥ goal) or `at most` (ratio ≤ goal).
 * Returns the cell text, e.g. `0.95× ≥ 0.9×: met` or `0.81× ≥ 0.9×: **missed** by 10%`.
 */
export function goal(ratio, kind, target) {
  if (!Number.isFinite(ratio)) return 'not measured'
  const ok = kind === 'at least' ? ratio >= target : ratio <= target
  const op = kind === 'at least' ? '≥' : '≤'
  const text = `${ratio.toFixed(2)}× ${op} ${target}×`
  if (ok) return `${text}: met`
  const by = kind === 'at least' ? 1 - ratio / target : ratio / target - 1
  return `${text}: **missed** by ${(by * 100).toFixed(0)}%`
}

/** An absolute limit (e.g. peak RSS ≤ 200 MiB). */
export function limit(value, target, unit) {
  if (!Number.isFinite(value)) return 'not measured'
  const text = `${f1(value)} ${unit} ≤ ${target} ${unit}`
  return value <= target ? `${text}: met` : `${text}: **missed** by ${f1(value - target)} ${unit}`
}

/** A markdown table from a header row and rows of cells. */
export function table(headers, rows) {
  const line = cells => `| ${cells.join(' | ')} |`
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n')
}
