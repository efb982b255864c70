/**
 * Reads an app icon for Graph's largeIcon. The type comes from the file's magic bytes, never its
 * extension: Intune answers "Icon in invalid format" when the bytes don't match the declared MIME type.
 */
import fs from 'node:fs/promises'
import { readBoundedFile } from '../connection/boundedRead'

/** Icons above this are refused: Intune shows them at most 512x512 and the body travels in one JSON request. */
export const MAX_ICON_BYTES = 2 * 1024 * 1024

export interface GraphMimeContent {
  '@odata.type': '#microsoft.graph.mimeContent'
  type: 'image/png' | 'image/jpeg'
  value: string
}

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
const JPEG = Buffer.from([0xff, 0xd8, 0xff])

/** The MIME type the bytes are, or undefined when they are neither PNG nor JPEG. */
export function iconMimeType(bytes: Buffer): GraphMimeContent['type'] | undefined {
  if (bytes.length >= PNG.length && bytes.subarray(0, PNG.length).equals(PNG)) return 'image/png'
  if (bytes.length >= JPEG.length && bytes.subarray(0, JPEG.length).equals(JPEG)) return 'image/jpeg'
  return undefined
}

/** Read `file` as a largeIcon; returns a one-line problem instead when it can't be used. */
export async function readIcon(file: string): Promise<GraphMimeContent | string> {
  let size: number
  try {
    size = (await fs.stat(file)).size
  } catch (e) {
    return `${file}: cannot read the icon (${(e as NodeJS.ErrnoException).code ?? 'error'})`
  }
  if (size > MAX_ICON_BYTES)
    return `${file}: the icon is ${size} bytes; at most ${MAX_ICON_BYTES} (2 MiB) allowed`
  let bytes: Buffer
  try {
    // Bounded and regular files only: a FIFO must not hang, a growing file must not fill memory.
    bytes = await readBoundedFile(file, file, MAX_ICON_BYTES)
  } catch (e) {
    return e instanceof Error ? e.message : String(e)
  }
  if (bytes.length === 0) return `${file}: the icon file is empty`
  const type = iconMimeType(bytes)
  if (!type) return `${file}: the icon is not a PNG or JPEG file (checked by content, not by extension)`
  return { '@odata.type': '#microsoft.graph.mimeContent', type, value: bytes.toString('base64') }
}
