import type { PackageInfo, PackageKind, ReadPackageOptions } from './types'
import { assertFormat, kindFromExtension } from './detectFormat'
import { readIntunewin } from './readIntunewin'
import { readMsi } from './readMsi'
import { readIpa } from './readIpa'
import { readApk } from './readApk'
import { readMsix } from './readMsix'
import { readPkg } from './readPkg'
import { readDmg } from './readDmg'

const READERS: Record<PackageKind, (file: string, opts?: ReadPackageOptions) => Promise<PackageInfo>> = {
  intunewin: readIntunewin,
  msi: readMsi,
  ipa: readIpa,
  apk: readApk,
  msix: readMsix,
  pkg: readPkg,
  dmg: readDmg,
}

/**
 * Reads any package Intune takes. The extension picks the reader; the magic bytes must agree, otherwise a
 * PACKAGE_INVALID names the file, the format its extension promises and the one its bytes show.
 */
export async function readPackage(file: string, opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  const kind = kindFromExtension(file)
  await assertFormat(file, kind)
  return READERS[kind](file, opts)
}
