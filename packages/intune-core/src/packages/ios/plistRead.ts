import * as bplist from 'bplist-parser'
import * as plist from 'plist'

export type PlistDict = Record<string, unknown>

/** Parses a binary (bplist00) or XML property list whose root is a dictionary. */
export function parsePlist(bytes: Buffer): PlistDict {
  const value: unknown =
    bytes.subarray(0, 6).toString('latin1') === 'bplist'
      ? bplist.parseBuffer(bytes)[0]
      : plist.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''))
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Date) {
    throw new Error('the property list root is not a dictionary')
  }
  return value as PlistDict
}

export function plistString(d: PlistDict, key: string): string | undefined {
  const v = d[key]
  return typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined
}
