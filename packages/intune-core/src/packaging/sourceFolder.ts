/**
 * Validates and lists the folder to package, before anything is written: every file the inner zip will
 * hold, with its entry name, the path to read and its size, sorted so that the same folder always gives
 * the same zip.
 *
 * Symlinks: followed only when their target (resolved fully) stays inside the folder; the entry takes the
 * link's name and the target's bytes. A link out of the folder, a dangling link or a loop is refused.
 * FIFOs, sockets and devices are refused (reading one would hang or never end).
 */
import { constants as fsc } from 'node:fs'
import { access, lstat, readdir, realpath, stat } from 'node:fs/promises'
import * as path from 'node:path'
import { ErrorCodes, IntunePublishError } from '../errors'
import { checkWindowsName, checkWindowsPaths, decodeName } from './windowsNames'

export interface SourceFile {
  /** Entry name in the inner zip: relative to the folder, `/`-separated. */
  name: string
  /** The file to read (a symlink's resolved target). */
  path: string
  size: number
  mtime: Date
}

export interface SourceListing {
  /** The folder, fully resolved. */
  root: string
  files: SourceFile[]
  totalBytes: number
  /** The setup file relative to the folder, `/`-separated (an entry name in `files`). */
  setupEntry: string
}

export function sourceError(field: string, message: string, fix: string): IntunePublishError {
  return new IntunePublishError(ErrorCodes.InputInvalid, `${field}: ${message}`, { field, fix })
}

const inside = (root: string, p: string): boolean => {
  const rel = path.relative(root, p)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function kindOf(st: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean }): string {
  if (st.isFIFO()) return 'a FIFO (named pipe)'
  if (st.isSocket()) return 'a socket'
  if (st.isCharacterDevice()) return 'a character device'
  return 'a block device or other special file'
}

async function resolveRoot(sourceDir: string): Promise<string> {
  const abs = path.resolve(sourceDir)
  let st
  try {
    st = await stat(abs)
  } catch {
    throw sourceError(
      'source',
      `${abs} does not exist`,
      'Pass --source the folder that holds the setup file.',
    )
  }
  if (!st.isDirectory()) {
    throw sourceError(
      'source',
      `${abs} is not a folder`,
      'Pass --source a folder; the setup file goes in --setup.',
    )
  }
  return realpath(abs)
}

/** Walks `root`; `dir` is where we are (real path) and `prefix` the entry-name prefix that leads there. */
async function walk(
  root: string,
  dir: string,
  prefix: string,
  seen: Set<string>,
  out: SourceFile[],
): Promise<void> {
  let names: string[]
  try {
    // Raw bytes: a name that is not UTF-8 would come back with U+FFFD and then fail to open (ENOENT).
    names = (await readdir(dir, { encoding: 'buffer' })).map(raw => decodeName(raw, dir)).sort()
  } catch (e) {
    if (e instanceof IntunePublishError) throw e
    throw sourceError(
      'source',
      `cannot list ${dir} (${(e as NodeJS.ErrnoException).code ?? e})`,
      'Make the folder readable by the CI user.',
    )
  }
  for (const base of names) {
    const full = path.join(dir, base)
    const name = prefix + base
    checkWindowsName(base, full)
    if (base.includes('\\')) {
      throw sourceError(
        'source',
        `${full}: the name contains "\\", which zip and Windows read as a folder separator`,
        'Rename the file.',
      )
    }
    let st = await lstat(full)
    let target = full
    if (st.isSymbolicLink()) {
      try {
        target = await realpath(full)
      } catch {
        throw sourceError(
          'source',
          `${full} is a symlink to nothing (dangling)`,
          'Remove the link or restore its target.',
        )
      }
      if (!inside(root, target)) {
        throw sourceError(
          'source',
          `${full} is a symlink leading out of the folder (to ${target})`,
          'Copy the target into the folder instead of linking to it; links out of the package are refused.',
        )
      }
      st = await stat(target)
    }
    if (st.isDirectory()) {
      if (seen.has(target)) {
        throw sourceError(
          'source',
          `${full} links back to a folder already being packaged (a loop)`,
          'Remove the link.',
        )
      }
      seen.add(target)
      await walk(root, target, `${name}/`, seen, out)
      seen.delete(target)
    } else if (st.isFile()) {
      try {
        await access(target, fsc.R_OK)
      } catch {
        throw sourceError(
          'source',
          `${full} is not readable (permission denied)`,
          'Fix the file permissions (chmod +r) or remove the file.',
        )
      }
      out.push({ name, path: target, size: st.size, mtime: st.mtime })
    } else {
      throw sourceError(
        'source',
        `${full} is ${kindOf(st)}, not a regular file`,
        'Remove it from the folder; only files and folders can be packaged.',
      )
    }
  }
}

/** Where the setup file sits, as an entry name; refuses paths outside the folder. */
function setupEntryName(sourceDir: string, root: string, setupFile: string): string {
  const fix =
    'Pass --setup a file inside --source, e.g. "setup.exe" or "bin/setup.exe" relative to the folder.'
  if (!setupFile.trim()) throw sourceError('setup', 'is empty', fix)
  const given = path.resolve(path.resolve(sourceDir), setupFile)
  for (const base of [path.resolve(sourceDir), root]) {
    if (inside(base, given) && given !== base) return path.relative(base, given).split(path.sep).join('/')
  }
  throw sourceError('setup', `${setupFile} is not inside the source folder ${root}`, fix)
}

export async function listSourceFolder(sourceDir: string, setupFile: string): Promise<SourceListing> {
  const root = await resolveRoot(sourceDir)
  const setupEntry = setupEntryName(sourceDir, root, setupFile)
  const files: SourceFile[] = []
  await walk(root, root, '', new Set([root]), files)
  if (files.length === 0) {
    throw sourceError(
      'source',
      `${root} has no files`,
      'Point --source at the folder with the installer and its files.',
    )
  }
  files.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
  checkWindowsPaths(
    files.map(f => f.name),
    root,
  )
  if (!files.some(f => f.name === setupEntry)) {
    const abs = path.join(root, setupEntry)
    const st = await stat(abs).catch(() => undefined)
    const what = st?.isDirectory() ? 'is a folder, not a file' : 'does not exist'
    throw sourceError(
      'setup',
      `${setupEntry} ${what} in ${root}`,
      'Pass --setup the installer file (relative to --source).',
    )
  }
  return { root, files, setupEntry, totalBytes: files.reduce((n, f) => n + f.size, 0) }
}

/** Refuses an output file inside the source folder (it would package itself, or change under the walk). */
export async function assertOutsideSource(root: string, outFile: string): Promise<string> {
  const abs = path.resolve(outFile)
  const dir = await realpath(path.dirname(abs)).catch(() => {
    throw sourceError(
      'out',
      `the folder ${path.dirname(abs)} does not exist`,
      'Create the output folder first.',
    )
  })
  const real = path.join(dir, path.basename(abs))
  if (inside(root, real)) {
    throw sourceError(
      'out',
      `${abs} is inside the source folder ${root}`,
      'Write the package outside --source, e.g. next to it.',
    )
  }
  const st = await stat(real).catch(() => undefined)
  if (st?.isDirectory())
    throw sourceError('out', `${abs} is a folder`, 'Pass --out a file path, e.g. app.intunewin.')
  return real
}
