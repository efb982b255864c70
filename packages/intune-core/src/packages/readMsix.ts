import * as path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat, isBundleExtension } from './detectFormat'
import { fileDigest } from './fileDigest'
import { withZip } from './zip/zipArchive'
import { packageInvalid, errorMessage } from './packageErrors'
import { publisherHash } from './msix/publisherHash'
import { windowsMinimumRelease } from './minimumOs'

const MANIFEST_MAX = 16 << 20
type XmlNode = Record<string, unknown>

const asArray = (v: unknown): XmlNode[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is XmlNode => typeof x === 'object' && x !== null,
  )
const str = (n: XmlNode | undefined, key: string): string | undefined => {
  const v = n?.[key]
  return typeof v === 'string' && v !== '' ? v : undefined
}

/** Reads MSIX/AppX packages and bundles: identity, publisher hash, architectures, minimum Windows version. */
export async function readMsix(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'msix')
  const { xml, isBundle, entryName } = await withZip(file, 'MSIX/AppX zip', async zip => {
    const bundle = zip.find('AppxMetadata/AppxBundleManifest.xml')
    const pkg = zip.find('AppxManifest.xml')
    const entry = bundle ?? pkg
    if (!entry) {
      throw packageInvalid(
        file,
        `has neither AppxManifest.xml nor AppxMetadata/AppxBundleManifest.xml: not an MSIX/AppX ${isBundleExtension(file) ? 'bundle' : 'package'}`,
        'Build it with MakeAppx or the Windows App SDK packaging tools.',
      )
    }
    return {
      xml: await zip.readEntry(entry, MANIFEST_MAX),
      isBundle: entry === bundle,
      entryName: entry.fileName,
    }
  })
  let doc: XmlNode
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', removeNSPrefix: true }).parse(
      xml.toString('utf8').replace(/^\uFEFF/, ''),
      true,
    ) as XmlNode
  } catch (e) {
    throw packageInvalid(file, `${entryName} is not well-formed XML (${errorMessage(e)})`)
  }
  const root = asArray(doc[isBundle ? 'Bundle' : 'Package'])[0]
  const identities = asArray(root?.['Identity'])
  if (identities.length > 1) {
    throw packageInvalid(file, `${entryName} has ${identities.length} <Identity> elements; a package has one`)
  }
  const identity = identities[0]
  const name = str(identity, '@Name')
  const publisher = str(identity, '@Publisher')
  const version = str(identity, '@Version')
  if (!name || !publisher || !version) {
    throw packageInvalid(
      file,
      `${entryName} has no complete <Identity Name Publisher Version>`,
      'Fix the package manifest and rebuild.',
    )
  }
  checkPackageVersion(file, entryName, version)

  const warnings: string[] = []
  let architectures: string[]
  let displayName: string | undefined
  let minVersion: string | undefined
  let publisherDisplayName: string | undefined
  if (isBundle) {
    const packages = asArray(asArray(root?.['Packages'])[0]?.['Package'])
    const apps = packages.filter(p => (str(p, '@Type') ?? 'application') === 'application')
    architectures = [...new Set(apps.map(p => (str(p, '@Architecture') ?? 'neutral').toLowerCase()))]
  } else {
    architectures = [(str(identity, '@ProcessorArchitecture') ?? 'neutral').toLowerCase()]
    const props = asArray(root?.['Properties'])[0]
    const dn = props?.['DisplayName']
    if (typeof dn === 'string' && dn.trim()) {
      if (/^ms-resource:/i.test(dn.trim())) {
        warnings.push(
          `DisplayName is a resource reference (${dn.trim()}); using the identity name. Set displayName in the app template.`,
        )
      } else displayName = dn.trim()
    }
    const pdn = props?.['PublisherDisplayName']
    if (typeof pdn === 'string' && pdn.trim() && !/^ms-resource:/i.test(pdn.trim()))
      publisherDisplayName = pdn.trim()
    const families = asArray(asArray(root?.['Dependencies'])[0]?.['TargetDeviceFamily'])
    minVersion = families
      .map(f => str(f, '@MinVersion'))
      .filter((v): v is string => !!v)
      .sort(compareVersions)[0]
  }
  if (!architectures.length) architectures = ['neutral']
  const known = architectures.filter(a => ['x86', 'x64', 'arm', 'neutral', 'arm64'].includes(a))

  const graphProps: Record<string, unknown> = {
    fileName: path.basename(file),
    identityName: name,
    identityPublisherHash: publisherHash(publisher),
    identityVersion: version,
    isBundle,
    applicableArchitectures: (known.length ? known : ['neutral']).join(','),
    applicableDeviceTypes: 'desktop',
    minimumSupportedOperatingSystem: windowsMinimumRelease(minVersion),
  }
  const resourceId = str(identity, '@ResourceId')
  if (resourceId) graphProps.identityResourceIdentifier = resourceId

  const facts: PackageInfo['facts'] = {
    identityName: name,
    identityPublisher: publisher,
    identityVersion: version,
    architectures: known,
    isBundle,
    manifest: entryName,
  }
  if (minVersion) facts.minVersion = minVersion
  const { size, sha256 } = await fileDigest(file)
  return {
    kind: 'msix',
    appType: 'windowsUniversalAppX',
    fileName: path.basename(file),
    fileSize: size,
    sha256,
    displayName: displayName ?? name,
    publisher: publisherDisplayName,
    version,
    identity: { property: 'identityName', value: name },
    graphProps,
    // arm64 is a beta-only member of windowsArchitecture.
    betaOnly: known.includes('arm64') ? ['applicableArchitectures'] : undefined,
    manifest: Buffer.from(path.basename(file), 'ascii').toString('base64'),
    content: { mode: 'encryptOnUpload', path: file, size },
    facts,
    warnings,
  }
}

/** Windows package versions are Major.Minor.Build.Revision, each 0-65535 (the AppxManifest schema's type). */
function checkPackageVersion(file: string, entryName: string, version: string): void {
  const parts = version.split('.')
  if (parts.length === 4 && parts.every(p => /^\d{1,5}$/.test(p) && Number(p) <= 65535)) return
  throw packageInvalid(
    file,
    `${entryName} has Identity Version "${version}", not four numbers from 0 to 65535 (like 1.2.0.0)`,
    'Set a valid version in the manifest and rebuild.',
  )
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number)
  const pb = b.split('.').map(Number)
  for (let i = 0; i < 4; i++) if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) - (pb[i] ?? 0)
  return 0
}
