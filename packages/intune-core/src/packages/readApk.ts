import * as path from 'node:path'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileDigest } from './fileDigest'
import { withZip } from './zip/zipArchive'
import { packageInvalid, errorMessage } from './packageErrors'
import { parseBinaryXml, TYPE_REFERENCE, type AxmlElement } from './apk/binaryXml'
import { androidMinimumRelease } from './minimumOs'
import { xmlText } from './xmlText'

const MANIFEST_MAX = 16 << 20

/** Android framework attribute ids: obfuscated APKs may strip the names, the ids stay. */
const ATTR_IDS: Record<string, number> = {
  versionCode: 0x0101021b,
  versionName: 0x0101021c,
  minSdkVersion: 0x0101020c,
  targetSdkVersion: 0x01010270,
  label: 0x01010001,
}

function attr(
  el: AxmlElement | undefined,
  name: string,
): { value?: string; isReference: boolean } | undefined {
  const a = el?.attributes.find(
    x => (ATTR_IDS[name] !== undefined && x.resourceId === ATTR_IDS[name]) || x.name === name,
  )
  return a ? { value: a.value, isReference: a.type === TYPE_REFERENCE } : undefined
}

/** Reads an .apk's binary AndroidManifest.xml: package, versionCode, versionName, minSdkVersion, label. */
export async function readApk(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'apk')
  const elements = await withZip(file, '.apk zip', async zip => {
    const entry = zip.find('AndroidManifest.xml')
    if (!entry)
      throw packageInvalid(
        file,
        'has no AndroidManifest.xml at its root: not an Android app',
        'Build a signed release .apk (not an .aab).',
      )
    const bytes = await zip.readEntry(entry, MANIFEST_MAX)
    try {
      return parseBinaryXml(bytes)
    } catch (e) {
      throw packageInvalid(
        file,
        `AndroidManifest.xml is truncated or corrupt (${errorMessage(e)})`,
        'Rebuild the .apk.',
        e,
      )
    }
  })
  const manifest = elements.find(e => e.depth === 0 && e.name === 'manifest')
  if (!manifest) throw packageInvalid(file, 'AndroidManifest.xml has no <manifest> root element')
  const packageId = attr(manifest, 'package')?.value
  if (!packageId) throw packageInvalid(file, 'AndroidManifest.xml has no package name', 'Rebuild the .apk.')
  const usesSdk = elements.find(e => e.depth === 1 && e.name === 'uses-sdk')
  const application = elements.find(e => e.depth === 1 && e.name === 'application')

  const warnings: string[] = []
  const literal = (name: string, el: AxmlElement | undefined): string | undefined => {
    const a = attr(el, name)
    if (!a || a.value === undefined || a.isReference) {
      if (name === 'versionCode' || name === 'versionName') {
        warnings.push(
          `AndroidManifest.xml has no literal ${name}${a?.isReference ? ' (it is a resource reference)' : ''}; set ${name} in the app template.`,
        )
      }
      return undefined
    }
    return a.value
  }
  const versionCode = literal('versionCode', manifest)
  const versionName = literal('versionName', manifest)
  const minSdkText = literal('minSdkVersion', usesSdk)
  const minSdk = minSdkText && /^\d+$/.test(minSdkText) ? Number(minSdkText) : undefined
  const label = literal('label', application)

  const fileName = path.basename(file)
  const facts: PackageInfo['facts'] = { packageId }
  if (versionCode !== undefined) facts.versionCode = versionCode
  if (versionName !== undefined) facts.versionName = versionName
  if (minSdkText !== undefined) facts.minSdkVersion = minSdkText
  const targetSdk = literal('targetSdkVersion', usesSdk)
  if (targetSdk !== undefined) facts.targetSdkVersion = targetSdk
  if (label === undefined) facts.labelIsResource = true

  const graphProps: Record<string, unknown> = {
    fileName,
    packageId,
    minimumSupportedOperatingSystem: androidMinimumRelease(minSdk),
  }
  if (versionCode !== undefined) graphProps.versionCode = versionCode
  if (versionName !== undefined) graphProps.versionName = versionName

  const { size, sha256 } = await fileDigest(file)
  return {
    kind: 'apk',
    appType: 'androidLobApp',
    fileName,
    fileSize: size,
    sha256,
    displayName: label,
    version: versionName ?? versionCode,
    identity: { property: 'packageId', value: packageId },
    graphProps,
    manifest: Buffer.from(
      androidManifestProperties(packageId, versionCode ?? '', versionName ?? '', fileName, minSdkText ?? ''),
      'ascii',
    ).toString('base64'),
    content: { mode: 'encryptOnUpload', path: file, size },
    facts,
    warnings,
  }
}

/** Protocol §5.3: the AndroidManifestProperties document Microsoft's samples send. */
export function androidManifestProperties(
  packageId: string,
  versionCode: string,
  versionName: string,
  fileName: string,
  minSdk: string,
): string {
  const t = xmlText
  return (
    '<?xml version="1.0" encoding="utf-8"?>' +
    '<AndroidManifestProperties xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<Package>${t(packageId)}</Package><PackageVersionCode>${t(versionCode)}</PackageVersionCode>` +
    `<PackageVersionName>${t(versionName)}</PackageVersionName><ApplicationName>${t(fileName)}</ApplicationName>` +
    `<MinSdkVersion>${t(minSdk)}</MinSdkVersion><AWTVersion></AWTVersion></AndroidManifestProperties>`
  )
}
