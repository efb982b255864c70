/**
 * Detection.xml as IntuneWinAppUtil writes it: UTF-8 without BOM or XML declaration, 2-space indent, CRLF,
 * no trailing newline, XmlSerializer's xsd/xsi declarations, elements in Microsoft's order.
 */
import type { FileEncryptionInfo, MsiInfo } from '../packages/types'

/** The current Microsoft release at the time of writing; nothing downstream reads it (format doc §2). */
export const TOOL_VERSION = '1.8.7.0'
export const PAYLOAD_FILE_NAME = 'IntunePackage.intunewin'

export interface DetectionFields {
  name: string
  unencryptedContentSize: number
  setupFile: string
  info: FileEncryptionInfo
  msi?: MsiInfo
}

/** Escapes XML text; characters XML 1.0 can't carry at all are refused (callers validate names first). */
export function escapeXmlText(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/.test(s)) {
    throw new Error(`text contains a control character XML cannot hold: ${JSON.stringify(s)}`)
  }
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

const bool = (v: boolean): string => (v ? 'true' : 'false')

/** The MsiInfo children in the order of a real 1.8.4.0 file (format doc §2); optional codes omitted when unknown. */
function msiChildren(m: MsiInfo): Array<[string, string]> {
  const rows: Array<[string, string | undefined]> = [
    ['MsiProductCode', m.productCode],
    ['MsiProductVersion', m.productVersion],
    ['MsiPackageCode', m.packageCode],
    ['MsiUpgradeCode', m.upgradeCode],
    ['MsiExecutionContext', m.executionContext],
    ['MsiRequiresLogon', bool(m.requiresLogon)],
    ['MsiRequiresReboot', bool(m.requiresReboot)],
    ['MsiIsMachineInstall', bool(m.isMachineInstall)],
    ['MsiIsUserInstall', bool(m.isUserInstall)],
    ['MsiIncludesServices', bool(m.includesServices)],
    ['MsiIncludesODBCDataSource', bool(m.includesOdbcDataSource)],
    ['MsiContainsSystemRegistryKeys', bool(m.containsSystemRegistryKeys)],
    ['MsiContainsSystemFolders', bool(m.containsSystemFolders)],
    ['MsiPublisher', m.manufacturer],
  ]
  return rows.filter((r): r is [string, string] => r[1] !== undefined)
}

export function buildDetectionXml(d: DetectionFields): string {
  const el = (indent: number, name: string, value: string): string =>
    `${' '.repeat(indent)}<${name}>${escapeXmlText(value)}</${name}>`
  const e = d.info
  const lines = [
    `<ApplicationInfo xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" ToolVersion="${TOOL_VERSION}">`,
    el(2, 'Name', d.name),
    el(2, 'UnencryptedContentSize', String(d.unencryptedContentSize)),
    el(2, 'FileName', PAYLOAD_FILE_NAME),
    el(2, 'SetupFile', d.setupFile),
    '  <EncryptionInfo>',
    el(4, 'EncryptionKey', e.encryptionKey),
    el(4, 'MacKey', e.macKey),
    el(4, 'InitializationVector', e.initializationVector),
    el(4, 'Mac', e.mac),
    el(4, 'ProfileIdentifier', e.profileIdentifier),
    el(4, 'FileDigest', e.fileDigest),
    el(4, 'FileDigestAlgorithm', e.fileDigestAlgorithm),
    '  </EncryptionInfo>',
  ]
  if (d.msi) {
    lines.push('  <MsiInfo>', ...msiChildren(d.msi).map(([k, v]) => el(4, k, v)), '  </MsiInfo>')
  }
  lines.push('</ApplicationInfo>')
  return lines.join('\r\n')
}
