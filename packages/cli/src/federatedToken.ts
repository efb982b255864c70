/**
 * Secretless sign-in from any CI: a federated token in a file (GitLab `id_tokens:` written out,
 * Bitbucket's BITBUCKET_STEP_OIDC_TOKEN, CircleCI's CIRCLE_OIDC_TOKEN_V2, Jenkins, Kubernetes workload
 * identity's projected token). The file is re-read on every sign-in: CI tokens live minutes, and
 * Kubernetes rotates the file under a running process.
 */
import { readFileSync } from 'node:fs'
import { describeClaims, presentedClaims } from '@intune-publish/adapter'
import { inputError, registerSecret } from '@intune-publish/core'

export interface FederatedTokenSource {
  /** Where the path came from, for error lines. */
  field: string
  path: string
}

/**
 * The token file to use: --federated-token-file, else INTUNE_FEDERATED_TOKEN_FILE, else the common
 * AZURE_FEDERATED_TOKEN_FILE (set by Azure workload identity), which yields to an explicit secret or
 * certificate because it is ambient rather than asked for.
 */
export function federatedTokenSource(
  flag: string | undefined,
  env: Record<string, string | undefined>,
  hasOtherCredential: boolean,
): FederatedTokenSource | undefined {
  if (flag?.trim()) return { field: '--federated-token-file', path: flag.trim() }
  if (env.INTUNE_FEDERATED_TOKEN_FILE?.trim())
    return { field: 'INTUNE_FEDERATED_TOKEN_FILE', path: env.INTUNE_FEDERATED_TOKEN_FILE.trim() }
  if (env.AZURE_FEDERATED_TOKEN_FILE?.trim() && !hasOtherCredential)
    return { field: 'AZURE_FEDERATED_TOKEN_FILE', path: env.AZURE_FEDERATED_TOKEN_FILE.trim() }
  return undefined
}

/**
 * Reads the file afresh for every assertion; the token is masked before anything can print it. The
 * first token's issuer, subject and audience (not secret) are logged: they are what the federated
 * credential must match, and what an AADSTS70021 is about.
 */
export function fileAssertion(
  source: FederatedTokenSource,
  log?: (line: string) => void,
): () => Promise<string> {
  let logged = false
  return async () => {
    let token: string
    try {
      token = readFileSync(source.path, 'utf8').trim()
    } catch {
      throw inputError(
        source.field,
        `cannot read the federated token file '${source.path}'.`,
        'Write the CI\'s OIDC token to that file first (e.g. GitLab: echo "$ID_TOKEN" > $CI_PROJECT_DIR/.oidc).',
      )
    }
    registerSecret(token)
    if (!token) throw inputError(source.field, `the federated token file '${source.path}' is empty.`)
    const claims = presentedClaims(token)
    if (!logged && claims && log) {
      logged = true
      log(`Federated sign-in (${source.field}) presents a token with ${describeClaims(claims)}`)
    }
    return token
  }
}
