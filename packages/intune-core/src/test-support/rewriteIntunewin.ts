/**
 * Test helper: copies a .intunewin with its Detection.xml rewritten (the encrypted payload copied byte for
 * byte, stored, as IntuneWinAppUtil writes it), to build damaged variants of real fixtures.
 */
import { createWriteStream } from 'node:fs'
import type { Readable } from 'node:stream'
import * as yauzl from 'yauzl'
import { ZipFile } from 'yazl'

function openZip(file: string): Promise<yauzl.ZipFile> {
  return new Promise((resolve, reject) =>
    yauzl.open(file, { lazyEntries: true }, (err, zip) => (err ? reject(err) : resolve(zip))),
  )
}

function readAll(zip: yauzl.ZipFile, entry: yauzl.Entry): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    zip.openReadStream(entry, (err, stream: Readable) => {
      if (err) return reject(err)
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => resolve(Buffer.concat(chunks)))
      stream.on('error', reject)
    }),
  )
}

export async function rewriteIntunewin(
  src: string,
  dest: string,
  rewrite: (detectionXml: string) => string,
): Promise<string> {
  const zip = await openZip(src)
  const out = new ZipFile()
  await new Promise<void>((resolve, reject) => {
    zip.on('entry', (entry: yauzl.Entry) => {
      readAll(zip, entry).then(data => {
        const isXml = /Detection\.xml$/i.test(entry.fileName)
        const bytes = isXml ? Buffer.from(rewrite(data.toString('utf8'))) : data
        out.addBuffer(bytes, entry.fileName, { compress: false })
        zip.readEntry()
      }, reject)
    })
    zip.on('end', () => resolve())
    zip.on('error', reject)
    zip.readEntry()
  })
  zip.close()
  out.end()
  await new Promise<void>((resolve, reject) => {
    const w = createWriteStream(dest)
    w.on('close', () => resolve())
    w.on('error', reject)
    out.outputStream.pipe(w)
  })
  return dest
}
