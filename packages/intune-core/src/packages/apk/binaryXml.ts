/**
 * A small, bounds-checked reader for Android binary XML (AXML), the format of AndroidManifest.xml inside an
 * APK: a string pool (UTF-8 or UTF-16), a resource-id map, and start-element chunks with typed attributes.
 * It returns elements in document order with their depth; that is all a manifest reader needs.
 */
export interface AxmlAttribute {
  name: string
  /** Android resource id of the attribute name (e.g. 0x0101021b versionCode), when the map has one. */
  resourceId?: number
  /** A literal string value, or the decimal form of an integer/boolean value. */
  value?: string
  /** Value type (0x03 string, 0x10 int, 0x11 hex, 0x12 bool, 0x01 reference...). */
  type: number
  data: number
}

export interface AxmlElement {
  name: string
  depth: number
  attributes: AxmlAttribute[]
}

const RES_XML = 0x0003
const RES_STRING_POOL = 0x0001
const RES_XML_RESOURCE_MAP = 0x0180
const RES_XML_START_ELEMENT = 0x0102
const RES_XML_END_ELEMENT = 0x0103
const UTF8_FLAG = 1 << 8
const NO_INDEX = 0xffffffff

export const TYPE_REFERENCE = 0x01
export const TYPE_STRING = 0x03
const TYPE_INT_DEC = 0x10
const TYPE_INT_HEX = 0x11
const TYPE_INT_BOOLEAN = 0x12

export class AxmlError extends Error {}

export function parseBinaryXml(buf: Buffer): AxmlElement[] {
  const need = (cond: boolean, what: string): void => {
    if (!cond) throw new AxmlError(what)
  }
  need(buf.length >= 8 && buf.readUInt16LE(0) === RES_XML, 'not Android binary XML')
  let strings: string[] = []
  let resourceIds: number[] = []
  const elements: AxmlElement[] = []
  let depth = 0
  let pos = buf.readUInt16LE(2)
  const end = Math.min(buf.length, buf.readUInt32LE(4))
  while (pos + 8 <= end) {
    const type = buf.readUInt16LE(pos)
    const headerSize = buf.readUInt16LE(pos + 2)
    const size = buf.readUInt32LE(pos + 4)
    need(size >= 8 && pos + size <= end && headerSize <= size, 'chunk runs past the end of the file')
    const chunk = buf.subarray(pos, pos + size)
    if (type === RES_STRING_POOL) strings = readStringPool(chunk, need)
    else if (type === RES_XML_RESOURCE_MAP) {
      resourceIds = []
      for (let o = headerSize; o + 4 <= size; o += 4) resourceIds.push(chunk.readUInt32LE(o))
    } else if (type === RES_XML_START_ELEMENT) {
      need(size >= 36, 'start element chunk too short')
      const ext = headerSize // ext: ns, name, attributeStart, attributeSize, attributeCount, ...
      const name = strings[chunk.readUInt32LE(ext + 4)] ?? ''
      const attrStart = chunk.readUInt16LE(ext + 8)
      const attrSize = chunk.readUInt16LE(ext + 10)
      const attrCount = chunk.readUInt16LE(ext + 12)
      need(
        attrSize >= 20 && ext + attrStart + attrCount * attrSize <= size,
        'attributes run past their chunk',
      )
      const attributes: AxmlAttribute[] = []
      for (let i = 0; i < attrCount; i++) {
        const a = ext + attrStart + i * attrSize
        const nameIdx = chunk.readUInt32LE(a + 4)
        const raw = chunk.readUInt32LE(a + 8)
        const vType = chunk.readUInt8(a + 15)
        const data = chunk.readUInt32LE(a + 16)
        attributes.push({
          name: strings[nameIdx] ?? '',
          resourceId: nameIdx < resourceIds.length ? resourceIds[nameIdx] : undefined,
          value: attributeValue(strings, raw, vType, data),
          type: vType,
          data,
        })
      }
      elements.push({ name, depth, attributes })
      depth++
    } else if (type === RES_XML_END_ELEMENT) depth = Math.max(0, depth - 1)
    pos += size
  }
  return elements
}

function attributeValue(strings: string[], raw: number, type: number, data: number): string | undefined {
  if (type === TYPE_STRING) return strings[data] ?? (raw !== NO_INDEX ? strings[raw] : undefined)
  if (type === TYPE_INT_DEC || type === TYPE_INT_HEX) return String(data | 0)
  if (type === TYPE_INT_BOOLEAN) return data !== 0 ? 'true' : 'false'
  if (raw !== NO_INDEX && type !== TYPE_REFERENCE) return strings[raw]
  return undefined
}

function readStringPool(chunk: Buffer, need: (c: boolean, w: string) => void): string[] {
  need(chunk.length >= 28, 'string pool header too short')
  const headerSize = chunk.readUInt16LE(2)
  const count = chunk.readUInt32LE(8)
  const utf8 = (chunk.readUInt32LE(16) & UTF8_FLAG) !== 0
  const stringsStart = chunk.readUInt32LE(20)
  need(
    headerSize + count * 4 <= chunk.length && stringsStart <= chunk.length,
    'string pool offsets run past the chunk',
  )
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    let p = stringsStart + chunk.readUInt32LE(headerSize + i * 4)
    need(p < chunk.length, 'string offset past the pool')
    if (utf8) {
      // UTF-16 length (skipped), then UTF-8 byte length; each 1 or 2 bytes (high bit = 2-byte form).
      p += chunk[p]! & 0x80 ? 2 : 1
      let len = chunk[p]!
      if (len & 0x80) {
        len = ((len & 0x7f) << 8) | chunk[p + 1]!
        p += 2
      } else p += 1
      need(p + len <= chunk.length, 'string runs past the pool')
      out.push(chunk.toString('utf8', p, p + len))
    } else {
      let len = chunk.readUInt16LE(p)
      if (len & 0x8000) {
        len = ((len & 0x7fff) << 16) | chunk.readUInt16LE(p + 2)
        p += 4
      } else p += 2
      need(p + len * 2 <= chunk.length, 'string runs past the pool')
      out.push(chunk.toString('utf16le', p, p + len * 2))
    }
  }
  return out
}
