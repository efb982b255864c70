/**
 * A readable markdown form of any plan JSON, for when the core offers no renderer of its own: nested
 * bullet lists for the structure, and the full JSON in a collapsed block.
 */

const MAX_DEPTH = 6

function scalar(v: unknown): string {
  if (v === null || v === undefined) return '—'
  if (typeof v === 'string') return v === '' ? '""' : v.replace(/\r?\n/g, ' ')
  return String(v)
}

function lines(value: unknown, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth)
  if (depth > MAX_DEPTH) {
    out.push(`${pad}- …`)
    return
  }
  if (Array.isArray(value)) {
    if (!value.length) out.push(`${pad}- (none)`)
    for (const item of value) {
      if (item && typeof item === 'object') {
        out.push(`${pad}-`)
        lines(item, depth + 1, out)
      } else out.push(`${pad}- ${scalar(item)}`)
    }
    return
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
      if (v && typeof v === 'object') {
        const empty = Array.isArray(v) ? v.length === 0 : Object.keys(v).length === 0
        if (empty) out.push(`${pad}- **${k}**: (none)`)
        else {
          out.push(`${pad}- **${k}**:`)
          lines(v, depth + 1, out)
        }
      } else out.push(`${pad}- **${k}**: ${scalar(v)}`)
    }
    return
  }
  out.push(`${pad}- ${scalar(value)}`)
}

export function planToMarkdown(plan: unknown): string {
  if (plan === undefined || plan === null) return '_No plan._'
  const out: string[] = []
  lines(plan, 0, out)
  const json = JSON.stringify(plan, null, 2)
  return `${out.join('\n')}\n\n<details><summary>Plan JSON</summary>\n\n\`\`\`json\n${json}\n\`\`\`\n\n</details>`
}
