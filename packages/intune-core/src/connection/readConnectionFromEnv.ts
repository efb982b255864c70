/**
 * Reads a connection from environment variables, for every CI without its own secret store mapping:
 * INTUNE_CONNECTION (one JSON value) and/or the single-field variables, which win over the JSON.
 */
import type { ConnectionInput } from '../api'
import { registerSecret } from '../sanitize'
import { checkTextLength, INPUT_LIMITS } from './boundedRead'
import { parseConnectionJson } from './parseConnectionJson'
import { readTextFile } from './readTextFile'

export { readTextFile }

type Env = Record<string, string | undefined>

const FIELDS: Array<[string, keyof ConnectionInput]> = [
  ['INTUNE_SETTING_NAME', 'settingName'],
  ['INTUNE_CLIENT_ID', 'clientId'],
  ['INTUNE_CLIENT_SECRET', 'clientSecret'],
  ['INTUNE_AUTH_URL', 'authUrl'],
  ['INTUNE_TENANT_ID', 'tenantId'],
  ['INTUNE_CLOUD', 'cloud'],
  ['INTUNE_GRAPH_URL', 'graphUrl'],
  ['INTUNE_CERTIFICATE_PASSWORD', 'certificatePassword'],
]

/** Returns only the fields the environment sets (an empty object when none). */
export function readConnectionFromEnv(env: Env): ConnectionInput {
  registerSecret(env.INTUNE_CLIENT_SECRET)
  registerSecret(env.INTUNE_CERTIFICATE_PASSWORD)
  const out: ConnectionInput = env.INTUNE_CONNECTION?.trim()
    ? readJsonOrFile(env.INTUNE_CONNECTION, 'INTUNE_CONNECTION')
    : {}
  const fields = out as Record<string, unknown>
  for (const [name, key] of FIELDS) {
    const v = env[name]?.trim()
    if (v) fields[key] = v
  }
  if (env.INTUNE_CERTIFICATE?.trim())
    out.certificatePem = readPemOrFile(env.INTUNE_CERTIFICATE, 'INTUNE_CERTIFICATE')
  if (env.INTUNE_CA_FILE?.trim())
    out.caPem = readTextFile(env.INTUNE_CA_FILE.trim(), 'INTUNE_CA_FILE', INPUT_LIMITS.caFile)
  const allow = env.INTUNE_ALLOW_CUSTOM_ENDPOINTS?.trim().toLowerCase()
  if (allow) out.allowCustomEndpoints = ['1', 'true', 'yes'].includes(allow)
  return out
}

/** `value` is a connection JSON, or `@path` to a file holding one. */
export function readJsonOrFile(value: string, field: string): ConnectionInput {
  const v = value.trim()
  if (v.startsWith('@')) {
    const path = v.slice(1)
    return parseConnectionJson(readTextFile(path, field, INPUT_LIMITS.connection), `${field} (${path})`)
  }
  checkTextLength(v, field, INPUT_LIMITS.connection)
  return parseConnectionJson(v, field)
}

/** `value` is PEM text, `@path`, or a plain path to a PEM file. */
export function readPemOrFile(value: string, field: string): string {
  const v = value.trim()
  if (v.includes('-----BEGIN')) {
    registerSecret(v)
    checkTextLength(v, field, INPUT_LIMITS.certificate)
    return v
  }
  const pem = readTextFile(v.startsWith('@') ? v.slice(1) : v, field, INPUT_LIMITS.certificate)
  registerSecret(pem)
  return pem
}

/** Later sources win field by field; `undefined` never erases a value. */
export function mergeConnectionInputs(...inputs: Array<ConnectionInput | undefined>): ConnectionInput {
  const out: Record<string, unknown> = {}
  for (const input of inputs) {
    if (!input) continue
    for (const [k, v] of Object.entries(input)) if (v !== undefined && v !== '') out[k] = v
  }
  return out as ConnectionInput
}
