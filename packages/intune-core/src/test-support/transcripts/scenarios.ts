/**
 * The end-to-end scenarios that both the golden transcripts (simulator) and live mode (a real tenant)
 * run: every fixture app type, created, updated and re-run. Live mode prefixes every display name.
 */
import type { PublishInputs } from '../../api'
import type { PublishOptions } from '../../publish/publish'
import { fixture } from '../publishHarness'

export type Phase = 'create' | 'update' | 'rerun'
export const PHASES: readonly Phase[] = ['create', 'update', 'rerun']

export interface Scenario {
  /** File-name safe: the app type. */
  name: string
  appType: string
  packagePath: string
  template: Record<string, unknown>
  /** What the update changes: the template (metadata) or the package (new content). */
  update: { template?: Record<string, unknown>; packagePath?: string }
  /** Assignments sent with the update (live mode: the maintainer's group). */
  assignments?: Record<string, unknown>
  /** Packaged on the fly from a folder instead of `packagePath` (issue 9 item 11). */
  source?: { dir: string; setupFile: string }
  opts?: PublishOptions
}

const basic = (displayName: string): Record<string, unknown> => ({
  displayName,
  description: `${displayName}: wire transcript`,
  publisher: 'intune-publish tests',
})

const win32 = (displayName: string): Record<string, unknown> => ({
  ...basic(displayName),
  installCommandLine: 'install.cmd',
  uninstallCommandLine: 'uninstall.cmd',
  detection: [{ file: { path: 'C:\\Program Files\\Wire', name: 'wire.txt', check: 'exists' } }],
})

const changed = (t: Record<string, unknown>): Record<string, unknown> => ({
  ...t,
  description: `${String(t.description)} (updated)`,
})

export function scenarios(prefix = ''): Scenario[] {
  const n = (s: string): string => `${prefix}${s}`
  const ios = basic(n('Wire iOS'))
  const apk = basic(n('Wire Android'))
  const msi = basic(n('Wire MSI'))
  const msix = basic(n('Wire MSIX'))
  const pkg = basic(n('Wire macOS PKG'))
  return [
    {
      name: 'win32LobApp',
      appType: 'win32LobApp',
      packagePath: fixture('intunewin/msft-1.8.4.0-7zip-tiny.intunewin'),
      template: win32(n('Wire Win32')),
      // A new build: new content under the same identity.
      update: { packagePath: fixture('intunewin/msft-1.4.0.0-sample.intunewin') },
    },
    {
      name: 'windowsMobileMSI',
      appType: 'windowsMobileMSI',
      packagePath: fixture('msi/putty-0.68-installer.msi'),
      template: msi,
      update: { template: changed(msi) },
    },
    {
      name: 'windowsUniversalAppX',
      appType: 'windowsUniversalAppX',
      packagePath: fixture('msix/msixpkg-existingPackage.msix'),
      template: msix,
      update: { template: changed(msix) },
    },
    {
      name: 'iosLobApp',
      appType: 'iosLobApp',
      packagePath: fixture('ipa/icyleaf-iphone.ipa'),
      template: ios,
      update: { template: changed(ios) },
      opts: { allowExpiredProvisioningProfile: true },
    },
    {
      name: 'androidLobApp',
      appType: 'androidLobApp',
      packagePath: fixture('apk/icyleaf-android.apk'),
      template: apk,
      update: { template: changed(apk) },
    },
    {
      name: 'macOSPkgApp',
      appType: 'macOSPkgApp',
      packagePath: fixture('pkg/fastlane-MacAppOnly.pkg'),
      template: pkg,
      update: { template: changed(pkg) },
    },
  ]
}

/** The publish inputs of one phase (without the connection). */
export function phaseInputs(s: Scenario, phase: Phase): Partial<PublishInputs> {
  const later = phase !== 'create'
  return {
    ...(s.source
      ? { source: s.source }
      : { packagePath: later && s.update.packagePath ? s.update.packagePath : s.packagePath }),
    appTemplate: later && s.update.template ? s.update.template : s.template,
    ...(later && s.assignments ? { assignments: s.assignments } : {}),
  }
}
