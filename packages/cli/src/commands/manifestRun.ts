/** `publish --manifest FILE` (and `plan --manifest`): every app of a manifest in one run, one row each. */
import {
  inputError,
  loadManifest,
  publishManifest,
  renderRowsText,
  sanitizeText,
  selectShard,
} from '@intune-publish/core'
import { readConnectionFlags } from '../connectionFlags'
import { EXIT } from '../exitCodes'
import type { CommandContext } from './types'

export const manifestOptions = {
  manifest: { type: 'string' },
  shard: { type: 'string' },
  parallel: { type: 'string' },
  'budget-share': { type: 'string' },
  'fail-fast': { type: 'boolean' },
} as const

export const manifestHelp = `Many apps (docs/manifest.md):
  --manifest FILE              publish every app a manifest lists (instead of --package/--source)
  --shard S                    only this part of it (chunk:I/N or tenant:LABEL, from manifest split)
  --parallel N                 apps in flight at once, 1-32 (default 8)
  --budget-share X             this job's part of each tenant's request budget, 0-1 (default 1)
  --fail-fast                  start no further app after the first failure
`

/** Single-package flags make no sense with a manifest, which says all of that per app. */
const PER_APP = [
  'package',
  'source',
  'setup',
  'out',
  'app',
  'assignments',
  'assignment-mode',
  'app-id',
  'supersede',
]

const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined)

function num(field: string, v: unknown, int: boolean): number | undefined {
  const s = str(v)
  if (s === undefined) return undefined
  const ok = int ? /^\d+$/.test(s) : /^(\d+(\.\d*)?|\.\d+)$/.test(s)
  if (!ok) throw inputError(field, `must be a ${int ? 'whole ' : ''}number, got "${s}"`, `Give --${field} N.`)
  return Number(s)
}

export async function runManifest(ctx: CommandContext, dryRun: boolean): Promise<number> {
  const v = ctx.values
  for (const flag of PER_APP)
    if (v[flag] !== undefined)
      throw inputError(
        flag,
        'not with --manifest',
        `Set it per app in the manifest (docs/manifest.md), not as --${flag}.`,
      )
  let manifest = await loadManifest(str(v.manifest) as string)
  const shard = str(v.shard)
  if (shard) manifest = selectShard(manifest, shard)
  const run = await publishManifest(manifest, ctx.logger, {
    env: ctx.env,
    defaultConnection: readConnectionFlags(v, ctx.env),
    inputs: {
      dryRun,
      concurrency: num('concurrency', v.concurrency, true),
      blockSizeMiB: num('block-size-mib', v['block-size-mib'], true),
      allowRequiredToAll: v['allow-required-to-all'] === true,
      allowEmptyGroups: v['allow-empty-groups'] === true,
    },
    allowExpiredProvisioningProfile: v['allow-expired-profile'] === true,
    parallel: num('parallel', v.parallel, true),
    budgetShare: num('budget-share', v['budget-share'], false),
    failFast: v['fail-fast'] === true,
    onRow: row =>
      ctx.logger.info(`[${row.label}] ${row.status}${row.result?.appId ? ` (app ${row.result.appId})` : ''}`),
  })
  if (ctx.json) {
    const rows = run.rows.map(({ result, ...r }) => ({
      ...r,
      appId: result?.appId,
      contentVersion: result?.contentVersion,
      bytesUploaded: result?.bytesUploaded,
    }))
    ctx.out.stdout(`${sanitizeText(JSON.stringify({ ...run, rows }))}\n`)
  } else {
    for (const line of renderRowsText(run).split('\n')) ctx.logger.info(line)
  }
  return run.failed > 0 ? EXIT.failed : EXIT.ok
}
