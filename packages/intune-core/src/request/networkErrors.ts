/** Network errors (undici and Node) that a fresh connection can fix: a dropped socket, a timeout. */

const RETRY_CODES = new Set([
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_REQ_CONTENT_LENGTH_MISMATCH',
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
])

/** The first code in `codes` along an error's `cause` chain (fetch and undici wrap the real one). */
function codeIn(err: unknown, codes: ReadonlySet<string>): string | undefined {
  let e: unknown = err
  for (let depth = 0; depth < 4 && e && typeof e === 'object'; depth++) {
    const code = (e as { code?: unknown }).code
    if (typeof code === 'string' && codes.has(code)) return code
    e = (e as { cause?: unknown }).cause
  }
  return undefined
}

/** The code of a retryable network error. */
export function networkErrorCode(err: unknown): string | undefined {
  return codeIn(err, RETRY_CODES)
}

/** The innermost message of an error, for one log line ("other side closed", not "fetch failed"). */
export function innermostMessage(err: unknown): string {
  if (!(err instanceof Error)) return String(err)
  const cause = err.cause
  return cause instanceof Error ? cause.message : err.message
}

/** OpenSSL/Node verification failures: the server's certificate is not one this process trusts. */
const TLS_CODES = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'ERR_TLS_CERT_ALTNAME_INVALID',
])

/** The code of a TLS certificate failure. */
export function tlsErrorCode(err: unknown): string | undefined {
  return codeIn(err, TLS_CODES)
}

/**
 * One line for a TLS failure: which host, Node's code, and the ways to trust a CA. Most often it is a
 * TLS-inspecting proxy whose CA the runner doesn't know, or the simulator's CA not given.
 */
export function tlsFailure(host: string, code: string): { message: string; fix: string } {
  const expired = code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID'
  const wrongHost = code === 'ERR_TLS_CERT_ALTNAME_INVALID'
  const why = expired
    ? 'its certificate is outside its validity period'
    : wrongHost
      ? 'its certificate is for another host name'
      : 'its certificate is not signed by a CA this runner trusts'
  return {
    message: `TLS to ${host} failed: ${why} (${code})`,
    fix:
      expired || wrongHost
        ? 'Check the clock, and that no proxy answers for this host with its own certificate.'
        : 'If a proxy inspects TLS (or this is the simulator), trust its CA: caFile in the connection JSON, --ca-file (CLI), ca-file (Action), caFile (task), or NODE_EXTRA_CA_CERTS.',
  }
}
