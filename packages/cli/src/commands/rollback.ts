/** `intune-publish rollback`: move a new-app-per-version release back to its previous retained version. */
import { type RollbackResult, rollback, sanitizeText } from '@intune-publish/core'
import { connectionHelp } from '../connectionFlags'
import { EXIT } from '../exitCodes'
import { readReleaseApp, releaseAppOptions } from './promote'
import type { Command, CommandContext } from './types'

function print(ctx: CommandContext, r: RollbackResult): void {
  if (ctx.json) {
    ctx.out.stdout(`${sanitizeText(JSON.stringify(r))}\n`)
    return
  }
  ctx.logger.info(`${'Status:'.padEnd(17)}${r.status}`)
  ctx.logger.info(`${'Release:'.padEnd(17)}${r.plan.release}: ${r.plan.from.name} -> ${r.plan.to.name}`)
  ctx.logger.info(`${'Link:'.padEnd(17)}${r.appUrl}`)
}

export const rollbackCommand: Command = {
  name: 'rollback',
  summary: 'Move a release back to its previous version (strategy new-app-per-version)',
  help: `  --assignments FILE|YAML      the assignment template (strategy: new-app-per-version) (required)
  --app-id ID                  the version to roll back; or --app FILE (its app template names the release)
  --manifest FILE --entry NAME the manifest entry the release was published from
  --dry-run                    only print the plan
With strategy update there is nothing to roll back to: Intune serves one committed content version per
app, and making an older one current again is not documented. Publish the previous build again instead.

${connectionHelp}`,
  options: releaseAppOptions,
  async run(ctx) {
    const { connection, assignments, appId, appTemplate, dryRun } = await readReleaseApp(ctx)
    const result = await rollback({ connection, assignments, appId, appTemplate, dryRun }, ctx.logger, {
      env: ctx.env,
    })
    print(ctx, result)
    return EXIT.ok
  },
}
