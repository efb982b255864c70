import * as path from 'node:path'
import { readFile, stat } from 'node:fs/promises'
import * as CFB from 'cfb'
import type { MsiInfo, PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileDigest } from './fileDigest'
import { cfbRequiredSize } from './msi/cfbExtent'
import { MsiDatabase } from './msi/msiDatabase'
import { parseSummaryInformation, type MsiSummary } from './msi/summaryInformation'
import { AllUsersError, msiInfoFrom } from './msi/msiInfoRules'
import { packageInvalid, truncatedOrCorrupt, errorMessage } from './packageErrors'
import { xmlAttr } from './xmlText'

/**
 * cfb parses a whole buffer, so an MSI is the one package read into memory. MSI databases are small, but some
 * embed their cabinets; we accept up to 2 GiB and check the size before allocating anything.
 */
export const MSI_MAX_BYTES = 2 * 1024 ** 3

export interface MsiRead {
  info: MsiInfo
  summary: MsiSummary
  properties: Map<string, string>
}

/** MsiInfo (§6.1 rules) plus the summary and Property table. Used by readMsi and by the .intunewin packager. */
export async function readMsiDetails(file: string): Promise<MsiRead> {
  await assertFormat(file, 'msi')
  const { size } = await stat(file)
  if (size > MSI_MAX_BYTES) {
    throw packageInvalid(
      file,
      `is ${size} bytes; MSI files over ${MSI_MAX_BYTES} bytes are not read (the database is parsed in memory)`,
      'Move large payloads into an external cabinet, or package the folder as a .intunewin (Win32 app).',
    )
  }
  const bytes = await readFile(file)
  const required = cfbRequiredSize(bytes)
  if (required !== undefined && required > bytes.length) {
    throw truncatedOrCorrupt(
      file,
      'MSI (OLE compound file)',
      `its sector table needs ${required} bytes and the file has ${bytes.length}: it was cut short`,
    )
  }
  let db: MsiDatabase
  try {
    db = new MsiDatabase(CFB.read(bytes, { type: 'buffer' }))
  } catch (e) {
    throw truncatedOrCorrupt(file, 'MSI (OLE compound file)', errorMessage(e), e)
  }
  const summary = parseSummaryInformation(db.stream('\u0005SummaryInformation'))
  try {
    const { info, properties } = msiInfoFrom(db, summary)
    if (!info.productCode)
      throw packageInvalid(file, 'has no ProductCode in its Property table', 'Rebuild the MSI.')
    return { info, summary, properties }
  } catch (e) {
    if (e instanceof AllUsersError)
      throw packageInvalid(file, e.message, 'Set ALLUSERS to 1, 2 or leave it empty.')
    throw e
  }
}

/** The MsiInfo a .intunewin's Detection.xml needs for an .msi setup file. */
export async function readMsiInfo(file: string): Promise<MsiInfo> {
  return (await readMsiDetails(file)).info
}

/** A bare .msi becomes a windowsMobileMSI (line-of-business MSI) app. */
export async function readMsi(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  const { info, summary, properties } = await readMsiDetails(file)
  const { size, sha256 } = await fileDigest(file)
  const fileName = path.basename(file)
  const facts: PackageInfo['facts'] = {
    productCode: info.productCode,
    productVersion: info.productVersion,
    executionContext: info.executionContext,
    allUsers: properties.get('ALLUSERS') ?? '',
  }
  if (info.upgradeCode) facts.upgradeCode = info.upgradeCode
  if (info.packageCode) facts.packageCode = info.packageCode
  if (properties.has('ProductLanguage')) facts.productLanguage = properties.get('ProductLanguage')!
  if (summary.template) facts.summaryTemplate = summary.template
  if (summary.pageCount !== undefined) facts.schema = summary.pageCount
  if (summary.creatingApplication) facts.creatingApplication = summary.creatingApplication
  return {
    kind: 'msi',
    appType: 'windowsMobileMSI',
    fileName,
    fileSize: size,
    sha256,
    displayName: info.productName,
    publisher: info.manufacturer,
    version: info.productVersion || undefined,
    // Verbatim; compare product codes case-insensitively (some MSIs use lower-case GUIDs).
    identity: { property: 'productCode', value: info.productCode },
    graphProps: {
      fileName,
      productCode: info.productCode,
      productVersion: info.productVersion,
      identityVersion: info.productVersion,
      commandLine: '',
      ignoreVersionDetection: false,
    },
    betaOnly: ['identityVersion'],
    manifest: Buffer.from(mobileMsiManifest(info), 'ascii').toString('base64'),
    content: { mode: 'encryptOnUpload', path: file, size },
    facts,
    warnings: [],
    msi: info,
  }
}

/** Protocol §5.3: one MobileMsiData element, attributes only, no XML declaration. */
export function mobileMsiManifest(info: MsiInfo): string {
  const b = (v: boolean): string => (v ? 'true' : 'false')
  return (
    `<MobileMsiData MsiExecutionContext="${info.executionContext}" MsiRequiresReboot="${b(info.requiresReboot)}"` +
    ` MsiUpgradeCode="${xmlAttr(info.upgradeCode ?? '')}" MsiIsMachineInstall="${b(info.isMachineInstall)}"` +
    ` MsiIsUserInstall="${b(info.isUserInstall)}" MsiIncludesServices="${b(info.includesServices)}"` +
    ` MsiContainsSystemRegistryKeys="${b(info.containsSystemRegistryKeys)}"` +
    ` MsiContainsSystemFolders="${b(info.containsSystemFolders)}"></MobileMsiData>`
  )
}
