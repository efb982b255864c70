/**
 * Markdown pieces for the job summaries. Both renderers (GitHub, Azure DevOps) take raw HTML, so every
 * text that came from a user, a package or Intune is HTML-escaped, and kept to one table-safe line.
 */

/** Escapes HTML and markdown table syntax; one line. */
export function escapeText(v: unknown): string {
  return String(v)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/\r?\n/g, ' ')
}

export const cell = (v: unknown): string => (v === undefined || v === null || v === '' ? '—' : escapeText(v))

/** A two-column table of facts, without the empty header row GitHub would draw for `| | |`. */
export function facts(rows: [string, unknown][]): string {
  const shown = rows.filter(([, v]) => v !== undefined && v !== null && v !== '')
  if (!shown.length) return ''
  const [first, ...rest] = shown
  return [
    `| ${first[0]} | ${cell(first[1])} |`,
    '|---|---|',
    ...rest.map(([k, v]) => `| ${k} | ${cell(v)} |`),
  ].join('\n')
}

/** Folded details: the blank lines around the body make both renderers treat it as markdown. */
export function details(title: string, body: string): string {
  return `<details><summary>${title}</summary>\n\n${body}\n\n</details>`
}
