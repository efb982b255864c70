/**
 * Names Windows can't hold, checked before packaging: the device extracts the inner zip onto NTFS, where
 * such a name fails the install or silently becomes another file. IntuneWinAppUtil runs on Windows and so
 * never sees them; we refuse each with the name shown.
 */
import { inputError as sourceError } from '../errors'
import { oneLine } from '../sanitize'

/** Reserved device names, with or without an extension (`aux.txt` is AUX). Microsoft Learn, "Naming Files". */
const RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f]/
const FORBIDDEN = /[<>:"|?*]/
/** NTFS: a name is at most 255 UTF-16 units. */
export const MAX_NAME = 255
/**
 * MAX_PATH is 260 with the NUL; the Intune Management Extension extracts under
 * `C:\Windows\IMECache\<app id>_<n>\` (59 characters), which leaves 200 for the entry path.
 */
export const MAX_ENTRY_PATH = 200

const shown = (s: string): string => JSON.stringify(s)
const fix = 'Rename it: the device extracts the package onto NTFS (Windows naming rules).'

/** Refuses one path component (file or folder name); `full` is its path on this machine, for the message. */
export function checkWindowsName(base: string, full: string): void {
  const bad = (why: string): never => {
    throw sourceError('source', `${oneLine(full)}: the name ${shown(base)} ${why}`, fix)
  }
  if (CONTROL.test(base)) bad('holds a control character, which Windows names cannot')
  if (base.includes(':')) bad('holds ":", which NTFS reads as an alternate data stream (file:stream)')
  if (FORBIDDEN.test(base)) bad('holds one of < > " | ? *, which Windows names cannot')
  if (/[. ]$/.test(base)) bad('ends in a dot or a space, which Windows strips (it would become another name)')
  if (RESERVED.test(base.split('.')[0].trimEnd()))
    bad('is a reserved device name on Windows (CON, PRN, AUX, NUL, COM1-9, LPT1-9)')
  if (base.length > MAX_NAME) bad(`is ${base.length} characters, over the ${MAX_NAME} NTFS allows`)
}

/** Refuses an entry path too long to extract, and two paths that differ only in case (one would overwrite the other). */
export function checkWindowsPaths(names: string[], root: string): void {
  const seen = new Map<string, string>()
  for (const name of names) {
    if (name.length > MAX_ENTRY_PATH) {
      throw sourceError(
        'source',
        `${root}/${name}: the path inside the package is ${name.length} characters, over the ${MAX_ENTRY_PATH} that fit under Windows' MAX_PATH once extracted`,
        'Shorten the folder or file names.',
      )
    }
    const parts = name.split('/')
    for (let i = 1; i <= parts.length; i++) {
      const p = parts.slice(0, i).join('/')
      const key = p.toUpperCase()
      const other = seen.get(key)
      if (other !== undefined && other !== p) {
        throw sourceError(
          'source',
          `${root}: ${shown(other)} and ${shown(p)} differ only in case; Windows sees one name`,
          'Rename one of them.',
        )
      }
      seen.set(key, p)
    }
  }
}

/** A directory entry's name; one that is not valid UTF-8 is refused with its bytes shown. */
export function decodeName(raw: Buffer, dir: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(raw)
  } catch {
    const bytes = [...raw]
      .map(b => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : `\\x${b.toString(16).padStart(2, '0')}`))
      .join('')
    throw sourceError(
      'source',
      `${dir}/${bytes}: the name is not valid UTF-8, so it has no Windows (UTF-16) or zip (UTF-8) form`,
      'Rename the file with a UTF-8 name.',
    )
  }
}
