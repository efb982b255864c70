/**
 * What a package reader learns from a file. Readers fill it; the app-template merge turns it into a Graph
 * app body; the uploader uses `content` to know what bytes go to the blob and how they are encrypted.
 */

/** The Graph `@odata.type` names (without `#microsoft.graph.`) of the LOB app types we publish. */
export type AppType =
  | 'win32LobApp'
  | 'windowsMobileMSI'
  | 'iosLobApp'
  | 'androidLobApp'
  | 'windowsUniversalAppX'
  | 'macOSPkgApp'
  | 'macOSDmgApp'

export type PackageKind = 'intunewin' | 'msi' | 'ipa' | 'apk' | 'msix' | 'pkg' | 'dmg'

/** Encryption info as Graph's fileEncryptionInfo wants it (all binary fields base64). */
export interface FileEncryptionInfo {
  encryptionKey: string
  macKey: string
  initializationVector: string
  mac: string
  profileIdentifier: 'ProfileVersion1'
  fileDigest: string
  fileDigestAlgorithm: 'SHA256'
}

/**
 * How to get the bytes Intune stores.
 * - `preEncrypted`: a .intunewin; the blob is the inner payload at `offset`/`length` inside the file,
 *   uploaded unchanged, committed with `encryptionInfo` from Detection.xml.
 * - `encryptOnUpload`: every other type; the whole file is encrypted while it is uploaded.
 */
export type PackageContent =
  | {
      mode: 'preEncrypted'
      path: string
      /** Byte offset of the encrypted payload inside the outer zip (stored entry). */
      offset: number
      /** Length of the encrypted payload = sizeEncrypted. */
      length: number
      /** UnencryptedContentSize = size. */
      unencryptedSize: number
      encryptionInfo: FileEncryptionInfo
    }
  | {
      mode: 'encryptOnUpload'
      path: string
      /** Plaintext length = size. */
      size: number
    }

export interface MsiInfo {
  productCode: string
  productVersion: string
  upgradeCode?: string
  packageCode?: string
  productName?: string
  manufacturer?: string
  /** ALLUSERS '' -> User, 1 -> System, 2 -> Any. */
  executionContext: 'System' | 'User' | 'Any'
  requiresReboot: boolean
  requiresLogon: boolean
  isMachineInstall: boolean
  isUserInstall: boolean
  includesServices: boolean
  includesOdbcDataSource: boolean
  containsSystemRegistryKeys: boolean
  containsSystemFolders: boolean
}

export interface PackageInfo {
  kind: PackageKind
  appType: AppType
  /** The file name as uploaded (`fileName` on the app, `name` on the content file). */
  fileName: string
  /** Size of the file on disk. */
  fileSize: number
  /**
   * SHA-256 (hex) identifying this build for idempotency: of the package file as given, or for a .intunewin
   * of its content (Detection.xml's FileDigest), which a re-encryption of the same content keeps.
   */
  sha256: string
  /** Best display name the package offers (Detection.xml Name, ProductName, CFBundleName, label...). */
  displayName?: string
  publisher?: string
  /** Human version for notes/plan (ProductVersion, CFBundleShortVersionString, versionName...). */
  version?: string
  /** The identity key of this app type (bundleId, packageId, productCode, identityName...). */
  identity?: { property: string; value: string }
  /**
   * Graph properties the package itself determines, using Graph's own property names for `appType`
   * (e.g. bundleId, buildNumber, versionNumber, expirationDateTime, applicableDeviceType for iOS;
   * setupFilePath, msiInformation, rules for Win32). The template merge overrides them.
   */
  graphProps: Record<string, unknown>
  /** The content-file manifest (base64) Intune wants for this type, or null. */
  manifest: string | null
  content: PackageContent
  /** Everything else a reader found, for the plan and summaries (never secret). */
  facts: Record<string, string | number | boolean | string[]>
  /** Warnings worth showing (e.g. provisioning profile expires in 10 days). */
  warnings: string[]
  msi?: MsiInfo
  /**
   * Names of `graphProps` keys (or values) that only Graph beta accepts for this app type, e.g.
   * `identityVersion` on windowsMobileMSI or `arm64` in applicableArchitectures. The one place that picks
   * v1.0 or beta uses this; empty/absent when v1.0 takes everything.
   */
  betaOnly?: string[]
}

/** Options every reader takes. */
export interface ReadPackageOptions {
  /** "Now" for expiry checks (tests). Default: the current time. */
  now?: Date
  /**
   * iOS: accept an .ipa whose provisioning profile has expired (turns the refusal into a warning). For demos
   * and tests with old sample apps only; devices won't install such an app.
   */
  allowExpiredProvisioningProfile?: boolean
}
