/**
 * Expands a package path or glob (`*`, `?`, `**`) to files, sorted, relative to a base folder.
 * Node 20 has no fs.glob, and one small matcher is all the `package` input needs.
 */
import { readdirSync, statSync } from 'node:fs'
import path from 'node:path'

const MAGIC = /[*?]/

function toRegExp(pattern: string): RegExp {
  let re = ''
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]
    if (c === '*' && pattern[i + 1] === '*') {
      const slash = pattern[i + 2] === '/'
      re += slash ? '(?:.*/)?' : '.*'
      i += slash ? 2 : 1
    } else if (c === '*') re += '[^/]*'
    else if (c === '?') re += '[^/]'
    else re += c.replace(/[.+^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${re}$`)
}

function walk(dir: string, rel: string, out: string[]): void {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return
  }
  for (const e of entries) {
    if (e.name === '.git' || e.name === 'node_modules') continue
    const childRel = rel ? `${rel}/${e.name}` : e.name
    if (e.isDirectory()) walk(path.join(dir, e.name), childRel, out)
    else out.push(childRel)
  }
}

export function hasMagic(pattern: string): boolean {
  return MAGIC.test(pattern)
}

/** Files matching one pattern; a plain path is returned as is when it is a file, else nothing. */
export function expandGlob(pattern: string, baseDir: string): string[] {
  const posix = pattern.replace(/\\/g, '/')
  if (!hasMagic(posix)) {
    const full = path.resolve(baseDir, pattern)
    try {
      return statSync(full).isFile() ? [full] : []
    } catch {
      return []
    }
  }
  const segments = posix.split('/')
  const firstMagic = segments.findIndex(s => MAGIC.test(s))
  const prefix = segments.slice(0, firstMagic).join('/')
  const root = path.resolve(baseDir, prefix || '.')
  const re = toRegExp(segments.slice(firstMagic).join('/'))
  const files: string[] = []
  walk(root, '', files)
  return files
    .filter(f => re.test(f))
    .sort()
    .map(f => path.join(root, f))
}
