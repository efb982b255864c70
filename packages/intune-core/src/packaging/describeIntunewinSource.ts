/**
 * A cheap look at a folder to package, for plans: the same checks as packaging (setup file inside, no links
 * out, readable regular files), then counts and sizes; nothing is compressed, encrypted or written.
 */
import * as path from 'node:path'
import { listSourceFolder } from './sourceFolder'

export interface IntunewinSourceDescription {
  /** The folder, fully resolved. */
  sourceDir: string
  /** As Detection.xml will have it (Windows separators). */
  setupFile: string
  fileCount: number
  totalBytes: number
  /** The setup file is an .msi: Detection.xml will carry MsiInfo read from it. */
  isMsi: boolean
  /** The largest files, biggest first (at most 5), for a plan's summary. */
  largest: Array<{ name: string; size: number }>
}

export async function describeIntunewinSource(opts: {
  sourceDir: string
  setupFile: string
}): Promise<IntunewinSourceDescription> {
  const listing = await listSourceFolder(opts.sourceDir, opts.setupFile)
  const largest = [...listing.files]
    .sort((a, b) => b.size - a.size)
    .slice(0, 5)
    .map(f => ({ name: f.name, size: f.size }))
  return {
    sourceDir: listing.root,
    setupFile: listing.setupEntry.split('/').join(path.win32.sep),
    fileCount: listing.files.length,
    totalBytes: listing.totalBytes,
    isMsi: /\.msi$/i.test(listing.setupEntry),
    largest,
  }
}
