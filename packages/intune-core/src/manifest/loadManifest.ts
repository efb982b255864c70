/**
 * Reads a manifest (YAML or JSON), checks it against the shipped JSON Schema and for what a schema can't
 * say (connection names, package or source, files that exist), and returns it with absolute paths. Every
 * problem is one line naming the file and the field; all of them come at once, before anything is sent.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { ErrorCodes, IntunePublishError } from '../errors'
import { schemaProblems } from '../templates/schemaCheck'
import { isDoc, parseText } from '../templates/templateFile'
import { TemplateProblems } from '../templates/templateErrors'
import { DEFAULT_CONNECTION, type Manifest, type ManifestApp, type ManifestConnection } from './types'

/** A manifest lists paths, not content: 1 MiB holds thousands of entries. */
export const MAX_MANIFEST_BYTES = 1024 * 1024

type Raw = Record<string, unknown>
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)

export async function loadManifest(file: string, cwd: string = process.cwd()): Promise<Manifest> {
  const abs = path.resolve(cwd, file)
  const problems = new TemplateProblems()
  const doc = parseYaml(await readManifestText(abs), abs, problems)
  if (doc !== undefined && !isDoc(doc)) problems.add(abs, '', 'expected a mapping with an `apps` list')
  if (!isDoc(doc) || problems.count) throw manifestError(problems.lines)
  problems.addLines(abs, schemaProblems('manifest', doc))
  if (problems.count) throw manifestError(problems.lines)

  const dir = path.dirname(abs)
  const connections = readConnections(doc.connections as Raw | undefined, abs, problems)
  const defaults = (doc.defaults ?? {}) as Raw
  const apps = (doc.apps as Raw[]).map((entry, index) =>
    readApp({ ...defaults, ...entry }, index, dir, connections, abs, problems),
  )
  await checkFilesExist(apps, abs, problems)
  if (problems.count) throw manifestError(problems.lines)
  return { file: abs, connections, apps }
}

/** parseText, with a YAML alias bomb (the parser throws) reported against the file too. */
function parseYaml(text: string, file: string, problems: TemplateProblems): unknown {
  try {
    return parseText(text, file, problems)
  } catch (e) {
    problems.add(file, '', e instanceof Error ? e.message.split('\n')[0] : String(e))
    return undefined
  }
}

async function readManifestText(file: string): Promise<string> {
  const stat = await fs.stat(file).catch((e: NodeJS.ErrnoException) => {
    const why = e.code === 'ENOENT' ? 'file not found' : `cannot read it (${e.code ?? 'error'})`
    throw manifestError([`${file}: ${why}`])
  })
  // A FIFO or a device would block or never end: only regular files, and only small ones.
  if (!stat.isFile()) throw manifestError([`${file}: not a regular file`])
  if (stat.size > MAX_MANIFEST_BYTES)
    throw manifestError([
      `${file}: ${stat.size} bytes, more than the ${MAX_MANIFEST_BYTES} a manifest may have`,
    ])
  return fs.readFile(file, 'utf8')
}

function readConnections(
  raw: Raw | undefined,
  file: string,
  problems: TemplateProblems,
): Record<string, ManifestConnection> {
  const out: Record<string, ManifestConnection> = {
    [DEFAULT_CONNECTION]: { name: DEFAULT_CONNECTION, tenant: DEFAULT_CONNECTION },
  }
  for (const [name, value] of Object.entries(raw ?? {})) {
    const v = value as Raw
    if (name === DEFAULT_CONNECTION) {
      problems.add(
        file,
        `connections.${name}`,
        "reserved for the command's own connection; pick another name",
      )
      continue
    }
    out[name] = { name, env: str(v.env), tenant: str(v.tenant) ?? name }
  }
  return out
}

function readApp(
  e: Raw,
  index: number,
  dir: string,
  connections: Record<string, ManifestConnection>,
  file: string,
  problems: TemplateProblems,
): ManifestApp {
  const at = `apps[${index}]`
  const abs = (p: unknown): string | undefined => (typeof p === 'string' ? path.resolve(dir, p) : undefined)
  const connection = str(e.connection) ?? DEFAULT_CONNECTION
  if (!connections[connection]) {
    const known = Object.keys(connections).join(', ')
    problems.add(
      file,
      `${at}.connection`,
      `'${connection}' is not a connection of this manifest (known: ${known})`,
    )
  }
  const source = isDoc(e.source)
    ? { dir: abs(e.source.dir) as string, setupFile: String(e.source.setupFile) }
    : undefined
  const packagePath = abs(e.package)
  if (!packagePath === !source)
    problems.add(
      file,
      at,
      packagePath ? 'give package or source, not both' : 'needs package (a file) or source (a folder)',
    )
  return {
    index,
    label: str(e.name) ?? path.basename(packagePath ?? source?.dir ?? `app ${index + 1}`),
    connection,
    packagePath,
    source,
    appTemplate: abs(e.app),
    assignments: abs(e.assignments),
    assignmentMode: e.assignmentMode as ManifestApp['assignmentMode'],
    appId: str(e.appId),
    supersede: Array.isArray(e.supersede) ? (e.supersede as string[]) : undefined,
  }
}

/** Paths are checked now, so that a typo in the 90th entry is found before the first app is published. */
async function checkFilesExist(apps: ManifestApp[], file: string, problems: TemplateProblems): Promise<void> {
  const checks: [string, string | undefined, 'file' | 'dir'][] = apps.flatMap(a => [
    [`apps[${a.index}].package`, a.packagePath, 'file'],
    [`apps[${a.index}].source.dir`, a.source?.dir, 'dir'],
    [`apps[${a.index}].app`, a.appTemplate, 'file'],
    [`apps[${a.index}].assignments`, a.assignments, 'file'],
  ])
  const seen = new Map<string, Promise<string | undefined>>()
  const kindOf = (p: string, want: 'file' | 'dir'): Promise<string | undefined> => {
    const key = `${want}:${p}`
    let got = seen.get(key)
    if (!got) {
      got = fs.stat(p).then(
        s =>
          (want === 'file' ? s.isFile() : s.isDirectory())
            ? undefined
            : `not a ${want === 'file' ? 'regular file' : 'folder'}`,
        (e: NodeJS.ErrnoException) =>
          e.code === 'ENOENT' ? 'not found' : `cannot read it (${e.code ?? 'error'})`,
      )
      seen.set(key, got)
    }
    return got
  }
  for (const [field, p, want] of checks) {
    if (p === undefined) continue
    const why = await kindOf(p, want)
    if (why) problems.add(file, field, `${p}: ${why}`)
  }
}

export function manifestError(lines: string[]): IntunePublishError {
  const head = lines.length === 1 ? 'Invalid manifest: ' : `Invalid manifest (${lines.length} problems):\n`
  return new IntunePublishError(ErrorCodes.InputInvalid, head + lines.join('\n'), {
    field: 'manifest',
    fix: 'Fix the fields named above; docs/manifest.md lists every key.',
  })
}
