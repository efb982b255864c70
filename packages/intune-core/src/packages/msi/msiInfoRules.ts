import type { MsiInfo } from '../types'
import type { MsiDatabase } from './msiDatabase'
import type { MsiSummary } from './summaryInformation'

const SYSTEM_FOLDERS = new Set([
  'AdminToolsFolder',
  'CommonAppDataFolder',
  'FontsFolder',
  'System16Folder',
  'System64Folder',
  'SystemFolder',
  'TempFolder',
  'WindowsFolder',
  'WindowsVolume',
])

/** Thrown for an ALLUSERS value Windows Installer's rules don't define; the caller names the file. */
export class AllUsersError extends Error {}

/**
 * MsiInfo exactly as IntuneWinAppUtil fills it (intunewin-format.md §6.1). Returns the Property table too,
 * for facts. ProductCode is kept verbatim (it may be lower-case); compare product codes case-insensitively.
 */
export function msiInfoFrom(
  db: MsiDatabase,
  summary: MsiSummary,
): { info: MsiInfo; properties: Map<string, string>; name?: string } {
  const properties = new Map<string, string>()
  for (const row of db.rows('Property')) {
    if (typeof row['Property'] === 'string') properties.set(row['Property'], String(row['Value'] ?? ''))
  }
  const prop = (name: string): string => properties.get(name) ?? ''
  const allUsers = prop('ALLUSERS')
  const context =
    allUsers === '' ? 'User' : allUsers === '1' ? 'System' : allUsers === '2' ? 'Any' : undefined
  if (!context)
    throw new AllUsersError(`ALLUSERS is "${allUsers}"; Windows Installer defines only empty, 1 or 2`)
  const isUserInstall = allUsers !== '1' && (allUsers !== '2' || prop('MSIINSTALLPERUSER') !== '')
  const isMachineInstall = !isUserInstall

  const machineRoot = (root: unknown): boolean =>
    root === 2 || root === 3 || (root === -1 && isMachineInstall)
  const containsSystemRegistryKeys = ['Registry', 'RemoveRegistry'].some(t =>
    db.rows(t).some(r => machineRoot(r['Root'])),
  )
  const containsSystemFolders = db.rows('Directory').some(r => SYSTEM_FOLDERS.has(String(r['Directory'])))

  const info: MsiInfo = {
    productCode: prop('ProductCode'),
    productVersion: prop('ProductVersion'),
    upgradeCode: prop('UpgradeCode') || undefined,
    packageCode: prop('PackageCode') || summary.revisionNumber || undefined,
    productName: prop('ProductName') || summary.subject || undefined,
    manufacturer: prop('Manufacturer') || summary.author || undefined,
    executionContext: context,
    requiresReboot: prop('REBOOT').toUpperCase().startsWith('F'),
    requiresLogon: context === 'User',
    isMachineInstall,
    isUserInstall,
    includesServices: db.rows('ServiceInstall').length > 0,
    includesOdbcDataSource: db.rows('ODBCDataSource').length > 0,
    containsSystemRegistryKeys,
    containsSystemFolders,
  }
  return { info, properties, name: info.productName }
}
