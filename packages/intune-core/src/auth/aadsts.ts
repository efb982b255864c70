/**
 * Entra sign-in errors as one line: what went wrong in the admin's terms and where to fix it.
 * The raw AADSTS text is long, full of trace ids and sometimes misleading; the code is what matters.
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import { sanitizeText } from '../sanitize'

export interface SignInContext {
  clientId: string
  tenantId: string
  loginHost: string
}

interface Explanation {
  cause: (c: SignInContext) => string
  fix: (c: SignInContext) => string
}

const SECRETS = 'Entra admin center → App registrations → <app> → Certificates & secrets'
const FEDERATED = `${SECRETS} → Federated credentials`

const consentUrl = (c: SignInContext): string =>
  `https://${c.loginHost}/${c.tenantId}/adminconsent?client_id=${c.clientId}`

export const AADSTS: Record<string, Explanation> = {
  '7000215': {
    cause: () => 'the client secret is wrong',
    fix: () =>
      `Use the secret's Value (not its Secret ID) from ${SECRETS}; create a new secret if the value was lost.`,
  },
  '7000222': {
    cause: () => 'the client secret has expired',
    fix: () => `Create a new client secret under ${SECRETS} and update the connection.`,
  },
  '700016': {
    cause: c => `no application with client ID ${c.clientId} exists in tenant ${c.tenantId}`,
    fix: () =>
      'Check the client ID and the tenant (Auth URL): the app must be registered in, or consented to, this tenant.',
  },
  '90002': {
    cause: c => `tenant ${c.tenantId} was not found`,
    fix: () =>
      "Check the tenant ID in the Auth URL; a US Gov or China tenant needs its own cloud's Auth URL.",
  },
  '900023': {
    cause: c => `'${c.tenantId}' is not a valid tenant`,
    fix: () => 'Use the Directory (tenant) ID from Entra admin center → Overview.',
  },
  '70021': {
    cause: () =>
      'no federated credential on the app matches the presented token (issuer, subject or audience)',
    fix: () =>
      `Add one under ${FEDERATED} whose issuer, subject (e.g. repo:<org>/<repo>:environment:<env>) and audience (api://AzureADTokenExchange) match the CI token.`,
  },
  '700024': {
    cause: () => 'the client assertion has expired or is not yet valid',
    fix: () =>
      "Fetch a fresh OIDC token for every sign-in (they live about 5 minutes) and check the runner's clock.",
  },
  '700027': {
    cause: () =>
      'the client assertion signature did not verify: the certificate is not registered on the app',
    fix: () =>
      `Upload the certificate (public part) under ${SECRETS} → Certificates, or use the matching key.`,
  },
  '7000229': {
    cause: c =>
      `the app ${c.clientId} has no service principal (enterprise application) in tenant ${c.tenantId}`,
    fix: c => `An admin must consent to the app in this tenant: ${consentUrl(c)}`,
  },
  '7000112': {
    cause: () => 'the application is disabled',
    fix: () =>
      'Enable it: Entra admin center → Enterprise applications → <app> → Properties → Enabled for users to sign-in: Yes.',
  },
  '500011': {
    cause: () => 'the Graph resource of this scope is not known in the tenant (wrong cloud?)',
    fix: () => "Make the Graph endpoint match the tenant's cloud (drop graphUrl, or set cloud).",
  },
  '50034': {
    cause: () => 'the account does not exist in this directory',
    fix: () => "App-only sign-in needs the app's client ID and a tenant it is registered in; check both.",
  },
  '7000218': {
    cause: () => 'no client secret or assertion reached Entra',
    fix: () => 'Give clientSecret, a certificate, or a federated assertion.',
  },
  '700212': {
    cause: () => "the client assertion's audience does not match the token endpoint",
    fix: () =>
      "Sign the assertion for this tenant's token URL (certificate), or use audience api://AzureADTokenExchange (federated).",
  },
  '700021': {
    cause: () => 'the client assertion names another application than the client ID',
    fix: () =>
      'Use the client ID of the app registration that holds the certificate or federated credential.',
  },
  '50027': {
    cause: () => 'the client assertion is not a valid JWT',
    fix: () => 'Pass the raw OIDC token (three dot-separated parts) as the assertion.',
  },
  '50013': {
    cause: () => "the federated assertion's signature did not verify against its issuer",
    fix: () => "Check the federated credential's issuer URL: it must be the issuer that signed the CI token.",
  },
  '53003': {
    cause: () => 'a Conditional Access policy blocked the sign-in',
    fix: () => "Ask an admin to exclude this workload identity or allow the runner's location.",
  },
}
// Entra uses several codes for the same federated mismatch.
AADSTS['700211'] = AADSTS['70021']
AADSTS['700213'] = AADSTS['70021']

/** Reads the AADSTS number out of any MSAL error (its message carries `AADSTSnnnn:`). */
export function aadstsCode(e: unknown): string | undefined {
  const fields = e && typeof e === 'object' ? (e as Record<string, unknown>) : {}
  const text = [fields.errorMessage, fields.message, fields.subError]
    .filter(v => typeof v === 'string')
    .join(' ')
  return /AADSTS(\d+)/.exec(text)?.[1]
}

/** Converts whatever MSAL threw into one AUTH_FAILED line. */
export function signInError(e: unknown, c: SignInContext): IntunePublishError {
  const code = aadstsCode(e)
  const known = code ? AADSTS[code] : undefined
  if (code && known) {
    return new IntunePublishError(
      ErrorCodes.AuthFailed,
      `Sign-in failed: ${known.cause(c)} (AADSTS${code}).`,
      {
        graphCode: `AADSTS${code}`,
        fix: known.fix(c),
        cause: e,
      },
    )
  }
  const raw = e instanceof Error ? e.message : String(e)
  if (code) {
    // Unknown AADSTS: Microsoft's first sentence is the best we have.
    const first = /AADSTS\d+:\s*([^.\r\n]*)/.exec(raw)?.[1] ?? "see Microsoft's error code reference"
    return new IntunePublishError(
      ErrorCodes.AuthFailed,
      `Sign-in failed: ${sanitizeText(first)} (AADSTS${code}).`,
      {
        graphCode: `AADSTS${code}`,
        fix: `Look up AADSTS${code} in Microsoft's Entra error code reference (https://login.microsoftonline.com/error).`,
        cause: e,
      },
    )
  }
  const oneLine = sanitizeText(raw.split(/\r?\n/)[0]).slice(0, 300)
  return new IntunePublishError(ErrorCodes.AuthFailed, `Sign-in to ${c.loginHost} failed: ${oneLine}`, {
    fix: 'Check the network path to the Auth URL (HTTPS_PROXY/NO_PROXY, a CA for TLS inspection: --ca-file).',
    cause: e,
  })
}
