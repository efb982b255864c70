/**
 * The connection flags every command that talks to Intune accepts, and how they combine with the
 * environment: INTUNE_* variables first, then --connection, then single flags (the most specific wins).
 */
import {
  type ConnectionInput,
  mergeConnectionInputs,
  readConnectionFromEnv,
  readJsonOrFile,
  readPemOrFile,
  readTextFile,
  registerSecret,
} from '@intune-publish/core'
import type { ParseArgsConfig } from 'node:util'
import { federatedTokenSource, fileAssertion } from './federatedToken'

export const connectionOptions = {
  connection: { type: 'string' },
  'setting-name': { type: 'string' },
  'client-id': { type: 'string' },
  'client-secret': { type: 'string' },
  'auth-url': { type: 'string' },
  'tenant-id': { type: 'string' },
  cloud: { type: 'string' },
  certificate: { type: 'string' },
  'certificate-password': { type: 'string' },
  'graph-url': { type: 'string' },
  'allow-custom-endpoints': { type: 'boolean' },
  'ca-file': { type: 'string' },
  'federated-token-file': { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>

export const connectionHelp = `Connection (flags win over environment variables):
  --connection JSON|@FILE      one JSON value {settingName, clientId, clientSecret, authUrl | tenantId, cloud}
                               (env INTUNE_CONNECTION)
  --setting-name NAME          label of this Intune environment (env INTUNE_SETTING_NAME)
  --client-id GUID             app registration's client ID (env INTUNE_CLIENT_ID)
  --client-secret VALUE        client secret; prefer the env var INTUNE_CLIENT_SECRET
  --auth-url URL               https://login.microsoftonline.com/<tenant>/oauth2/v2.0/token (env INTUNE_AUTH_URL)
  --tenant-id GUID             instead of --auth-url (env INTUNE_TENANT_ID)
  --cloud NAME                 public | usgov | usgovdod | china (env INTUNE_CLOUD)
  --certificate FILE           PEM with certificate and private key, instead of a secret (env INTUNE_CERTIFICATE)
  --certificate-password PW    password of an encrypted key (env INTUNE_CERTIFICATE_PASSWORD)
  --graph-url URL              Graph root for private endpoints or the simulator (env INTUNE_GRAPH_URL)
  --allow-custom-endpoints     let non-Microsoft hosts receive credentials (env INTUNE_ALLOW_CUSTOM_ENDPOINTS=1)
  --ca-file FILE               extra CA certificate(s) to trust (env INTUNE_CA_FILE)
  --federated-token-file FILE  sign in with the CI's OIDC token in FILE, no secret; re-read on every
                               sign-in (env INTUNE_FEDERATED_TOKEN_FILE, or AZURE_FEDERATED_TOKEN_FILE
                               with AZURE_CLIENT_ID/AZURE_TENANT_ID as Azure workload identity sets them)
  HTTPS_PROXY / NO_PROXY apply to every request.`

type Values = {
  [K in keyof typeof connectionOptions]?: (typeof connectionOptions)[K]['type'] extends 'boolean'
    ? boolean
    : string
}

/** Builds the ConnectionInput from parsed flags and the environment. Throws inputError for unreadable files. */
export function readConnectionFlags(
  values: Values,
  env: Record<string, string | undefined>,
  log?: (line: string) => void,
): ConnectionInput {
  registerSecret(values['client-secret'])
  registerSecret(values['certificate-password'])
  const fromEnv = readConnectionFromEnv(env)
  const fromJson = values.connection ? readJsonOrFile(values.connection, '--connection') : undefined
  const fromFlags: ConnectionInput = {
    settingName: values['setting-name'],
    clientId: values['client-id'],
    clientSecret: values['client-secret'],
    authUrl: values['auth-url'],
    tenantId: values['tenant-id'],
    cloud: values.cloud,
    certificatePem: values.certificate ? readPemOrFile(values.certificate, '--certificate') : undefined,
    certificatePassword: values['certificate-password'],
    graphUrl: values['graph-url'],
    allowCustomEndpoints: values['allow-custom-endpoints'] ? true : undefined,
    caPem: values['ca-file'] ? readTextFile(values['ca-file'], '--ca-file') : undefined,
  }
  const merged = mergeConnectionInputs(fromEnv, fromJson, fromFlags)
  const source = federatedTokenSource(
    values['federated-token-file'],
    env,
    Boolean(merged.clientSecret || merged.certificatePem),
  )
  if (source) {
    merged.clientAssertion = fileAssertion(source, log)
    // Azure workload identity names the app and tenant beside the token file.
    if (source.field === 'AZURE_FEDERATED_TOKEN_FILE') {
      merged.clientId ??= env.AZURE_CLIENT_ID?.trim() || undefined
      if (!merged.authUrl) merged.tenantId ??= env.AZURE_TENANT_ID?.trim() || undefined
    }
  }
  return merged
}
