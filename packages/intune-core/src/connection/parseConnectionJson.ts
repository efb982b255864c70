/**
 * Reads one connection given as a JSON value (an org-level secret, `--connection`, INTUNE_CONNECTION).
 * Secrets in it are registered for masking before anything else can print them.
 */
import type { ConnectionInput } from '../api'
import { inputError } from '../errors'
import { registerSecret } from '../sanitize'
import { INPUT_LIMITS } from './boundedRead'
import { jsonErrorPosition, lineAndColumn } from './jsonErrorPosition'
import { readTextFile } from './readTextFile'

const STRING_KEYS = [
  'settingName',
  'clientId',
  'clientSecret',
  'authUrl',
  'tenantId',
  'cloud',
  'certificatePem',
  'certificatePassword',
  'graphUrl',
  'caPem',
] as const

const SECRET_KEYS = new Set(['clientSecret', 'certificatePem', 'certificatePassword'])

/**
 * Parses a connection JSON. `source` names where it came from (`--connection`, `INTUNE_CONNECTION`,
 * a file path) so the error says which input to fix.
 */
export function parseConnectionJson(text: string, source: string): ConnectionInput {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    if (!text.trim()) throw inputError(source, 'the connection JSON is empty.', 'Give a JSON object.')
    const at = jsonErrorPosition(text)
    const where = at < 0 ? 'somewhere' : `at ${lineAndColumn(text, at)}`
    throw inputError(
      source,
      `the connection is not valid JSON (${where}).`,
      'Expected {"settingName":…,"clientId":…,"clientSecret":…,"authUrl":…}.',
    )
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw inputError(source, 'the connection JSON must be an object.', 'Wrap the fields in { }.')
  }
  const obj = parsed as Record<string, unknown>
  // Mask first: a later error must not be the first place a secret appears.
  for (const key of SECRET_KEYS) if (typeof obj[key] === 'string') registerSecret(obj[key] as string)

  const out: ConnectionInput = {}
  for (const [key, value] of Object.entries(obj)) {
    if (key === 'allowCustomEndpoints') {
      if (typeof value === 'boolean') out.allowCustomEndpoints = value
      else if (value === 'true' || value === 'false') out.allowCustomEndpoints = value === 'true'
      else
        throw inputError(
          `${source}.allowCustomEndpoints`,
          'must be true or false.',
          'Use true only for the simulator or a private test endpoint.',
        )
      continue
    }
    if (key === 'caFile' && typeof value === 'string' && value) {
      // The simulator prints its connection with the CA as a file path.
      out.caPem = readTextFile(value, `${source}.caFile`, INPUT_LIMITS.caFile)
      continue
    }
    if (!(STRING_KEYS as readonly string[]).includes(key)) {
      throw inputError(
        `${source}.${key}`,
        'is not a connection field.',
        `Known fields: ${[...STRING_KEYS, 'caFile', 'allowCustomEndpoints'].join(', ')}.`,
      )
    }
    if (value === null || value === undefined || value === '') continue
    if (typeof value !== 'string')
      throw inputError(`${source}.${key}`, 'must be a string.', 'Put the value in quotes.')
    out[key as (typeof STRING_KEYS)[number]] = value
  }
  return out
}
