/** Flags shared by `publish` and `plan`, and how they become PublishInputs. */
import {
  type PublishInputs,
  type PublishResult,
  formatBytes,
  inputError,
  oneLine,
  readJsonOrFile,
  sanitizeText,
} from '@intune-publish/core'
import type { ParseArgsConfig } from 'node:util'
import { connectionHelp, connectionOptions, readConnectionFlags } from '../connectionFlags'
import type { CommandContext } from './types'

export const publishOptions = {
  ...connectionOptions,
  package: { type: 'string' },
  source: { type: 'string' },
  setup: { type: 'string' },
  out: { type: 'string' },
  app: { type: 'string' },
  assignments: { type: 'string' },
  'assignment-mode': { type: 'string' },
  'app-id': { type: 'string' },
  supersede: { type: 'string', multiple: true },
  concurrency: { type: 'string' },
  'block-size-mib': { type: 'string' },
  'allow-required-to-all': { type: 'boolean' },
  'allow-empty-groups': { type: 'boolean' },
  'allow-expired-profile': { type: 'boolean' },
  ring: { type: 'string' },
  'require-healthy-in': { type: 'string' },
} satisfies NonNullable<ParseArgsConfig['options']>

export const publishHelp = `What to publish (one of):
  --package FILE               .intunewin .msi .ipa .apk .msix .appx .msixbundle .appxbundle .pkg .dmg
  --source DIR --setup FILE    a folder to package as .intunewin on the fly (--out FILE keeps the package)
Templates and targeting:
  --app FILE                   app template (YAML/JSON): what the package can't say
  --assignments FILE|YAML      assignment template, a path or inline YAML
  --assignment-mode MODE       merge (default: keep assignments we don't manage) | replace
  --app-id ID                  update this app instead of finding it by identity
  --supersede ID|NAME          an app this one supersedes (repeatable)
  --ring NAME                  with a rings template: the ring to publish into (default the first)
  --require-healthy-in JSON|@FILE  publish only if this build is in that environment and meets its gate
Run options:
  --concurrency N              blocks uploaded at once (default 4)
  --block-size-mib N           block size, 1-100 MiB (default 4)
  --allow-required-to-all      allow "required" to all users/devices without a filter
  --allow-empty-groups         allow assigning to a group with no members
  --allow-expired-profile      publish an .ipa whose provisioning profile has expired

${connectionHelp}`

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

function int(field: string, v: unknown): number | undefined {
  const s = str(v)
  if (s === undefined) return undefined
  if (!/^\d+$/.test(s)) throw inputError(field, `must be a whole number, got "${s}"`, `Give --${field} N.`)
  return Number(s)
}

export function readPublishInputs(ctx: CommandContext, dryRun: boolean): PublishInputs {
  const v = ctx.values
  const mode = str(v['assignment-mode'])
  if (mode !== undefined && mode !== 'merge' && mode !== 'replace') {
    throw inputError(
      'assignment-mode',
      `must be merge or replace, got "${mode}"`,
      'Use --assignment-mode merge|replace.',
    )
  }
  const sourceDir = str(v.source)
  if (sourceDir && !str(v.setup))
    throw inputError('setup', 'required with --source', 'Name the setup file: --setup install.ps1.')
  if (!sourceDir && str(v.setup))
    throw inputError('source', '--setup needs --source DIR', 'Give the folder to package with --source.')
  return {
    connection: readConnectionFlags(v, ctx.env, ctx.logger.info),
    packagePath: str(v.package),
    source: sourceDir
      ? { dir: sourceDir, setupFile: str(v.setup) as string, outFile: str(v.out) }
      : undefined,
    appTemplate: str(v.app),
    assignments: str(v.assignments),
    assignmentMode: mode as PublishInputs['assignmentMode'],
    appId: str(v['app-id']),
    supersede: Array.isArray(v.supersede) ? (v.supersede as string[]) : undefined,
    dryRun,
    concurrency: int('concurrency', v.concurrency),
    blockSizeMiB: int('block-size-mib', v['block-size-mib']),
    allowRequiredToAll: v['allow-required-to-all'] === true,
    allowEmptyGroups: v['allow-empty-groups'] === true,
    ring: str(v.ring),
    requireHealthyIn: str(v['require-healthy-in'])
      ? readJsonOrFile(str(v['require-healthy-in']) as string, '--require-healthy-in')
      : undefined,
  }
}

export function printResult(ctx: CommandContext, r: PublishResult): void {
  if (ctx.json) {
    ctx.out.stdout(`${sanitizeText(JSON.stringify(r))}\n`)
    return
  }
  const rows: [string, string | number | undefined][] = [
    ['Status', r.status],
    ['App', `${oneLine(r.displayName)} (${r.appType})`],
    ['App ID', r.appId],
    ['Content version', r.contentVersion],
    ['Uploaded', formatBytes(r.bytesUploaded)],
    ['Duration', `${(r.durationMs / 1000).toFixed(1)} s`],
    ['Link', r.appUrl],
  ]
  for (const [k, val] of rows) if (val !== undefined) ctx.logger.info(`${`${k}:`.padEnd(17)}${val}`)
}
