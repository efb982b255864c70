import { createWriteStream } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { ZipFile } from 'yazl'

/** Test-only: writes a zip of in-memory entries with yazl (stored or deflated). */
export async function buildZip(
  file: string,
  entries: Array<{ name: string; data: Buffer | string; store?: boolean }>,
): Promise<string> {
  const zip = new ZipFile()
  for (const e of entries) {
    zip.addBuffer(Buffer.isBuffer(e.data) ? e.data : Buffer.from(e.data), e.name, { compress: !e.store })
  }
  zip.end()
  await new Promise<void>((resolve, reject) => {
    const out = createWriteStream(file)
    out.on('close', () => resolve())
    out.on('error', reject)
    zip.outputStream.pipe(out)
  })
  return file
}

/** A temp folder for built fixtures, removed by the returned cleanup. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'intune-readers-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}

/** Where the shared real-package fixtures live: `<repo>/../shared/fixtures`. */
export const FIXTURES = path.resolve(__dirname, '../../../../../../shared/fixtures')
