import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { packageInvalid, errorMessage } from './packageErrors'

/** Size and SHA-256 (hex) of a file, streamed: memory stays flat whatever the size. */
export async function fileDigest(file: string): Promise<{ size: number; sha256: string }> {
  const size = await fileSize(file)
  const hash = createHash('sha256')
  for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer)
  return { size, sha256: hash.digest('hex') }
}

/** Size of a regular file, without reading it (for packages whose identity digest is inside them). */
export async function fileSize(file: string): Promise<number> {
  try {
    const st = await stat(file)
    if (!st.isFile()) throw new Error('not a regular file')
    return st.size
  } catch (e) {
    throw packageInvalid(
      file,
      `cannot read the package file (${errorMessage(e)})`,
      'Check the --package path.',
      e,
    )
  }
}
