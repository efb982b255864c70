/**
 * Keeps secrets and runner commands out of logs, errors, summaries and outputs. Three layers:
 * - every registered secret (client secret, tokens, assertions, SAS URLs, keys) is replaced wherever it
 *   appears, including its base64 and URL-encoded forms;
 * - patterns that look like credentials are redacted even when nobody registered them: every URL query
 *   value except api-version (SAS signatures live there), bearer tokens, JWTs, `client_secret=` and
 *   `client_assertion=` form fields;
 * - text that a CI runner would execute (`::stop-commands::`, `##vso[task.setvariable …]`) or that a
 *   terminal would act on (CR, escape sequences) is neutralised, whoever wrote it (issue 11 item 3).
 */

const REDACTED = 'REDACTED'
const registered = new Set<string>()

/** Registers a secret for redaction. Short values are ignored: they would redact ordinary words. */
export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < 6) return
  registered.add(value)
  try {
    registered.add(encodeURIComponent(value))
    registered.add(Buffer.from(value, 'utf8').toString('base64'))
  } catch {
    // A lone surrogate can't be URL-encoded; the raw value is still registered.
  }
}

/** For tests: forget every registered secret. */
export function clearRegisteredSecrets(): void {
  registered.clear()
}

const JWT = /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g
const BEARER = /\b(Bearer)\s+[A-Za-z0-9._~+/=-]+/gi
const FORM_SECRET =
  /\b(client_secret|client_assertion|assertion|access_token|refresh_token|sig|password)=([^&\s"']+)/gi
const URL_RE = /\bhttps?:\/\/[^\s"'<>)]+/gi

// client_id is public (it is in every admin-consent URL we print); everything else may be a signature.
const KEPT_QUERY_KEYS = new Set(['api-version', 'client_id'])

/** Redacts every query value except api-version (and the public client_id) from one URL string. */
export function sanitizeUrl(url: string): string {
  const q = url.indexOf('?')
  if (q < 0) return url
  const base = url.slice(0, q)
  const rest = url.slice(q + 1)
  const hash = rest.indexOf('#')
  const query = hash >= 0 ? rest.slice(0, hash) : rest
  const parts = query.split('&').map(pair => {
    const eq = pair.indexOf('=')
    if (eq < 0) return pair
    const key = pair.slice(0, eq)
    return KEPT_QUERY_KEYS.has(key.toLowerCase()) ? pair : `${key}=${REDACTED}`
  })
  return `${base}?${parts.join('&')}`
}

/** Removes registered secrets and credential-shaped text from any string. */
export function sanitizeText(text: string): string {
  let out = text
  // Longest first, so a secret that contains another is removed whole.
  for (const s of [...registered].sort((a, b) => b.length - a.length)) {
    if (out.includes(s)) out = out.split(s).join(REDACTED)
  }
  out = out.replace(URL_RE, m => sanitizeUrl(m))
  out = out.replace(JWT, REDACTED)
  out = out.replace(BEARER, `$1 ${REDACTED}`)
  out = out.replace(FORM_SECRET, `$1=${REDACTED}`)
  // Every log line, error and output passes here: text from a package or Intune can't become a command.
  return neutraliseCommands(out)
}

// C0 controls but TAB and LF, DEL, C1 controls, and the Unicode line and paragraph separators: a runner or
// a terminal may treat any of them as a line break or an escape sequence.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029]/g
const escapeChar = (c: string): string =>
  c === '\r' ? '\\r' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`

// GitHub runs `::name::` at the start of a line (after blanks) and the old `##[name]` anywhere;
// Azure DevOps runs `##vso[` anywhere in a line. Both also read `##[group]`-style formatting.
const GITHUB_COMMAND = /^(\s*):(?=:)/gm
const HASH_COMMAND = /##(?=(vso)?\[)/gi

/**
 * Makes text safe to print in a CI log: control characters are escaped (`\r`, `\u001b`), no line starts a
 * GitHub workflow command (`::` becomes `: :`), and no `##vso[` or `##[` is left anywhere (`## vso[`). Line
 * feeds stay: they separate the lines of our own multi-line messages, and each line is neutralised.
 * Idempotent, and JSON stays valid JSON (the escapes are JSON escapes; raw controls never occur in JSON).
 */
export function neutraliseCommands(text: string): string {
  return text.replace(CONTROL, escapeChar).replace(GITHUB_COMMAND, '$1: ').replace(HASH_COMMAND, '## ')
}

/** One line for text from a package, a template or Intune: line feeds escaped too, then neutralised. */
export function oneLine(text: string): string {
  return neutraliseCommands(text.replace(/\n/g, '\\n'))
}
