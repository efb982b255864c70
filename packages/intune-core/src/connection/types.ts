import type { CloudName } from './clouds'

/** How the app proves who it is. Exactly one per connection. */
export type Credential =
  | { kind: 'secret'; clientSecret: string }
  | { kind: 'certificate'; thumbprintSha256: string; privateKey: string; notAfter: string }
  | { kind: 'assertion'; getAssertion: () => Promise<string> }

/** A connection after validation: every value checked, nothing sent anywhere yet. */
export interface ResolvedConnection {
  /** The label of this Intune environment (defaults to the client id). */
  settingName: string
  clientId: string
  tenantId: string
  /** The national cloud, or `custom` when endpoints that are not Microsoft's were allowed in. */
  cloud: CloudName | 'custom'
  /** `host[:port]` of the authority. */
  loginHost: string
  /** `https://<loginHost>/<tenant>`: what MSAL is configured with. */
  authority: string
  /** `https://<loginHost>/<tenant>/oauth2/v2.0/token`. */
  tokenUrl: string
  /** Graph root without a trailing slash, e.g. `https://graph.microsoft.com`. */
  graphUrl: string
  /** `host[:port]` of Graph. */
  graphHost: string
  /** `https://<graph host>/.default`. */
  scope: string
  credential: Credential
  /** True when an authority or Graph host is not one of Microsoft's (needs allowCustomEndpoints). */
  customEndpoints: boolean
  /** Extra CA certificates (PEM) to trust on top of the system store. */
  caPem?: string
}
