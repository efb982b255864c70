import * as path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import type { PackageInfo, ReadPackageOptions } from './types'
import { assertFormat } from './detectFormat'
import { fileDigest } from './fileDigest'
import { packageInvalid, truncatedOrCorrupt, errorMessage } from './packageErrors'
import { readXarFile, readXarToc, XarError } from './macos/xarArchive'

type Node = Record<string, unknown>
interface IncludedApp {
  '@odata.type': '#microsoft.graph.macOSIncludedApp'
  bundleId: string
  bundleVersion: string
}

const nodes = (v: unknown): Node[] =>
  (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Node => typeof x === 'object' && x !== null,
  )
const attr = (n: Node | undefined, k: string): string | undefined => {
  const v = n?.[`@${k}`]
  return typeof v === 'string' && v !== '' ? v : undefined
}

/**
 * Reads a macOS flat package (xar): the product archive's Distribution, or a component package's
 * PackageInfo. Bundles listed there become includedApps; the first is the primary bundle.
 */
export async function readPkg(file: string, _opts: ReadPackageOptions = {}): Promise<PackageInfo> {
  await assertFormat(file, 'pkg')
  const { size, sha256 } = await fileDigest(file)
  let xml: Buffer
  let source: string
  let checksum: string
  try {
    const toc = await readXarToc(file, size)
    checksum = toc.checksum
    const entry =
      toc.files.find(f => f.path === 'Distribution') ??
      toc.files.find(f => f.path === 'PackageInfo') ??
      toc.files.find(f => /(^|\/)PackageInfo$/.test(f.path))
    if (!entry) {
      throw packageInvalid(
        file,
        'has neither a Distribution nor a PackageInfo file: not an installer package',
        'Build it with productbuild or pkgbuild.',
      )
    }
    source = entry.path
    xml = await readXarFile(file, toc.heapStart, size, entry)
  } catch (e) {
    if (e instanceof XarError || (e instanceof Error && /incorrect header|unexpected end/i.test(e.message))) {
      throw truncatedOrCorrupt(file, 'macOS flat package (xar)', errorMessage(e), e)
    }
    throw e
  }
  let doc: Node
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(
      xml.toString('utf8'),
    ) as Node
  } catch (e) {
    throw packageInvalid(
      file,
      `${source} is not usable XML (${errorMessage(e)})`,
      'Rebuild the package with productbuild or pkgbuild.',
    )
  }
  const apps: IncludedApp[] = []
  const addBundles = (list: Node[]): void => {
    for (const b of list) {
      const id = attr(b, 'id')
      const v = attr(b, 'CFBundleShortVersionString') ?? attr(b, 'CFBundleVersion')
      if (id && v && !apps.some(a => a.bundleId === id)) {
        apps.push({ '@odata.type': '#microsoft.graph.macOSIncludedApp', bundleId: id, bundleVersion: v })
      }
      addBundles(nodes(b['bundle']))
    }
  }
  const facts: PackageInfo['facts'] = { source, xarChecksum: checksum }
  let productId: string | undefined
  let productVersion: string | undefined
  let title: string | undefined
  const gui = nodes(doc['installer-gui-script'])[0]
  if (gui) {
    const product = nodes(gui['product'])[0]
    productId = attr(product, 'id')
    productVersion = attr(product, 'version')
    const t = gui['title']
    title = typeof t === 'string' && t.trim() ? t.trim() : undefined
    const refs = nodes(gui['pkg-ref'])
    for (const r of refs) for (const bv of nodes(r['bundle-version'])) addBundles(nodes(bv['bundle']))
    const ids = [...new Set(refs.map(r => attr(r, 'id')).filter((x): x is string => !!x))]
    if (ids.length) facts.pkgRefs = ids
    if (!productId) {
      const withVersion = refs.find(r => attr(r, 'id') && attr(r, 'version'))
      productId = attr(withVersion, 'id')
      productVersion = attr(withVersion, 'version')
    }
  } else {
    const info = nodes(doc['pkg-info'])[0]
    if (!info) throw packageInvalid(file, `${source} has neither <installer-gui-script> nor <pkg-info>`)
    productId = attr(info, 'identifier')
    productVersion = attr(info, 'version')
    addBundles(nodes(info['bundle']))
  }
  if (productId) facts.productId = productId
  if (productVersion) facts.productVersion = productVersion
  if (title) facts.title = title

  // Intune detects a PKG app by the bundle ids it installs (Microsoft Learn, unmanaged macOS PKG apps). A
  // package identifier is not one: using it would install the app and never detect it, so none is guessed.
  const primary = apps[0]
  const warnings: string[] = []
  const graphProps: Record<string, unknown> = { fileName: path.basename(file) }
  if (primary) {
    graphProps.primaryBundleId = primary.bundleId
    graphProps.primaryBundleVersion = primary.bundleVersion
    graphProps.includedApps = apps
  }
  return {
    kind: 'pkg',
    appType: 'macOSPkgApp',
    fileName: path.basename(file),
    fileSize: size,
    sha256,
    displayName: title,
    version: primary?.bundleVersion ?? productVersion,
    identity: primary ? { property: 'primaryBundleId', value: primary.bundleId } : undefined,
    graphProps,
    manifest: null,
    content: { mode: 'encryptOnUpload', path: file, size },
    facts,
    warnings,
  }
}
