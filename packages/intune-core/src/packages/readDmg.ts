import * as path from 'node:path'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileDigest } from './fileDigest'

/**
 * A .dmg is recognised by its UDIF trailer, but the app inside is in a compressed HFS+/APFS image we don't
 * open: primaryBundleId, primaryBundleVersion and includedApps must come from the app template.
 */
export async function readDmg(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'dmg')
  const { size, sha256 } = await fileDigest(file)
  return {
    kind: 'dmg',
    appType: 'macOSDmgApp',
    fileName: path.basename(file),
    fileSize: size,
    sha256,
    graphProps: { fileName: path.basename(file), ignoreVersionDetection: false },
    manifest: null,
    content: { mode: 'encryptOnUpload', path: file, size },
    facts: { format: 'UDIF disk image' },
    warnings: [
      'A .dmg carries no readable app metadata: primaryBundleId, primaryBundleVersion and includedApps must be set in the app template (the CFBundleIdentifier and CFBundleShortVersionString of the .app inside).',
    ],
  }
}
