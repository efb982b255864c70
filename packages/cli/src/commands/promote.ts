/** `intune-publish promote`: move an app to its next ring (or --to), if `after` and the gate are met. */
import { type PromoteResult, inputError, manifestEntry, promote, sanitizeText } from '@intune-publish/core'
import { connectionHelp, connectionOptions, readConnectionFlags } from '../connectionFlags'
import { EXIT } from '../exitCodes'
import type { Command, CommandContext } from './types'

const str = (v: unknown) => (typeof v === 'string' && v !== '' ? v : undefined)

export const releaseAppOptions = {
  ...connectionOptions,
  assignments: { type: 'string' },
  'app-id': { type: 'string' },
  package: { type: 'string' },
  app: { type: 'string' },
  manifest: { type: 'string' },
  entry: { type: 'string' },
  'dry-run': { type: 'boolean' },
} as const

export const releaseAppHelp = `  --assignments FILE|YAML      the assignment template with rings (required)
  --app-id ID                  the app; or:
  --package FILE               the package it was published from (with --app FILE, its app template); or:
  --manifest FILE --entry NAME the manifest entry it was published from (its files and connection)
  --dry-run                    only print the plan`

export async function readReleaseApp(ctx: CommandContext) {
  const v = ctx.values
  const file = str(v.manifest)
  if (!file && str(v.entry)) throw inputError('entry', 'needs --manifest', 'Give --manifest apps.yaml.')
  const entry = file
    ? await manifestEntry(file, str(v.entry), () => readConnectionFlags(v, ctx.env), ctx.env)
    : undefined
  // What the command line gives wins over the manifest entry's own.
  const assignments = str(v.assignments) ?? entry?.assignments
  if (!assignments)
    throw inputError('assignments', 'required', 'Give --assignments FILE: the template with the rings.')
  return {
    connection: entry?.connection ?? readConnectionFlags(v, ctx.env),
    assignments,
    appId: str(v['app-id']) ?? entry?.appId,
    packagePath: str(v.package) ?? entry?.packagePath,
    appTemplate: str(v.app) ?? entry?.appTemplate,
    dryRun: v['dry-run'] === true,
  }
}

function print(ctx: CommandContext, r: PromoteResult): void {
  if (ctx.json) {
    ctx.out.stdout(`${sanitizeText(JSON.stringify(r))}\n`)
    return
  }
  ctx.logger.info(`${'Status:'.padEnd(17)}${r.status}`)
  ctx.logger.info(`${'App:'.padEnd(17)}${r.displayName} (${r.appId})`)
  ctx.logger.info(`${'Ring:'.padEnd(17)}${r.plan.from ?? '(none)'} -> ${r.plan.to}`)
  if (r.refusal) ctx.logger.info(`${'Not due:'.padEnd(17)}${r.refusal}`)
}

export const promoteCommand: Command = {
  name: 'promote',
  summary: "Move an app to its next ring when the ring's wait and install gate are met",
  help: `${releaseAppHelp}
  --to RING                    the ring to move to (default: the next one)
  --force                      move even if the wait or the gate is not met (recorded in the app's notes)
  --allow-required-to-all      allow "required" to all users/devices without a filter
  --allow-empty-groups         allow assigning to a group with no members
Exit codes: 0 promoted or nothing to do, 3 not due (the plan says which check is not met).

${connectionHelp}`,
  options: {
    ...releaseAppOptions,
    to: { type: 'string' },
    force: { type: 'boolean' },
    'allow-required-to-all': { type: 'boolean' },
    'allow-empty-groups': { type: 'boolean' },
  },
  async run(ctx) {
    const result = await promote(
      {
        ...(await readReleaseApp(ctx)),
        to: str(ctx.values.to),
        force: ctx.values.force === true,
        allowRequiredToAll: ctx.values['allow-required-to-all'] === true,
        allowEmptyGroups: ctx.values['allow-empty-groups'] === true,
      },
      ctx.logger,
      { env: ctx.env },
    )
    print(ctx, result)
    return result.status === 'refused' ? EXIT.notDue : EXIT.ok
  },
}
