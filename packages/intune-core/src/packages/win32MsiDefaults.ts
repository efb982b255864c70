import type { MsiInfo } from './types'

const PACKAGE_TYPES = { System: 'perMachine', User: 'perUser', Any: 'dualPurpose' } as const

/**
 * The Win32 properties an MSI setup implies (protocol §2.1): msiInformation, msiexec command lines and a
 * product-code detection rule. The template overrides any of them.
 */
export function win32MsiProps(
  msi: MsiInfo,
  setupFile: string,
  productName: string | undefined,
): Record<string, unknown> {
  return {
    msiInformation: {
      productCode: msi.productCode,
      productVersion: msi.productVersion,
      upgradeCode: msi.upgradeCode ?? null,
      requiresReboot: msi.requiresReboot,
      packageType: PACKAGE_TYPES[msi.executionContext],
      productName: productName ?? null,
      publisher: msi.manufacturer ?? null,
    },
    installCommandLine: `msiexec /i "${setupFile}" /qn`,
    uninstallCommandLine: `msiexec /x "${msi.productCode}" /qn`,
    rules: [
      {
        '@odata.type': '#microsoft.graph.win32LobAppProductCodeRule',
        ruleType: 'detection',
        productCode: msi.productCode,
        productVersionOperator: 'notConfigured',
        productVersion: null,
      },
    ],
  }
}
