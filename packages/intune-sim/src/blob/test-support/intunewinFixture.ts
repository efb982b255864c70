/**
 * Reads Microsoft-made .intunewin fixtures for tests without a zip library: the outer zip is stored
 * (no compression), and Microsoft's local headers carry a 28-byte extra field the central directory lacks,
 * so the data offset is computed from the LOCAL header.
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'

export const FIXTURES_DIR = path.resolve(__dirname, '../../../../../../shared/fixtures/intunewin')

export interface IntunewinFixture {
  /** The inner encrypted IntunePackage.intunewin bytes (fixtures are a few hundred KiB at most). */
  blob: Buffer
  size: number
  encryptionInfo: {
    encryptionKey: string
    macKey: string
    initializationVector: string
    mac: string
    profileIdentifier: string
    fileDigest: string
    fileDigestAlgorithm: string
  }
}

function storedEntries(zip: Buffer): Map<string, Buffer> {
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (eocd < 0) throw new Error('no end of central directory')
  const count = zip.readUInt16LE(eocd + 10)
  let p = zip.readUInt32LE(eocd + 16)
  const out = new Map<string, Buffer>()
  for (let i = 0; i < count; i++) {
    if (zip.readUInt32LE(p) !== 0x02014b50) throw new Error('bad central directory entry')
    const method = zip.readUInt16LE(p + 10)
    const compressedSize = zip.readUInt32LE(p + 20)
    const nameLen = zip.readUInt16LE(p + 28)
    const extraLen = zip.readUInt16LE(p + 30)
    const commentLen = zip.readUInt16LE(p + 32)
    const localOffset = zip.readUInt32LE(p + 42)
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen)
    if (method !== 0) throw new Error(`${name} is not stored`)
    const localNameLen = zip.readUInt16LE(localOffset + 26)
    const localExtraLen = zip.readUInt16LE(localOffset + 28)
    const start = localOffset + 30 + localNameLen + localExtraLen
    out.set(name, zip.subarray(start, start + compressedSize))
    p += 46 + nameLen + extraLen + commentLen
  }
  return out
}

function tag(xml: string, name: string): string {
  const m = new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)
  if (!m) throw new Error(`Detection.xml has no <${name}>`)
  return m[1]
}

export function loadIntunewinFixture(fileName: string): IntunewinFixture {
  const entries = storedEntries(readFileSync(path.join(FIXTURES_DIR, fileName)))
  const find = (suffix: string): Buffer => {
    for (const [name, data] of entries) if (name.toLowerCase().endsWith(suffix.toLowerCase())) return data
    throw new Error(`${fileName}: no entry ending in ${suffix}`)
  }
  const xml = find('Metadata/Detection.xml').toString('utf8')
  return {
    blob: Buffer.from(find(`Contents/${tag(xml, 'FileName')}`)),
    size: Number(tag(xml, 'UnencryptedContentSize')),
    encryptionInfo: {
      encryptionKey: tag(xml, 'EncryptionKey'),
      macKey: tag(xml, 'MacKey'),
      initializationVector: tag(xml, 'InitializationVector'),
      mac: tag(xml, 'Mac'),
      profileIdentifier: tag(xml, 'ProfileIdentifier'),
      fileDigest: tag(xml, 'FileDigest'),
      fileDigestAlgorithm: tag(xml, 'FileDigestAlgorithm'),
    },
  }
}
