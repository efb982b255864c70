import * as CFB from 'cfb'
import { TextDecoder } from 'node:util'

/**
 * The MSI database layer over an OLE compound file (intunewin-format.md §6.2): compressed stream names, the
 * string pool, and column-major tables described by _Columns. Read-only, only what the readers need.
 */
export class MsiDatabase {
  private readonly streams = new Map<string, Buffer>()
  readonly strings: string[]
  readonly refSize: 2 | 3
  readonly codepage: number
  private readonly columns = new Map<string, MsiColumn[]>()

  constructor(cfb: CFB.CFB$Container) {
    cfb.FileIndex.forEach((entry, i) => {
      // Only streams directly under the root: that is where tables and the summary live.
      if (entry.type !== 2 || cfb.FullPaths[i]!.split('/').filter(Boolean).length !== 2) return
      const content = entry.content ? Buffer.from(entry.content as Uint8Array) : Buffer.alloc(0)
      this.streams.set(decodeStreamName(entry.name), content)
    })
    const pool = this.stream('!_StringPool')
    const data = this.stream('!_StringData')
    if (!pool || !data || pool.length < 4) throw new Error('no string pool: not an MSI database')
    const high = pool.readUInt16LE(2)
    this.codepage = pool.readUInt16LE(0) | ((high & 0x7fff) << 16)
    this.refSize = high & 0x8000 ? 3 : 2
    this.strings = readStringPool(pool, data, this.codepage)
    this.loadColumns()
  }

  /** A stream by decoded name (`!Property`, `\u0005SummaryInformation`...). */
  stream(name: string): Buffer | undefined {
    return this.streams.get(name)
  }

  hasTable(name: string): boolean {
    return this.columns.has(name)
  }

  /** All rows of a table as column-name -> value (string, number, or null). */
  rows(table: string): Array<Record<string, string | number | null>> {
    const cols = this.columns.get(table)
    const data = this.stream(`!${table}`)
    if (!cols || !data) return []
    const rowWidth = cols.reduce((n, c) => n + c.width, 0)
    const count = Math.floor(data.length / rowWidth)
    const out: Array<Record<string, string | number | null>> = []
    for (let r = 0; r < count; r++) out.push({})
    let base = 0
    for (const col of cols) {
      for (let r = 0; r < count; r++) {
        const raw = readUInt(data, base + r * col.width, col.width)
        out[r]![col.name] = col.isString
          ? raw === 0
            ? null
            : (this.strings[raw] ?? null)
          : decodeInt(raw, col.width)
      }
      base += count * col.width
    }
    return out
  }

  private loadColumns(): void {
    const data = this.stream('!_Columns')
    if (!data) throw new Error('no _Columns table: not an MSI database')
    const s = this.refSize
    const rowWidth = s + 2 + s + 2
    const count = Math.floor(data.length / rowWidth)
    const at = (colStart: number, width: number, r: number): number =>
      readUInt(data, colStart + r * width, width)
    const byTable = new Map<string, Array<MsiColumn & { number: number }>>()
    for (let r = 0; r < count; r++) {
      const table = this.strings[at(0, s, r)] ?? ''
      const number = at(count * s, 2, r) - 0x8000
      const name = this.strings[at(count * (s + 2), s, r)] ?? ''
      const type = at(count * (2 * s + 2), 2, r) - 0x8000
      if (type & 0x4000) continue // temporary columns are not stored
      const isBinary = (type & ~0x1000) === 0x0900
      const isString = (type & 0x0800) !== 0 && !isBinary
      const width = isBinary ? 2 : isString ? s : (type & 0xff) <= 2 ? 2 : 4
      const list = byTable.get(table) ?? []
      list.push({ name, number, width, isString })
      byTable.set(table, list)
    }
    for (const [table, list] of byTable)
      this.columns.set(
        table,
        list.sort((a, b) => a.number - b.number),
      )
  }
}

interface MsiColumn {
  name: string
  width: number
  isString: boolean
}

function readUInt(buf: Buffer, offset: number, width: number): number {
  if (offset + width > buf.length) return 0
  if (width === 2) return buf.readUInt16LE(offset)
  if (width === 3) return buf.readUInt16LE(offset) | (buf[offset + 2]! << 16)
  return buf.readUInt32LE(offset)
}

/** Integers are stored with the sign bit flipped; 0 means NULL. */
function decodeInt(raw: number, width: number): number | null {
  if (raw === 0) return null
  return width === 2 ? raw - 0x8000 : (raw ^ 0x80000000) | 0
}

const NAME_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz._'

/** MSI packs two name characters per UTF-16 unit in 0x3800-0x47FF, one in 0x4800-0x483F; 0x4840 marks tables. */
export function decodeStreamName(name: string): string {
  let out = ''
  for (const ch of name) {
    const c = ch.charCodeAt(0)
    if (c === 0x4840) out += '!'
    else if (c >= 0x3800 && c < 0x4800) {
      const v = c - 0x3800
      out += NAME_ALPHABET[v & 0x3f]! + NAME_ALPHABET[(v >> 6) & 0x3f]!
    } else if (c >= 0x4800 && c < 0x4840) out += NAME_ALPHABET[c - 0x4800]!
    else out += ch
  }
  return out
}

function readStringPool(pool: Buffer, data: Buffer, codepage: number): string[] {
  const decoder = textDecoder(codepage)
  const strings: string[] = ['']
  const count = Math.floor(pool.length / 4)
  let offset = 0
  let i = 1
  // Same walk as Windows Installer/Wine: (len, refs) pairs; (0,0) is an empty id; (0,n) starts a long string
  // whose length is the next pair read as (low, high).
  while (i < count) {
    const len16 = pool.readUInt16LE(i * 4)
    const refs = pool.readUInt16LE(i * 4 + 2)
    let len: number
    if (len16 === 0 && refs === 0) {
      strings.push('')
      i++
      continue
    }
    if (len16 === 0) {
      if ((i + 1) * 4 + 4 > pool.length) break
      len = pool.readUInt16LE((i + 1) * 4) + pool.readUInt16LE((i + 1) * 4 + 2) * 0x10000
      i += 2
    } else {
      len = len16
      i += 1
    }
    if (offset + len > data.length) throw new Error('string pool points past the string data')
    strings.push(decoder.decode(data.subarray(offset, offset + len)))
    offset += len
  }
  return strings
}

const CODEPAGES: Record<number, string> = {
  65001: 'utf-8',
  1250: 'windows-1250',
  1251: 'windows-1251',
  1252: 'windows-1252',
  1253: 'windows-1253',
  1254: 'windows-1254',
  1255: 'windows-1255',
  1256: 'windows-1256',
  1257: 'windows-1257',
  1258: 'windows-1258',
  932: 'shift_jis',
  936: 'gbk',
  949: 'euc-kr',
  950: 'big5',
}

/** Codepage 0 is "neutral": in practice ASCII, read as 1252. Unknown codepages fall back to 1252 too. */
export function textDecoder(codepage: number): TextDecoder {
  try {
    return new TextDecoder(CODEPAGES[codepage] ?? 'windows-1252')
  } catch {
    return new TextDecoder('latin1')
  }
}
