import { inflateSync, gunzipSync } from 'node:zlib'
import { XMLParser } from 'fast-xml-parser'
import { readAt } from '../fileBytes'

/**
 * Just enough of the xar format (macOS flat packages) to read small files by name: the 28-byte header, the
 * zlib-compressed TOC XML, and heap data at `headerSize + tocCompressedLength + offset`.
 */
export interface XarFile {
  path: string
  offset: number
  length: number
  size: number
  encoding: string
}

const TOC_MAX = 64 << 20
const FILE_MAX = 16 << 20

export class XarError extends Error {}

export async function readXarToc(
  file: string,
  fileSize: number,
): Promise<{ files: XarFile[]; heapStart: number; checksum: string }> {
  const header = await readAt(file, 0, 28)
  if (header.length < 28 || header.toString('latin1', 0, 4) !== 'xar!') throw new XarError('no xar header')
  const headerSize = header.readUInt16BE(4)
  const tocCompressed = Number(header.readBigUInt64BE(8))
  const tocSize = Number(header.readBigUInt64BE(16))
  const alg = header.readUInt32BE(24)
  if (tocCompressed > TOC_MAX || tocSize > TOC_MAX)
    throw new XarError(`table of contents claims ${tocSize} bytes`)
  if (headerSize + tocCompressed > fileSize)
    throw new XarError('table of contents runs past the end of the file')
  const compressed = await readAt(file, headerSize, tocCompressed)
  let xml: string
  try {
    xml = inflateSync(compressed, { maxOutputLength: TOC_MAX }).toString('utf8')
  } catch (e) {
    throw new XarError(`table of contents does not inflate (${(e as Error).message})`)
  }
  let doc: Node
  try {
    doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(
      xml,
    ) as Node
  } catch (e) {
    // "Maximum nested tags exceeded", "External entities are not supported": say which part of which file.
    throw new XarError(`table of contents is not usable XML (${(e as Error).message})`)
  }
  const toc = child(child(doc, 'xar'), 'toc')
  const files: XarFile[] = []
  walk(many(toc, 'file'), '', files)
  return {
    files,
    heapStart: headerSize + tocCompressed,
    checksum: ['none', 'sha1', 'md5', 'sha256', 'sha512'][alg] ?? String(alg),
  }
}

export async function readXarFile(
  file: string,
  heapStart: number,
  fileSize: number,
  f: XarFile,
): Promise<Buffer> {
  if (f.length > FILE_MAX || f.size > FILE_MAX)
    throw new XarError(`${f.path} claims ${Math.max(f.size, f.length)} bytes`)
  if (heapStart + f.offset + f.length > fileSize)
    throw new XarError(`${f.path} runs past the end of the file`)
  const raw = await readAt(file, heapStart + f.offset, f.length)
  if (/x-gzip|zlib/i.test(f.encoding)) {
    // xar's "application/x-gzip" is zlib-wrapped deflate in practice; accept true gzip too.
    try {
      return inflateSync(raw, { maxOutputLength: FILE_MAX })
    } catch {
      try {
        return gunzipSync(raw, { maxOutputLength: FILE_MAX })
      } catch (e) {
        // Found by the reader fuzz: zlib's own "incorrect header check" escaped as a raw error.
        throw new XarError(`${f.path} does not inflate (${(e as Error).message})`)
      }
    }
  }
  if (/octet-stream/i.test(f.encoding) || f.encoding === '') return raw
  throw new XarError(`${f.path} uses an encoding we don't read (${f.encoding})`)
}

type Node = Record<string, unknown>

function child(n: unknown, key: string): Node | undefined {
  return many(n, key)[0]
}

function many(n: unknown, key: string): Node[] {
  if (typeof n !== 'object' || n === null) return []
  const v = (n as Node)[key]
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter(
    (x): x is Node => typeof x === 'object' && x !== null,
  )
}

function text(n: Node | undefined, key: string): string {
  const v = n?.[key]
  if (typeof v === 'string' || typeof v === 'number') return String(v)
  if (typeof v === 'object' && v !== null && '#text' in v) return String((v as Node)['#text'])
  return ''
}

function walk(nodes: Node[], prefix: string, out: XarFile[]): void {
  for (const n of nodes) {
    const name = text(n, 'name')
    const p = prefix ? `${prefix}/${name}` : name
    const data = child(n, 'data')
    if (data) {
      const enc = child(data, 'encoding')
      out.push({
        path: p,
        offset: Number(text(data, 'offset')),
        length: Number(text(data, 'length')),
        size: Number(text(data, 'size')),
        encoding: typeof enc?.['@style'] === 'string' ? enc['@style'] : '',
      })
    }
    walk(many(n, 'file'), p, out)
  }
}
