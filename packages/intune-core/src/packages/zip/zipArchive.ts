import * as yauzl from 'yauzl'
import type { Readable } from 'node:stream'
import { crc32 } from 'node:zlib'
import { packageInvalid, truncatedOrCorrupt, errorMessage } from '../packageErrors'

/**
 * A read-only view of a zip's central directory over yauzl (random access, zip64). Entry names come back
 * with `\` turned into `/`; yauzl refuses absolute paths and `..` segments, which we report as unsafe names.
 * Nothing is extracted to disk: callers read small entries into memory after a size check, or take offsets.
 */
export interface ZipArchive {
  readonly file: string
  readonly entries: yauzl.Entry[]
  /** Case-insensitive lookup by full path. */
  find(name: string): yauzl.Entry | undefined
  /** Reads a whole entry after checking its declared size against `maxBytes`. */
  readEntry(entry: yauzl.Entry, maxBytes: number): Promise<Buffer>
  /** Byte offset of the entry's data in the file, from the LOCAL header (its extra field may differ). */
  dataOffset(entry: yauzl.Entry): Promise<number>
  close(): void
}

/** yauzl 3 has readLocalFileHeader; @types/yauzl 2.10 doesn't declare it. */
type ZipFileWithLocalHeader = yauzl.ZipFile & {
  readLocalFileHeader(
    entry: yauzl.Entry,
    options: { minimal: true },
    cb: (err: Error | null, header: { fileDataStart: number }) => void,
  ): void
}

/** Upper bound on entries we list; real IPAs/MSIX have tens of thousands at most. */
const MAX_ENTRIES = 500_000

export async function openZip(file: string, what = 'zip archive'): Promise<ZipArchive> {
  const zip = await new Promise<yauzl.ZipFile>((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true, autoClose: false }, (err, z) => {
      if (err) reject(zipError(file, what, err))
      else resolve(z)
    })
  })
  if (zip.entryCount > MAX_ENTRIES) {
    zip.close()
    throw packageInvalid(
      file,
      `the ${what} lists ${zip.entryCount} entries, more than the ${MAX_ENTRIES} we accept`,
    )
  }
  const entries = await new Promise<yauzl.Entry[]>((resolve, reject) => {
    const list: yauzl.Entry[] = []
    // yauzl throws synchronously when a zip64 record points past 2^53 (Node's "position out of range").
    const next = (): void => {
      try {
        zip.readEntry()
      } catch (err) {
        reject(zipError(file, what, err))
      }
    }
    zip.on('entry', (e: yauzl.Entry) => {
      list.push(e)
      next()
    })
    zip.on('end', () => resolve(list))
    zip.on('error', (err: Error) => reject(zipError(file, what, err)))
    next()
  }).catch((e: unknown) => {
    zip.close()
    throw e
  })
  const byName = new Map<string, yauzl.Entry[]>()
  for (const e of entries) {
    const key = e.fileName.toLowerCase()
    const same = byName.get(key)
    // Two entries with one name: extractors disagree on which wins, so the package means two things.
    if (same?.some(o => o.fileName === e.fileName)) {
      zip.close()
      throw duplicateEntry(file, what, e.fileName)
    }
    byName.set(key, [...(same ?? []), e])
  }

  return {
    file,
    entries,
    find: name => {
      const found = byName.get(name.toLowerCase())
      // A case-only twin of an entry we read is as ambiguous as an exact duplicate (Windows, macOS).
      if (found && found.length > 1)
        throw duplicateEntry(file, what, found.map(e => e.fileName).join('" and "'))
      return found?.[0]
    },
    readEntry: (entry, maxBytes) => readWholeEntry(zip, file, what, entry, maxBytes),
    dataOffset: entry =>
      new Promise<number>((resolve, reject) => {
        ;(zip as ZipFileWithLocalHeader).readLocalFileHeader(entry, { minimal: true }, (err, header) => {
          if (err) reject(zipError(file, what, err))
          else resolve(header.fileDataStart)
        })
      }),
    close: () => zip.close(),
  }
}

/** Runs `fn` over an open archive and always closes it. */
export async function withZip<T>(
  file: string,
  what: string,
  fn: (zip: ZipArchive) => Promise<T>,
): Promise<T> {
  const zip = await openZip(file, what)
  try {
    return await fn(zip)
  } finally {
    zip.close()
  }
}

function readWholeEntry(
  zip: yauzl.ZipFile,
  file: string,
  what: string,
  entry: yauzl.Entry,
  maxBytes: number,
): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes || entry.compressedSize > Math.max(maxBytes, 1024) * 2) {
    return Promise.reject(
      packageInvalid(
        file,
        `${entry.fileName} declares ${entry.uncompressedSize} bytes, more than the ${maxBytes} a file of this kind can sensibly have`,
        'The package looks damaged or hand-crafted; rebuild it.',
      ),
    )
  }
  return new Promise<Buffer>((resolve, reject) => {
    zip.openReadStream(entry, (err, stream: Readable) => {
      if (err) return reject(zipError(file, what, err))
      const chunks: Buffer[] = []
      let total = 0
      stream.on('data', (c: Buffer) => {
        total += c.length
        // yauzl checks the declared size too; this guards the case where it can't.
        if (total > maxBytes) stream.destroy(new Error(`${entry.fileName} is larger than declared`))
        else chunks.push(c)
      })
      stream.on('error', (e: Error) => reject(zipError(file, what, e)))
      stream.on('end', () => {
        const bytes = Buffer.concat(chunks, total)
        // yauzl does not check CRCs; a metadata entry whose bytes don't match its CRC was altered.
        if (crc32(bytes) !== entry.crc32) {
          reject(
            packageInvalid(
              file,
              `${entry.fileName} fails its CRC-32 check (the entry's bytes don't match its checksum)`,
              'The package was damaged or altered after it was built; rebuild or re-download it.',
            ),
          )
        } else resolve(bytes)
      })
    })
  })
}

function duplicateEntry(file: string, what: string, name: string): Error {
  return packageInvalid(
    file,
    `the ${what} holds more than one entry named "${name}"`,
    'Tools disagree on which one counts; rebuild the package so that each name appears once.',
  )
}

function zipError(file: string, what: string, err: unknown): Error {
  const msg = errorMessage(err)
  if (err instanceof RangeError || /out of range|Number.MAX_SAFE_INTEGER/i.test(msg)) {
    // zip64 offsets or sizes past the file (2^60): Node's raw range error names neither file nor cause.
    return truncatedOrCorrupt(
      file,
      what,
      'an offset or size in its directory points past the end of the file',
      err,
    )
  }
  if (/^(absolute path|invalid relative path|invalid characters)/.test(msg)) {
    return packageInvalid(
      file,
      `the ${what} has an unsafe entry name (${msg})`,
      'Entries must be relative paths without "..": rebuild the package with standard tools.',
      err,
    )
  }
  return truncatedOrCorrupt(file, what, msg, err)
}
