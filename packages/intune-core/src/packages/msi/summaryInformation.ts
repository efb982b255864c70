import { textDecoder } from './msiDatabase'

/** The summary-information fields an MSI reader cares about (OLE property set, PIDs per §6.2). */
export interface MsiSummary {
  title?: string
  subject?: string
  author?: string
  template?: string
  /** PID 9 "Revision Number": the MSI PackageCode. */
  revisionNumber?: string
  /** PID 14 "Page Count": the installer schema. */
  pageCount?: number
  creatingApplication?: string
}

const PIDS: Record<number, keyof MsiSummary> = {
  2: 'title',
  3: 'subject',
  4: 'author',
  7: 'template',
  9: 'revisionNumber',
  14: 'pageCount',
  18: 'creatingApplication',
}

const VT_I2 = 2
const VT_I4 = 3
const VT_LPSTR = 30

export function parseSummaryInformation(buf: Buffer | undefined): MsiSummary {
  const out: MsiSummary = {}
  if (!buf || buf.length < 48) return out
  const section = buf.readUInt32LE(44)
  if (section + 8 > buf.length) return out
  const count = buf.readUInt32LE(section + 4)
  const props: Array<{ pid: number; at: number }> = []
  for (let i = 0; i < count && section + 16 + i * 8 <= buf.length; i++) {
    props.push({
      pid: buf.readUInt32LE(section + 8 + i * 8),
      at: section + buf.readUInt32LE(section + 12 + i * 8),
    })
  }
  // PID 1 is the codepage the strings are in.
  let codepage = 1252
  const cp = props.find(p => p.pid === 1)
  if (cp && cp.at + 6 <= buf.length && buf.readUInt32LE(cp.at) === VT_I2)
    codepage = buf.readUInt16LE(cp.at + 4)
  const decoder = textDecoder(codepage === 1200 ? 65001 : codepage)
  for (const { pid, at } of props) {
    const key = PIDS[pid]
    if (!key || at + 8 > buf.length) continue
    const vt = buf.readUInt32LE(at)
    if (vt === VT_LPSTR) {
      const len = buf.readUInt32LE(at + 4)
      if (at + 8 + len > buf.length) continue
      const value = decoder.decode(buf.subarray(at + 8, at + 8 + len)).replace(/\0+$/, '')
      if (key !== 'pageCount') out[key] = value
    } else if ((vt === VT_I4 || vt === VT_I2) && key === 'pageCount') {
      out.pageCount = vt === VT_I4 ? buf.readInt32LE(at + 4) : buf.readInt16LE(at + 4)
    }
  }
  return out
}
