/**
 * Reads a user-named file with a size limit checked before it is read in full, and refuses anything that
 * is not a regular file: a FIFO or a device would block or never end (`/dev/zero`, `mkfifo`). The file is
 * opened non-blocking, so even a FIFO swapped in after the stat cannot hang the open; the fstat of the
 * opened descriptor is what decides.
 */
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs'
import { open } from 'node:fs/promises'
import { inputError } from '../errors'
import { formatBytes } from '../formatBytes'

const MiB = 1024 * 1024

/** The documented maximum of every input read from a file or a value (docs/packages.md, "Input limits"). */
export const INPUT_LIMITS = {
  /** A connection JSON: inline, `@file` or INTUNE_CONNECTION. */
  connection: 1 * MiB,
  /** A CA bundle (caFile, --ca-file, INTUNE_CA_FILE). */
  caFile: 1 * MiB,
  /** A PEM certificate with its key. */
  certificate: 1 * MiB,
  /** One app or assignment template file (each `extends` file counts on its own). */
  template: 4 * MiB,
  /** A detection or requirement script (sent base64 in the app body). */
  script: 1 * MiB,
  /** The app's notes, description and other free text fields, in characters. */
  text: 64 * 1024,
  /** The app icon. */
  icon: 2 * MiB,
} as const

// O_NONBLOCK makes opening a FIFO return at once; Windows has no FIFOs and no such flag.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0)

/** What a non-regular file is, for messages: "a FIFO (named pipe)", "a character device"… */
export function kindOf(st: Stats): string {
  if (st.isDirectory()) return 'a directory'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  return 'a special file'
}

/** `field: file: problem` — or `file: problem` when the file is the field (a template path). */
function fileError(field: string, file: string, problem: string, fix: string): Error {
  return inputError(field, field === file ? problem : `${file}: ${problem}`, fix)
}

function unreadable(field: string, file: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code ?? 'unreadable'
  const fix = 'Check the path and that the file is readable.'
  if (field === file)
    return inputError(field, code === 'ENOENT' ? 'file not found.' : `cannot read it (${code}).`, fix)
  return inputError(field, `cannot read ${file} (${code}).`, fix)
}

/** Throws the one-line input error when `st` is not a regular file or is larger than `max`. */
export function checkFileStats(st: Stats, field: string, file: string, max?: number): void {
  if (!st.isFile()) {
    throw fileError(field, file, `is ${kindOf(st)}, not a regular file.`, 'Give the path of a regular file.')
  }
  if (max !== undefined && st.size > max) tooLarge(field, file, max, st.size)
}

/** `size` is known from the stat; without it the file grew (or its size lied) while being read. */
function tooLarge(field: string, file: string, max: number, size?: number): never {
  const is = size === undefined ? 'is' : `is ${formatBytes(size)},`
  throw fileError(field, file, `${is} over the limit of ${formatBytes(max)}.`, 'Give a smaller file.')
}

/** Refuses a path that is missing or not a regular file, without opening it (for `--package`, `--app`). */
export function requireRegularFile(file: string, field: string): Stats {
  let st: Stats
  try {
    st = statSync(file)
  } catch (e) {
    throw unreadable(field, file, e)
  }
  checkFileStats(st, field, file)
  return st
}

/** Reads at most `max` bytes of a regular file; a bigger or irregular file is an input error naming `field`. */
export function readBoundedFileSync(file: string, field: string, max: number): Buffer {
  let fd: number
  try {
    fd = openSync(file, OPEN_FLAGS)
  } catch (e) {
    throw unreadable(field, file, e)
  }
  try {
    checkFileStats(fstatSync(fd), field, file, max)
    // The size can be wrong (procfs says 0, a file can grow): read up to max + 1 and judge the bytes.
    const buf = Buffer.alloc(max + 1)
    let total = 0
    for (;;) {
      const n = readSync(fd, buf, total, max + 1 - total, null)
      if (n === 0) break
      total += n
      if (total > max) tooLarge(field, file, max)
    }
    return buf.subarray(0, total)
  } finally {
    closeSync(fd)
  }
}

/** The async twin of readBoundedFileSync, for readers already on promises (templates, scripts, icons). */
export async function readBoundedFile(file: string, field: string, max: number): Promise<Buffer> {
  const fh = await open(file, OPEN_FLAGS).catch((e: unknown) => {
    throw unreadable(field, file, e)
  })
  try {
    checkFileStats(await fh.stat(), field, file, max)
    const chunks: Buffer[] = []
    let total = 0
    for (;;) {
      const buf = Buffer.alloc(Math.min(1 * MiB, max + 1 - total))
      const { bytesRead } = await fh.read(buf, 0, buf.length, null)
      if (bytesRead === 0) break
      chunks.push(buf.subarray(0, bytesRead))
      total += bytesRead
      if (total > max) tooLarge(field, file, max)
    }
    return Buffer.concat(chunks, total)
  } finally {
    await fh.close()
  }
}

/** Refuses a value (an env variable, an inline JSON, a template field) longer than `max` characters. */
export function checkTextLength(value: string, field: string, max: number): void {
  if (value.length > max) {
    throw inputError(
      field,
      `is ${value.length} characters, over the limit of ${max}.`,
      'Shorten it, or keep long text outside Intune and link to it.',
    )
  }
}
