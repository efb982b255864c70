import * as path from 'node:path'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileSize } from './fileDigest'
import { readAt } from './fileBytes'
import { parseDetectionXml } from './detectionXml'
import { withZip } from './zip/zipArchive'
import { packageInvalid } from './packageErrors'
import { win32MsiProps } from './win32MsiDefaults'

const DETECTION_MAX = 1 << 20
const REBUILD = 'Rebuild the package with IntuneWinAppUtil or intune-publish package.'

/**
 * Reads a .intunewin: Detection.xml in clear plus where the encrypted payload sits in the outer zip. The
 * payload is never decrypted here (so a payload that itself contains an IntunePackage.intunewin is just
 * bytes); only its length, IV and MAC are checked against Detection.xml.
 */
export async function readIntunewin(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'intunewin')
  // No hashing pass over the file: its identity is Detection.xml's FileDigest (the plaintext's SHA-256),
  // which stays the same when the same content is re-encrypted; Intune checks the bytes at commit.
  const size = await fileSize(file)
  const { detection, offset, length } = await withZip(file, '.intunewin zip', async zip => {
    const xmlEntry =
      zip.find('IntuneWinPackage/Metadata/Detection.xml') ??
      zip.entries.find(e => /(^|\/)metadata\/detection\.xml$/i.test(e.fileName))
    if (!xmlEntry)
      throw packageInvalid(file, 'has no IntuneWinPackage/Metadata/Detection.xml: not a .intunewin', REBUILD)
    const detection = parseDetectionXml(file, await zip.readEntry(xmlEntry, DETECTION_MAX))
    const payloadName = `IntuneWinPackage/Contents/${detection.fileName}`
    const payload = zip.find(payloadName)
    if (!payload)
      throw packageInvalid(file, `has no ${payloadName} (named by Detection.xml <FileName>)`, REBUILD)
    if (payload.compressionMethod !== 0) {
      throw packageInvalid(
        file,
        `${payloadName} is compressed (method ${payload.compressionMethod}); Intune needs it stored so its bytes upload unchanged`,
        REBUILD,
      )
    }
    return { detection, offset: await zip.dataOffset(payload), length: payload.compressedSize }
  })

  const u = detection.unencryptedContentSize
  const expected = 48 + 16 * (Math.floor(u / 16) + 1)
  if (length !== expected) {
    throw packageInvalid(
      file,
      `sizes don't match: the encrypted payload is ${length} bytes but Detection.xml's UnencryptedContentSize ${u} needs ${expected} (48 + AES-padded size)`,
      REBUILD,
    )
  }
  // The payload starts with HMAC(32) + IV(16); both are repeated in Detection.xml, so a mismatch means the
  // metadata belongs to another payload and Intune would refuse the commit.
  const head = await readAt(file, offset, 48)
  const enc = detection.encryptionInfo
  if (!head.subarray(0, 32).equals(Buffer.from(enc.mac, 'base64'))) {
    throw packageInvalid(
      file,
      "Detection.xml <Mac> doesn't match the payload's HMAC: metadata and payload don't belong together",
      REBUILD,
    )
  }
  if (!head.subarray(32, 48).equals(Buffer.from(enc.initializationVector, 'base64'))) {
    throw packageInvalid(file, "Detection.xml <InitializationVector> doesn't match the payload's IV", REBUILD)
  }

  const msi = detection.msiInfo
  const graphProps: Record<string, unknown> = {
    fileName: detection.fileName,
    setupFilePath: detection.setupFile,
  }
  if (msi) Object.assign(graphProps, win32MsiProps(msi, detection.setupFile, detection.name || undefined))
  const facts: PackageInfo['facts'] = {
    setupFile: detection.setupFile,
    unencryptedContentSize: u,
    encryptedSize: length,
    payloadEntry: `IntuneWinPackage/Contents/${detection.fileName}`,
  }
  if (detection.toolVersion) facts.toolVersion = detection.toolVersion
  if (msi) {
    facts.msiProductCode = msi.productCode
    facts.msiProductVersion = msi.productVersion
    facts.msiExecutionContext = msi.executionContext
    if (msi.upgradeCode) facts.msiUpgradeCode = msi.upgradeCode
  }
  return {
    kind: 'intunewin',
    appType: 'win32LobApp',
    fileName: path.basename(file),
    fileSize: size,
    sha256: Buffer.from(detection.encryptionInfo.fileDigest, 'base64').toString('hex'),
    displayName: detection.name || undefined,
    publisher: msi?.manufacturer,
    version: msi?.productVersion || undefined,
    identity: msi ? { property: 'productCode', value: msi.productCode } : undefined,
    graphProps,
    manifest: null,
    content: {
      mode: 'preEncrypted',
      path: file,
      offset,
      length,
      unencryptedSize: u,
      encryptionInfo: detection.encryptionInfo,
    },
    facts,
    warnings: [],
    msi,
  }
}
