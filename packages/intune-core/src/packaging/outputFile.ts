/**
 * Where the packager writes: a temporary file next to `--out`, renamed over it only when the package is
 * complete. A failed run removes that temporary file and nothing else, so an existing good package, a
 * symlink, a FIFO or a device named by `--out` is never deleted (reliability review F2: a failed run used to
 * unlink whatever `--out` named, /dev/full included). A path that exists and is not a regular file is
 * refused before anything is written: renaming over it would replace a link or a device node.
 */
import { randomBytes } from 'node:crypto'
import { lstat, open, rename, rm, type FileHandle } from 'node:fs/promises'
import * as path from 'node:path'
import { ErrorCodes, IntunePublishError } from '../errors'

export interface PendingOutput {
  /** The temporary file being written (same folder as the target, so the rename is atomic). */
  readonly tempPath: string
  readonly handle: FileHandle
  /** Closes and renames the temporary file over the target. */
  commit(): Promise<void>
  /** Closes and removes the temporary file only; never touches the target. */
  abandon(): Promise<void>
}

function kindOf(st: Awaited<ReturnType<typeof lstat>>): string | undefined {
  if (st.isFile()) return undefined
  if (st.isSymbolicLink()) return 'a symbolic link'
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isCharacterDevice()) return 'a character device'
  if (st.isBlockDevice()) return 'a block device'
  if (st.isSocket()) return 'a socket'
  if (st.isDirectory()) return 'a folder'
  return 'not a regular file'
}

/** Refuses a target that exists and is not a regular file; then opens a fresh temporary file beside it. */
export async function openPendingOutput(target: string): Promise<PendingOutput> {
  const st = await lstat(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return undefined
    throw e
  })
  const kind = st && kindOf(st)
  if (kind) {
    throw new IntunePublishError(ErrorCodes.InputInvalid, `out: ${target} exists and is ${kind}`, {
      field: 'out',
      fix: 'Pass --out a new path or an existing regular file to replace, e.g. ./app.intunewin.',
    })
  }
  const tempPath = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${randomBytes(6).toString('hex')}.partial`,
  )
  // 'wx': never open something that appeared at the temporary name in the meantime.
  const handle = await open(tempPath, 'wx')
  let closed = false
  const close = async () => {
    if (closed) return
    closed = true
    await handle.close()
  }
  return {
    tempPath,
    handle,
    commit: async () => {
      await handle.sync()
      await close()
      await rename(tempPath, target)
    },
    abandon: async () => {
      await close().catch(() => undefined)
      await rm(tempPath, { force: true }).catch(() => undefined)
    },
  }
}
