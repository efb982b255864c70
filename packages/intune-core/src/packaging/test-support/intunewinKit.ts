/**
 * Test-side tools, independent of the packager's code: yauzl reads zips, node:crypto decrypts, a stock
 * unzip tool extracts. Nothing here imports from ../.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createDecipheriv, createHash, createHmac } from 'node:crypto'
import * as path from 'node:path'
import { XMLParser } from 'fast-xml-parser'
import * as yauzl from 'yauzl'

export const FIXTURES = path.resolve(__dirname, '../../../../../../shared/fixtures')

export interface RawEntry {
  name: string
  method: number
  flags: number
  versionMadeBy: number
  versionNeeded: number
  compressedSize: number
  size: number
  data: Buffer
}

/** All entries of a (small) zip with raw names and their uncompressed bytes. */
export function readZip(source: string | Buffer): Promise<RawEntry[]> {
  return new Promise((resolve, reject) => {
    const opts = { lazyEntries: true, decodeStrings: false as const }
    const onZip = (err: Error | null, zip?: yauzl.ZipFile): void => {
      if (err || !zip) return reject(err)
      const out: RawEntry[] = []
      zip.on('error', reject)
      zip.on('end', () => resolve(out))
      zip.on('entry', (e: yauzl.Entry) => {
        zip.openReadStream(e, (err2, rs) => {
          if (err2 || !rs) return reject(err2)
          const chunks: Buffer[] = []
          rs.on('data', (c: Buffer) => chunks.push(c))
          rs.on('error', reject)
          rs.on('end', () => {
            out.push({
              name: (e.fileName as unknown as Buffer).toString('utf8'),
              method: e.compressionMethod,
              flags: e.generalPurposeBitFlag,
              versionMadeBy: e.versionMadeBy,
              versionNeeded: e.versionNeededToExtract,
              compressedSize: e.compressedSize,
              size: e.uncompressedSize,
              data: Buffer.concat(chunks),
            })
            zip.readEntry()
          })
        })
      })
      zip.readEntry()
    }
    if (typeof source === 'string') yauzl.open(source, opts, onZip)
    else yauzl.fromBuffer(source, opts, onZip)
  })
}

export interface Detection {
  /** Element names in document order, depth-first, with their parents ("EncryptionInfo/Mac"). */
  sequence: string[]
  rootAttributes: Record<string, string>
  values: Record<string, string>
}

export function parseDetection(xml: string): Detection {
  const parser = new XMLParser({
    preserveOrder: true,
    ignoreAttributes: false,
    attributeNamePrefix: '',
    parseTagValue: false,
  })
  type Node = Record<string, unknown> & { ':@'?: Record<string, string> }
  const doc = parser.parse(xml) as Node[]
  const sequence: string[] = []
  const values: Record<string, string> = {}
  const visit = (nodes: Node[], prefix: string): void => {
    for (const n of nodes) {
      const key = Object.keys(n).find(k => k !== ':@')!
      if (key === '#text') continue
      const p = prefix ? `${prefix}/${key}` : key
      sequence.push(p)
      const kids = n[key] as Node[]
      const text = kids.find(k => '#text' in k)
      if (text) values[p] = String(text['#text'])
      visit(kids, p)
    }
  }
  visit(doc, '')
  return { sequence, rootAttributes: doc[0]![':@'] ?? {}, values }
}

/** Checks and decrypts a blob with Detection.xml's values (HMAC over IV ‖ ciphertext, AES-256-CBC). */
export function decryptBlob(blob: Buffer, values: Record<string, string>): Buffer {
  const v = (k: string): Buffer => Buffer.from(values[`ApplicationInfo/EncryptionInfo/${k}`]!, 'base64')
  const mac = createHmac('sha256', v('MacKey')).update(blob.subarray(32)).digest()
  if (!mac.equals(blob.subarray(0, 32))) throw new Error('HMAC mismatch')
  if (!mac.equals(v('Mac'))) throw new Error('Detection.xml Mac differs from the blob HMAC')
  if (!blob.subarray(32, 48).equals(v('InitializationVector'))) throw new Error('IV mismatch')
  const d = createDecipheriv('aes-256-cbc', v('EncryptionKey'), v('InitializationVector'))
  const plain = Buffer.concat([d.update(blob.subarray(48)), d.final()])
  if (!createHash('sha256').update(plain).digest().equals(v('FileDigest')))
    throw new Error('FileDigest mismatch')
  return plain
}

/**
 * Extracts with Python's zipfile (it honours the UTF-8 flag), turning `\` into folders as Windows does;
 * else unzip. Info-ZIP treats names in a FAT-made zip (Microsoft's packages, and ours) as code page 437,
 * so it mangles non-ASCII names; that is why Python comes first. Undefined when neither exists.
 */
export function stockExtract(zipFile: string, dir: string): string | undefined {
  if (spawnSync('python3', ['--version']).status === 0) {
    const script = [
      'import os, sys, zipfile',
      'z = zipfile.ZipFile(sys.argv[1])',
      'for i in z.infolist():',
      "    p = os.path.join(sys.argv[2], *i.filename.replace('\\\\', '/').split('/'))",
      '    os.makedirs(os.path.dirname(p), exist_ok=True)',
      "    open(p, 'wb').write(z.read(i))",
    ].join('\n')
    execFileSync('python3', ['-c', script, zipFile, dir])
    return 'python3 zipfile'
  }
  if (spawnSync('unzip', ['-v']).status === 0) {
    // Info-ZIP warns (exit 1) about `\` separators, as Microsoft's packages have, and converts them.
    const r = spawnSync('unzip', ['-q', '-o', zipFile, '-d', dir], { encoding: 'utf8' })
    const onlyBackslashWarning = r.status === 1 && /backslashes as path separators/.test(r.stderr)
    if (r.status !== 0 && !onlyBackslashWarning) throw new Error(`unzip failed: ${r.stderr}`)
    return 'unzip'
  }
  return undefined
}

/** `unzip -t` (CRC check of every entry), or undefined when unzip is missing. */
export function stockTest(zipFile: string): string | undefined {
  if (spawnSync('unzip', ['-v']).status !== 0) return undefined
  const r = spawnSync('unzip', ['-t', zipFile], { encoding: 'utf8' })
  if (r.status !== 0 && !(r.status === 1 && /backslashes as path separators/.test(r.stdout + r.stderr)))
    throw new Error(`unzip -t failed: ${r.stdout}${r.stderr}`)
  return r.stdout
}
