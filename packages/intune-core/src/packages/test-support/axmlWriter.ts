/**
 * Test-only: writes minimal Android binary XML (UTF-16 string pool, resource map, elements with typed
 * attributes), so tests can build APK manifests the fixtures don't show (e.g. no versionCode).
 */
export interface AxmlAttrSpec {
  name: string
  resourceId?: number
  /** string -> TYPE_STRING, number -> TYPE_INT_DEC. */
  value: string | number
}

export interface AxmlElementSpec {
  name: string
  attrs?: AxmlAttrSpec[]
  children?: AxmlElementSpec[]
}

const ANDROID_NS = 'http://schemas.android.com/apk/res/android'

export function writeAxml(root: AxmlElementSpec): Buffer {
  // Attribute names with resource ids must come first in the pool so the map lines up with them.
  const withIds: AxmlAttrSpec[] = []
  const collect = (e: AxmlElementSpec): void => {
    for (const a of e.attrs ?? [])
      if (a.resourceId !== undefined && !withIds.some(x => x.name === a.name)) withIds.push(a)
    e.children?.forEach(collect)
  }
  collect(root)
  const strings: string[] = withIds.map(a => a.name)
  const idx = (s: string): number => {
    let i = strings.indexOf(s)
    if (i < 0) i = strings.push(s) - 1
    return i
  }
  idx(ANDROID_NS)
  const chunks: Buffer[] = []
  const element = (e: AxmlElementSpec): void => {
    const attrs = e.attrs ?? []
    const body = Buffer.alloc(20 + attrs.length * 20)
    body.writeUInt32LE(0xffffffff, 0)
    body.writeUInt32LE(idx(e.name), 4)
    body.writeUInt16LE(20, 8)
    body.writeUInt16LE(20, 10)
    body.writeUInt16LE(attrs.length, 12)
    attrs.forEach((a, i) => {
      const o = 20 + i * 20
      body.writeUInt32LE(a.resourceId !== undefined ? idx(ANDROID_NS) : 0xffffffff, o)
      body.writeUInt32LE(idx(a.name), o + 4)
      const isString = typeof a.value === 'string'
      body.writeUInt32LE(isString ? idx(a.value as string) : 0xffffffff, o + 8)
      body.writeUInt16LE(8, o + 12)
      body.writeUInt8(isString ? 0x03 : 0x10, o + 15)
      body.writeUInt32LE(isString ? idx(a.value as string) : (a.value as number), o + 16)
    })
    chunks.push(node(0x0102, body))
    e.children?.forEach(element)
    const end = Buffer.alloc(8)
    end.writeUInt32LE(0xffffffff, 0)
    end.writeUInt32LE(idx(e.name), 4)
    chunks.push(node(0x0103, end))
  }
  element(root)
  const pool = stringPool(strings)
  const map = Buffer.alloc(8 + withIds.length * 4)
  map.writeUInt16LE(0x0180, 0)
  map.writeUInt16LE(8, 2)
  map.writeUInt32LE(map.length, 4)
  withIds.forEach((a, i) => map.writeUInt32LE(a.resourceId!, 8 + i * 4))
  const bodyAll = Buffer.concat([pool, map, ...chunks])
  const header = Buffer.alloc(8)
  header.writeUInt16LE(0x0003, 0)
  header.writeUInt16LE(8, 2)
  header.writeUInt32LE(8 + bodyAll.length, 4)
  return Buffer.concat([header, bodyAll])
}

function node(type: number, ext: Buffer): Buffer {
  const h = Buffer.alloc(16)
  h.writeUInt16LE(type, 0)
  h.writeUInt16LE(16, 2)
  h.writeUInt32LE(16 + ext.length, 4)
  h.writeUInt32LE(1, 8)
  h.writeUInt32LE(0xffffffff, 12)
  return Buffer.concat([h, ext])
}

function stringPool(strings: string[]): Buffer {
  const data = strings.map(s => {
    const b = Buffer.alloc(2 + s.length * 2 + 2)
    b.writeUInt16LE(s.length, 0)
    b.write(s, 2, 'utf16le')
    return b
  })
  const offsets = Buffer.alloc(strings.length * 4)
  let o = 0
  data.forEach((d, i) => {
    offsets.writeUInt32LE(o, i * 4)
    o += d.length
  })
  let strBytes = Buffer.concat(data)
  if (strBytes.length % 4) strBytes = Buffer.concat([strBytes, Buffer.alloc(4 - (strBytes.length % 4))])
  const h = Buffer.alloc(28)
  h.writeUInt16LE(0x0001, 0)
  h.writeUInt16LE(28, 2)
  h.writeUInt32LE(28 + offsets.length + strBytes.length, 4)
  h.writeUInt32LE(strings.length, 8)
  h.writeUInt32LE(0, 12)
  h.writeUInt32LE(0, 16)
  h.writeUInt32LE(28 + offsets.length, 20)
  h.writeUInt32LE(0, 24)
  return Buffer.concat([h, offsets, strBytes])
}
