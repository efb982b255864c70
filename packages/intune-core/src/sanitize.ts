/**
 * Keeps secrets out of logs, errors, summaries and outputs. Two layers:
 * - every registered secret (client secret, tokens, assertions, SAS URLs, keys) is replaced wherever it
 *   appears, including its base64 and URL-encoded forms;
 * - patterns that look like credentials are redacted even when nobody registered them: every URL query
 *   value except api-version (SAS signatures live there), bearer tokens, JWTs, `client_secret=` and
 *   `client_assertion=` form fields.
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
  return out
}
