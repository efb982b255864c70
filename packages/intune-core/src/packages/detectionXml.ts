import { XMLParser } from 'fast-xml-parser'
import type { FileEncryptionInfo, MsiInfo } from './types'
import { packageInvalid, errorMessage } from './packageErrors'

/** Detection.xml of a .intunewin, parsed by element name (namespaces, order and unknown elements ignored). */
export interface DetectionXml {
  toolVersion?: string
  name: string
  unencryptedContentSize: number
  fileName: string
  setupFile: string
  encryptionInfo: FileEncryptionInfo
  msiInfo?: MsiInfo
}

type XmlNode = Record<string, unknown>

const KEY_LENGTHS: Array<[keyof FileEncryptionInfo, string, number]> = [
  ['encryptionKey', 'EncryptionKey', 32],
  ['macKey', 'MacKey', 32],
  ['initializationVector', 'InitializationVector', 16],
  ['mac', 'Mac', 32],
  ['fileDigest', 'FileDigest', 32],
]

export function parseDetectionXml(file: string, bytes: Buffer): DetectionXml {
  const bad = (what: string): Error =>
    packageInvalid(
      file,
      `Detection.xml ${what}`,
      'Rebuild the package with IntuneWinAppUtil or intune-publish package.',
    )
  let doc: XmlNode
  try {
    const parser = new XMLParser({
      ignoreAttributes: false,
      attributeNamePrefix: '@',
      removeNSPrefix: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      processEntities: true,
    })
    doc = parser.parse(bytes.toString('utf8').replace(/^\uFEFF/, ''), true) as XmlNode
  } catch (e) {
    throw bad(`is not well-formed XML (${errorMessage(e)})`)
  }
  const root = doc['ApplicationInfo']
  if (!isNode(root)) throw bad('has no ApplicationInfo root element')
  const text = (node: XmlNode, name: string): string | undefined => {
    const v = node[name]
    if (v === undefined || v === null) return undefined
    if (typeof v === 'string' || typeof v === 'number') return String(v)
    if (isNode(v) && typeof v['#text'] === 'string') return v['#text']
    if (isNode(v)) return ''
    return undefined
  }
  const required = (node: XmlNode, name: string): string => {
    const v = text(node, name)
    if (v === undefined || v === '') throw bad(`is missing <${name}>`)
    return v
  }

  const sizeText = required(root, 'UnencryptedContentSize')
  if (!/^\d+$/.test(sizeText)) throw bad(`<UnencryptedContentSize> is not a byte count: "${sizeText}"`)
  const enc = root['EncryptionInfo']
  if (!isNode(enc)) throw bad('is missing <EncryptionInfo>')
  const info: Partial<Record<keyof FileEncryptionInfo, string>> = {}
  for (const [key, el, len] of KEY_LENGTHS) {
    const v = required(enc, el)
    const raw = /^[A-Za-z0-9+/]+={0,2}$/.test(v) ? Buffer.from(v, 'base64') : Buffer.alloc(0)
    if (raw.length !== len)
      throw bad(`<${el}> must be base64 of ${len} bytes (got ${raw.length || 'invalid base64'})`)
    info[key] = v
  }
  const profile = required(enc, 'ProfileIdentifier')
  if (profile !== 'ProfileVersion1')
    throw bad(`<ProfileIdentifier> is "${profile}", Intune takes only ProfileVersion1`)
  const alg = required(enc, 'FileDigestAlgorithm')
  if (alg !== 'SHA256') throw bad(`<FileDigestAlgorithm> is "${alg}", Intune takes only SHA256`)

  const msi = root['MsiInfo']
  return {
    toolVersion: typeof root['@ToolVersion'] === 'string' ? root['@ToolVersion'] : undefined,
    name: text(root, 'Name') ?? '',
    unencryptedContentSize: Number(sizeText),
    fileName: required(root, 'FileName'),
    setupFile: required(root, 'SetupFile'),
    encryptionInfo: {
      encryptionKey: info.encryptionKey!,
      macKey: info.macKey!,
      initializationVector: info.initializationVector!,
      mac: info.mac!,
      profileIdentifier: 'ProfileVersion1',
      fileDigest: info.fileDigest!,
      fileDigestAlgorithm: 'SHA256',
    },
    msiInfo: isNode(msi) ? parseMsiInfo(msi, text, bad) : undefined,
  }
}

function parseMsiInfo(
  msi: XmlNode,
  text: (n: XmlNode, name: string) => string | undefined,
  bad: (what: string) => Error,
): MsiInfo {
  const bool = (name: string): boolean => (text(msi, name) ?? '').trim().toLowerCase() === 'true'
  const productCode = text(msi, 'MsiProductCode')
  if (!productCode) throw bad('has <MsiInfo> without <MsiProductCode>')
  const ctx = text(msi, 'MsiExecutionContext') ?? 'Any'
  if (ctx !== 'System' && ctx !== 'User' && ctx !== 'Any') {
    throw bad(`<MsiExecutionContext> is "${ctx}", expected System, User or Any`)
  }
  const opt = (name: string): string | undefined => text(msi, name) || undefined
  return {
    productCode,
    productVersion: text(msi, 'MsiProductVersion') ?? '',
    upgradeCode: opt('MsiUpgradeCode'),
    packageCode: opt('MsiPackageCode'),
    manufacturer: opt('MsiPublisher'),
    executionContext: ctx,
    requiresReboot: bool('MsiRequiresReboot'),
    requiresLogon: bool('MsiRequiresLogon'),
    isMachineInstall: bool('MsiIsMachineInstall'),
    isUserInstall: bool('MsiIsUserInstall'),
    includesServices: bool('MsiIncludesServices'),
    includesOdbcDataSource: bool('MsiIncludesODBCDataSource'),
    containsSystemRegistryKeys: bool('MsiContainsSystemRegistryKeys'),
    containsSystemFolders: bool('MsiContainsSystemFolders'),
  }
}

function isNode(v: unknown): v is XmlNode {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}
