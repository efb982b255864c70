/**
 * Shared Access Signatures signed with an account key. Hand-written rather than @azure/storage-blob's
 * generator because that SDK pulls ESM-only proxy agents that jest on Node 20 cannot load; Azurite verifies
 * every signature, so a wrong string-to-sign fails loudly.
 */
import { createHmac } from 'node:crypto'

/** The service version Intune's own SAS URLs carry (`sv=2017-04-17`). */
export const SAS_VERSION = '2017-04-17'

export interface SasKey {
  account: string
  /** Base64 account key. */
  key: string
}

function sign(key: SasKey, stringToSign: string): string {
  return createHmac('sha256', Buffer.from(key.key, 'base64')).update(stringToSign, 'utf8').digest('base64')
}

/** ISO-8601 without milliseconds: SAS times have one-second resolution. */
export function sasTime(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/** A service SAS for one blob (string-to-sign of versions 2015-04-05 … 2018-03-28). */
export function blobSas(
  key: SasKey,
  v: {
    container: string
    blob: string
    permissions: string
    startsOn: Date
    expiresOn: Date
    protocol: string
  },
): string {
  const st = sasTime(v.startsOn)
  const se = sasTime(v.expiresOn)
  const resource = `/blob/${key.account}/${v.container}/${v.blob}`
  const toSign = [v.permissions, st, se, resource, '', '', v.protocol, SAS_VERSION, '', '', '', '', ''].join(
    '\n',
  )
  const q = new URLSearchParams({
    sv: SAS_VERSION,
    spr: v.protocol,
    st,
    se,
    sr: 'b',
    sp: v.permissions,
    sig: sign(key, toSign),
  })
  return q.toString()
}

/** An account SAS for the blob service (used by the simulator itself, e.g. to create containers). */
export function accountSas(
  key: SasKey,
  v: { permissions: string; resourceTypes: string; expiresOn: Date },
): string {
  const se = sasTime(v.expiresOn)
  const toSign = [
    key.account,
    v.permissions,
    'b',
    v.resourceTypes,
    '',
    se,
    '',
    'https,http',
    SAS_VERSION,
    '',
  ].join('\n')
  const q = new URLSearchParams({
    sv: SAS_VERSION,
    ss: 'b',
    srt: v.resourceTypes,
    sp: v.permissions,
    se,
    spr: 'https,http',
    sig: sign(key, toSign),
  })
  return q.toString()
}
