import * as path from 'node:path'
import { stat } from 'node:fs/promises'
import type { Stats } from 'node:fs'
import { kindOf } from '../connection/boundedRead'
import type { PackageKind } from './types'
import { readAt } from './fileBytes'
import { packageInvalid, errorMessage } from './packageErrors'

/** What the bytes of a file say it is, independent of its name. */
export type ContainerFormat = 'zip' | 'cfb' | 'xar' | 'udif' | 'unknown'

const FORMAT_NAMES: Record<ContainerFormat, string> = {
  zip: 'a zip archive',
  cfb: 'an OLE compound file (MSI)',
  xar: 'a xar archive (macOS flat package)',
  udif: 'a UDIF disk image (DMG)',
  unknown: 'not a recognised package format',
}

const EXTENSIONS: Record<string, PackageKind> = {
  '.intunewin': 'intunewin',
  '.msi': 'msi',
  '.ipa': 'ipa',
  '.apk': 'apk',
  '.msix': 'msix',
  '.appx': 'msix',
  '.msixbundle': 'msix',
  '.appxbundle': 'msix',
  '.pkg': 'pkg',
  '.dmg': 'dmg',
}

const EXPECTED: Record<PackageKind, ContainerFormat> = {
  intunewin: 'zip',
  ipa: 'zip',
  apk: 'zip',
  msix: 'zip',
  msi: 'cfb',
  pkg: 'xar',
  dmg: 'udif',
}

/** The package kind an extension stands for, or a PACKAGE_INVALID listing the ones we take. */
export function kindFromExtension(file: string): PackageKind {
  const ext = path.extname(file).toLowerCase()
  const kind = EXTENSIONS[ext]
  if (!kind) {
    throw packageInvalid(
      file,
      `unknown package extension "${ext || '(none)'}"`,
      `Use one of ${Object.keys(EXTENSIONS).join(', ')}.`,
    )
  }
  return kind
}

export function isBundleExtension(file: string): boolean {
  return /\.(msix|appx)bundle$/i.test(file)
}

/** Sniffs the container from magic bytes: the head for zip/CFB/xar, the 512-byte 'koly' trailer for DMG. */
export async function sniffFormat(file: string): Promise<ContainerFormat> {
  let st: Stats
  try {
    st = await stat(file)
  } catch (e) {
    throw packageInvalid(
      file,
      `cannot read the package file (${errorMessage(e)})`,
      'Check the --package path.',
      e,
    )
  }
  // Opening a FIFO blocks until a writer comes; a device never ends. Only regular files are packages.
  if (!st.isFile()) {
    throw packageInvalid(file, `is ${kindOf(st)}, not a regular file`, 'Give the path of the package file.')
  }
  const size = st.size
  const head = await readAt(file, 0, 8)
  if (head.length >= 4 && head[0] === 0x50 && head[1] === 0x4b && [3, 5, 7].includes(head[2]!)) return 'zip'
  if (head.length === 8 && head.equals(Buffer.from('d0cf11e0a1b11ae1', 'hex'))) return 'cfb'
  if (head.subarray(0, 4).toString('latin1') === 'xar!') return 'xar'
  if (size >= 512) {
    const tail = await readAt(file, size - 512, 4)
    if (tail.toString('latin1') === 'koly') return 'udif'
  }
  return 'unknown'
}

/**
 * Refuses a file whose bytes don't match what its kind needs. The message names the file, the expected format
 * and the one found, e.g. "app.apk: is an OLE compound file (MSI), not a zip archive as .apk files are".
 */
export async function assertFormat(file: string, kind: PackageKind): Promise<void> {
  const found = await sniffFormat(file)
  const expected = EXPECTED[kind]
  if (found === expected) return
  const ext = path.extname(file).toLowerCase() || `.${kind}`
  const fix = 'Check that the right file was given and that it was not renamed or damaged in transit.'
  if (found === 'unknown') {
    const what = expected === 'zip' ? 'not a zip file' : `not ${FORMAT_NAMES[expected]}`
    throw packageInvalid(
      file,
      `${what} (a ${ext} file must be ${FORMAT_NAMES[expected]}; its bytes match no known package format)`,
      fix,
    )
  }
  throw packageInvalid(
    file,
    `is ${FORMAT_NAMES[found]}, not ${FORMAT_NAMES[expected]} as ${ext} files are (expected ${expected}, detected ${found})`,
    fix,
  )
}
