import * as path from 'node:path'
import type { Entry } from 'yauzl'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileDigest } from './fileDigest'
import { withZip } from './zip/zipArchive'
import { packageInvalid, errorMessage } from './packageErrors'
import { parsePlist, plistString, type PlistDict } from './ios/plistRead'
import { parseMobileProvision } from './ios/mobileProvision'
import { iosManifestPlist } from './ios/iosManifest'
import { iosMinimumRelease } from './minimumOs'
import { isIntunePublishError } from '../errors'

const PLIST_MAX = 8 << 20
const PROFILE_MAX = 4 << 20
const WARN_DAYS = 30
const DAY_MS = 86_400_000

/** `Payload/<X>.app/Info.plist`, optionally under one top folder: the top-level app, never a nested one. */
const APP_PLIST = /^(?:[^/]+\/)?Payload\/([^/]+\.app)\/Info\.plist$/i

const depth = (e: Entry): number => e.fileName.split('/').length

/** Two apps side by side in Payload/: which one the device installs is not ours to guess. */
function refuseSecondApp(file: string, first: Entry, candidates: Entry[]): void {
  const apps = new Set(
    candidates.filter(e => depth(e) === depth(first)).map(e => APP_PLIST.exec(e.fileName)?.[1] ?? ''),
  )
  if (apps.size > 1) {
    throw packageInvalid(
      file,
      `holds more than one app bundle in Payload/ (${[...apps].sort().join(', ')})`,
      'An .ipa carries exactly one top-level app; export it again from Xcode.',
    )
  }
}

/** Reads an .ipa: Info.plist of the top-level app and the expiry of its embedded provisioning profile. */
export async function readIpa(file: string, opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'ipa')
  const now = opts.now ?? new Date()
  const { info, profile, plistPath } = await withZip(file, '.ipa zip', async zip => {
    const candidates = zip.entries.filter(
      e => !/(^|\/)__MACOSX\//i.test(e.fileName) && APP_PLIST.test(e.fileName),
    )
    // With a top folder and without, prefer the shortest path: Payload/ at the root wins.
    candidates.sort((a, b) => a.fileName.length - b.fileName.length)
    const first: Entry | undefined = candidates[0]
    // find() refuses an exact or case-only duplicate of the Info.plist we are about to read.
    const plistEntry = first && zip.find(first.fileName)
    if (first) refuseSecondApp(file, first, candidates)
    if (!plistEntry) {
      throw packageInvalid(
        file,
        'has no Payload/<App>.app/Info.plist: not an iOS app archive',
        'Export the .ipa from Xcode (Archive > Distribute App).',
      )
    }
    let info: PlistDict
    try {
      info = parsePlist(await zip.readEntry(plistEntry, PLIST_MAX))
    } catch (e) {
      if (isIntunePublishError(e)) throw e
      throw packageInvalid(
        file,
        `${plistEntry.fileName} is not a readable property list (${errorMessage(e)})`,
      )
    }
    const appDir = plistEntry.fileName.slice(0, -'Info.plist'.length)
    const profileEntry = zip.find(`${appDir}embedded.mobileprovision`)
    let profile: PlistDict | undefined
    if (profileEntry) {
      try {
        profile = parseMobileProvision(await zip.readEntry(profileEntry, PROFILE_MAX))
      } catch (e) {
        if (isIntunePublishError(e)) throw e
        throw packageInvalid(
          file,
          `embedded.mobileprovision is unreadable (${errorMessage(e)})`,
          'Re-sign the app with a valid provisioning profile.',
        )
      }
    }
    return { info, profile, plistPath: plistEntry.fileName }
  })

  const platforms = Array.isArray(info['CFBundleSupportedPlatforms'])
    ? info['CFBundleSupportedPlatforms'].map(String)
    : []
  const families = Array.isArray(info['UIDeviceFamily']) ? info['UIDeviceFamily'].map(Number) : []
  const dtPlatform = plistString(info, 'DTPlatformName') ?? ''
  if (platforms.some(p => /appletv/i.test(p)) || families.includes(3) || /appletv/i.test(dtPlatform)) {
    throw packageInvalid(
      file,
      "is a tvOS app: Intune doesn't take tvOS apps as iOS LOB apps",
      'Publish an iPhone/iPad build of the app.',
    )
  }
  const bundleId = plistString(info, 'CFBundleIdentifier')
  if (!bundleId)
    throw packageInvalid(file, `${plistPath} has no CFBundleIdentifier`, 'Rebuild the app with Xcode.')
  const buildNumber = plistString(info, 'CFBundleVersion') ?? ''
  const versionNumber = plistString(info, 'CFBundleShortVersionString') ?? buildNumber
  const name = plistString(info, 'CFBundleDisplayName') || plistString(info, 'CFBundleName')
  const minOs = plistString(info, 'MinimumOSVersion')

  const warnings: string[] = []
  const facts: PackageInfo['facts'] = { bundleId, buildNumber, versionNumber, infoPlist: plistPath }
  let expirationDateTime: string | undefined
  if (profile) {
    const exp = profile['ExpirationDate']
    if (exp instanceof Date && !Number.isNaN(exp.getTime())) {
      expirationDateTime = exp.toISOString()
      facts.provisioningProfileExpires = expirationDateTime
      if (exp.getTime() <= now.getTime() && opts.allowExpiredProvisioningProfile) {
        warnings.push(
          `The provisioning profile expired on ${expirationDateTime}; devices won't install this app until it is re-signed.`,
        )
      } else if (exp.getTime() <= now.getTime()) {
        throw packageInvalid(
          file,
          `its provisioning profile expired on ${expirationDateTime}; devices won't install it`,
          'Renew the distribution certificate/provisioning profile in the Apple Developer portal and re-sign the .ipa.',
        )
      }
      const days = Math.floor((exp.getTime() - now.getTime()) / DAY_MS)
      if (days >= 0 && days < WARN_DAYS) {
        warnings.push(
          `The provisioning profile expires in ${days} day(s) (${expirationDateTime}); the app stops launching then. Re-sign it soon.`,
        )
      }
    }
    const profileName = plistString(profile, 'Name')
    if (profileName) facts.provisioningProfile = profileName
  } else {
    warnings.push(
      'The .ipa has no embedded.mobileprovision: devices will only install it if it is otherwise signed for distribution.',
    )
  }
  if (minOs) facts.minimumOSVersion = minOs
  if (families.length) facts.deviceFamilies = families.map(String)

  const iPad = families.includes(2)
  const iPhoneAndIPod = families.includes(1) || families.length === 0
  const graphProps: Record<string, unknown> = {
    fileName: path.basename(file),
    bundleId,
    buildNumber,
    versionNumber,
    applicableDeviceType: { iPad, iPhoneAndIPod },
    // The plain release: the body builder turns it into Graph's member for the version it sends to.
    minimumSupportedOperatingSystem: iosMinimumRelease(minOs),
  }
  if (expirationDateTime) graphProps.expirationDateTime = expirationDateTime
  const { size, sha256 } = await fileDigest(file)
  return {
    kind: 'ipa',
    appType: 'iosLobApp',
    fileName: path.basename(file),
    fileSize: size,
    sha256,
    displayName: name,
    version: versionNumber || undefined,
    identity: { property: 'bundleId', value: bundleId },
    graphProps,
    manifest: Buffer.from(iosManifestPlist(bundleId, buildNumber, name ?? bundleId), 'ascii').toString(
      'base64',
    ),
    content: { mode: 'encryptOnUpload', path: file, size },
    facts,
    warnings,
  }
}
