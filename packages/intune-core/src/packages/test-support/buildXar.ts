import { deflateSync } from 'node:zlib'
import { writeFile } from 'node:fs/promises'

/** Test-only: writes a minimal xar (macOS flat package) holding zlib-encoded files. */
export async function buildXar(file: string, files: Array<{ name: string; data: string }>): Promise<void> {
  let offset = 0
  const heap: Buffer[] = []
  const entries = files.map((f, i) => {
    const raw = Buffer.from(f.data)
    const enc = deflateSync(raw)
    heap.push(enc)
    const xml =
      `<file id="${i + 1}"><name>${f.name}</name><type>file</type><data><length>${enc.length}</length>` +
      `<offset>${offset}</offset><size>${raw.length}</size><encoding style="application/x-gzip"/></data></file>`
    offset += enc.length
    return xml
  })
  const toc = Buffer.from(
    `<?xml version="1.0" encoding="UTF-8"?><xar><toc><checksum style="none"/>${entries.join('')}</toc></xar>`,
  )
  const tocZ = deflateSync(toc)
  const header = Buffer.alloc(28)
  header.write('xar!', 0, 'latin1')
  header.writeUInt16BE(28, 4)
  header.writeUInt16BE(1, 6)
  header.writeBigUInt64BE(BigInt(tocZ.length), 8)
  header.writeBigUInt64BE(BigInt(toc.length), 16)
  header.writeUInt32BE(0, 24)
  await writeFile(file, Buffer.concat([header, tocZ, ...heap]))
}
