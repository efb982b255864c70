import { createHash, randomBytes } from 'node:crypto'
import {
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import * as os from 'node:os'
import * as path from 'node:path'
import { encryptedLength } from '../crypto/payloadEncryptor'
import { readIntunewin } from '../packages/readIntunewin'
import { packageIntunewin } from './packageIntunewin'
import {
  FIXTURES,
  decryptBlob,
  parseDetection,
  readZip,
  stockExtract,
  stockTest,
} from './test-support/intunewinKit'

const PAYLOAD = 'IntuneWinPackage/Contents/IntunePackage.intunewin'
const XML = 'IntuneWinPackage/Metadata/Detection.xml'
let tmp: string

beforeAll(() => {
  tmp = mkdtempSync(path.join(os.tmpdir(), 'pkg-test-'))
})
afterAll(() => rmSync(tmp, { recursive: true, force: true }))

/** A folder with text, random bytes, an empty file, a sub-folder and a non-ASCII name. */
function makeSource(name: string): string {
  const dir = path.join(tmp, name)
  mkdirSync(path.join(dir, 'Fonts', 'deep'), { recursive: true })
  writeFileSync(path.join(dir, 'install.ps1'), 'Write-Host "install"\r\n'.repeat(200))
  writeFileSync(path.join(dir, 'empty.txt'), '')
  writeFileSync(path.join(dir, 'Fonts', 'blob.bin'), randomBytes(300_000))
  writeFileSync(path.join(dir, 'Fonts', 'deep', 'Größe & Co.txt'), 'ü'.repeat(5000))
  return dir
}

function listTree(dir: string, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const d of readdirSync(dir, { withFileTypes: true })) {
    const rel = prefix + d.name
    if (d.isDirectory()) for (const [k, v] of listTree(path.join(dir, d.name), `${rel}/`)) out.set(k, v)
    else
      out.set(
        rel,
        createHash('sha256')
          .update(readFileSync(path.join(dir, d.name)))
          .digest('hex'),
      )
  }
  return out
}

describe('packageIntunewin round trip', () => {
  let src: string
  let out: string
  beforeAll(() => {
    src = makeSource('rt-src')
    out = path.join(tmp, 'rt.intunewin')
  })

  it('writes a package that decrypts and unzips back to the folder, byte for byte', async () => {
    const r = await packageIntunewin({ sourceDir: src, setupFile: 'install.ps1', outFile: out })
    expect(r.fileCount).toBe(4)
    expect(r.name).toBe('install.ps1')

    const outer = await readZip(out)
    const blob = outer.find(e => e.name === PAYLOAD)!.data
    const det = parseDetection(outer.find(e => e.name === XML)!.data.toString('utf8'))
    const inner = decryptBlob(blob, det.values)
    expect(inner.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004')

    // sizes: UnencryptedContentSize == inner zip length; payload == encryptedLength(U)
    expect(Number(det.values['ApplicationInfo/UnencryptedContentSize'])).toBe(inner.length)
    expect(r.unencryptedSize).toBe(inner.length)
    expect(blob.length).toBe(encryptedLength(inner.length))
    expect(r.encryptedSize).toBe(blob.length)
    expect(r.packageSize).toBe(statSync(out).size)

    // the outer zip's CRCs (the payload's comes from crc32_combine) pass a stock tool's test
    const tested = stockTest(out)
    if (tested === undefined) console.warn('unzip not installed: outer CRC check by a stock tool skipped')
    else expect(tested).toMatch(/No errors detected/)

    const innerFile = path.join(tmp, 'rt-inner.zip')
    writeFileSync(innerFile, inner)
    const dest = path.join(tmp, 'rt-extracted')
    mkdirSync(dest)
    const tool = stockExtract(innerFile, dest)
    if (tool === undefined) {
      console.warn('neither unzip nor python3 is installed: the stock-extract assertion is SKIPPED')
      return
    }
    expect(listTree(dest)).toEqual(listTree(src))
  })

  it('is read back by our own .intunewin reader', async () => {
    const info = await readIntunewin(out)
    expect(info.appType).toBe('win32LobApp')
    expect(info.displayName).toBe('install.ps1')
    expect(info.facts.setupFile).toBe('install.ps1')
    const outer = await readZip(out)
    const blob = outer.find(e => e.name === PAYLOAD)!.data
    expect(info.content).toMatchObject({ mode: 'preEncrypted', length: blob.length })
    const head = readFileSync(out).subarray(
      (info.content as { offset: number }).offset,
      (info.content as { offset: number }).offset + 48,
    )
    expect(head.equals(blob.subarray(0, 48))).toBe(true)
  })
})

describe('structure matches Microsoft-made packages', () => {
  const fixtures = ['msft-1.8.4.0-7zip-tiny.intunewin', 'msft-1.8.3.0-basisschrift-subfolder.intunewin']
  let ours: Awaited<ReturnType<typeof readZip>>
  beforeAll(async () => {
    const out = path.join(tmp, 'struct.intunewin')
    await packageIntunewin({
      sourceDir: makeSource('struct-src'),
      setupFile: 'install.ps1',
      outFile: out,
      seed: 'x',
    })
    ours = await readZip(out)
  })

  it.each(fixtures)('outer entries, order and stored method like %s', async fixture => {
    const ms = await readZip(path.join(FIXTURES, 'intunewin', fixture))
    expect(ours.map(e => e.name)).toEqual(ms.map(e => e.name))
    expect(ours.map(e => e.method)).toEqual(ms.map(e => e.method))
    expect(ours.map(e => e.method)).toEqual([0, 0])
    expect(ours.map(e => e.versionMadeBy)).toEqual(ms.map(e => e.versionMadeBy))
  })

  it.each(fixtures)('inner zip: deflate, UTF-8 flag, no directory entries, like %s', async fixture => {
    const ms = await readZip(path.join(FIXTURES, 'intunewin', fixture))
    const msInner = await readZip(
      decryptBlob(ms[0]!.data, parseDetection(ms[1]!.data.toString('utf8')).values),
    )
    const ourInner = await readZip(
      decryptBlob(ours[0]!.data, parseDetection(ours[1]!.data.toString('utf8')).values),
    )
    for (const inner of [msInner, ourInner]) {
      expect(inner.every(e => e.method === 8)).toBe(true)
      expect(inner.every(e => (e.flags & 0x800) !== 0)).toBe(true)
      expect(inner.some(e => e.name.endsWith('/') || e.name.endsWith('\\'))).toBe(false)
    }
    // Microsoft writes sub-folders with '\' (Fonts\DCH-Basisschrift.otf), and so do we (docs/packaging.md)
    expect(ourInner.map(e => e.name)).toContain('Fonts\\deep\\Größe & Co.txt')
  })

  it.each(fixtures)(
    'Detection.xml element order, namespaces and bytes-level format like %s',
    async fixture => {
      const ms = await readZip(path.join(FIXTURES, 'intunewin', fixture))
      const msXml = ms[1]!.data.toString('utf8')
      const ourXml = ours[1]!.data.toString('utf8')
      const a = parseDetection(msXml)
      const b = parseDetection(ourXml)
      expect(b.sequence).toEqual(a.sequence)
      expect(Object.keys(b.rootAttributes)).toEqual(Object.keys(a.rootAttributes))
      expect(b.rootAttributes['xmlns:xsd']).toBe(a.rootAttributes['xmlns:xsd'])
      expect(b.rootAttributes['xmlns:xsi']).toBe(a.rootAttributes['xmlns:xsi'])
      for (const xml of [msXml, ourXml]) {
        expect(xml.startsWith('<ApplicationInfo ')).toBe(true) // no BOM, no declaration
        expect(xml.split('\n').every((l, i, all) => i === all.length - 1 || l.endsWith('\r'))).toBe(true)
        expect(xml.endsWith('</ApplicationInfo>')).toBe(true)
      }
      expect(ourXml.split('\r\n')[1]).toBe('  <Name>install.ps1</Name>')
    },
  )
})

describe('deterministic mode', () => {
  it('gives identical bytes for the same folder and seed, and different bytes without a seed', async () => {
    const src = makeSource('det-src')
    const build = async (file: string, seed?: string): Promise<Buffer> => {
      await packageIntunewin({
        sourceDir: src,
        setupFile: 'install.ps1',
        outFile: path.join(tmp, file),
        seed,
      })
      return readFileSync(path.join(tmp, file))
    }
    const a = await build('det-a.intunewin', 'seed-1')
    const b = await build('det-b.intunewin', 'seed-1')
    expect(a.equals(b)).toBe(true)
    const c = await build('det-c.intunewin', 'seed-2')
    expect(c.equals(a)).toBe(false)
    const r1 = await build('rnd-1.intunewin')
    const r2 = await build('rnd-2.intunewin')
    expect(r1.equals(r2)).toBe(false)
    const k = (buf: Buffer): Promise<string> =>
      readZip(buf).then(
        z =>
          parseDetection(z[1]!.data.toString('utf8')).values['ApplicationInfo/EncryptionInfo/EncryptionKey']!,
      )
    expect(await k(r1)).not.toBe(await k(r2))
  })
})

describe('MSI setup file', () => {
  it('fills MsiInfo from the MSI and names the package after ProductName', async () => {
    const src = path.join(tmp, 'msi-src')
    mkdirSync(path.join(src, 'sub'), { recursive: true })
    copyFileSync(path.join(FIXTURES, 'msi', 'putty-0.68-installer.msi'), path.join(src, 'sub', 'putty.msi'))
    const out = path.join(tmp, 'msi.intunewin')
    const r = await packageIntunewin({ sourceDir: src, setupFile: 'sub/putty.msi', outFile: out })
    expect(r.name).toBe('PuTTY release 0.68')
    expect(r.setupFile).toBe('sub\\putty.msi')
    const det = parseDetection((await readZip(out))[1]!.data.toString('utf8'))
    const v = det.values
    expect(v['ApplicationInfo/Name']).toBe('PuTTY release 0.68')
    expect(v['ApplicationInfo/SetupFile']).toBe('sub\\putty.msi')
    expect(v['ApplicationInfo/MsiInfo/MsiProductCode']).toBe('{55717628-7AE6-4BCF-A046-FA2768945E76}')
    expect(v['ApplicationInfo/MsiInfo/MsiProductVersion']).toBe('0.68.0.0')
    expect(v['ApplicationInfo/MsiInfo/MsiPackageCode']).toBe('{6BA452A6-7DBE-4456-A933-A2528F25AB0C}')
    expect(v['ApplicationInfo/MsiInfo/MsiUpgradeCode']).toBe('{DCE70C63-8808-4646-B16B-A677BD298385}')
    expect(v['ApplicationInfo/MsiInfo/MsiExecutionContext']).toBe('System')
    expect(v['ApplicationInfo/MsiInfo/MsiRequiresLogon']).toBe('false')
    expect(v['ApplicationInfo/MsiInfo/MsiIsMachineInstall']).toBe('true')
    expect(v['ApplicationInfo/MsiInfo/MsiIsUserInstall']).toBe('false')
    expect(v['ApplicationInfo/MsiInfo/MsiContainsSystemRegistryKeys']).toBe('true')
    expect(v['ApplicationInfo/MsiInfo/MsiPublisher']).toBe('Simon Tatham')
    // Microsoft's order (format doc §2)
    expect(
      det.sequence.filter(s => s.startsWith('ApplicationInfo/MsiInfo/')).map(s => s.split('/')[2]),
    ).toEqual([
      'MsiProductCode',
      'MsiProductVersion',
      'MsiPackageCode',
      'MsiUpgradeCode',
      'MsiExecutionContext',
      'MsiRequiresLogon',
      'MsiRequiresReboot',
      'MsiIsMachineInstall',
      'MsiIsUserInstall',
      'MsiIncludesServices',
      'MsiIncludesODBCDataSource',
      'MsiContainsSystemRegistryKeys',
      'MsiContainsSystemFolders',
      'MsiPublisher',
    ])
    expect(det.sequence.indexOf('ApplicationInfo/MsiInfo')).toBeGreaterThan(
      det.sequence.indexOf('ApplicationInfo/EncryptionInfo'),
    )
    const read = await readIntunewin(out)
    expect(read.msi?.productCode).toBe('{55717628-7AE6-4BCF-A046-FA2768945E76}')
  })
})
