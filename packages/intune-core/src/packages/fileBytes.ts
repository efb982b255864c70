import { open } from 'node:fs/promises'

/** Reads `length` bytes at `position` (fewer at end of file) without loading the rest of the file. */
export async function readAt(file: string, position: number, length: number): Promise<Buffer> {
  const fh = await open(file, 'r')
  try {
    const buf = Buffer.alloc(length)
    const { bytesRead } = await fh.read(buf, 0, length, position)
    return buf.subarray(0, bytesRead)
  } finally {
    await fh.close()
  }
}
