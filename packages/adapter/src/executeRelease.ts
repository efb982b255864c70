/**
 * promote and rollback through the core: one app, found by app-id or by the package it came from. The
 * plan is logged before anything is written; a dry run stops there.
 */
import { errorLine, oneLine, promote, rollback, type Logger } from '@intune-publish/core'
import type { ActionInputs } from './inputs.js'
import type { ReleaseCommand } from './releaseInputs.js'
import type { RunReport } from './report.js'

export async function executeRelease(
  command: ReleaseCommand,
  inputs: ActionInputs,
  logger: Logger,
  report: RunReport,
  env: Record<string, string | undefined>,
): Promise<void> {
  const p = inputs.publish
  const common = {
    connection: inputs.connection,
    assignments: p.assignments ?? '',
    appId: p.appId,
    appTemplate: p.appTemplate,
    dryRun: p.dryRun,
  }
  try {
    if (command === 'promote') {
      const r = await promote(
        {
          ...common,
          packagePath: inputs.packages[0],
          to: p.ring,
          force: inputs.force,
          allowRequiredToAll: p.allowRequiredToAll,
          allowEmptyGroups: p.allowEmptyGroups,
        },
        logger,
        { env },
      )
      report.promote = r
      logger.info(`${oneLine(r.displayName)}: ${r.status} (${r.plan.from ?? 'no ring'} -> ${r.plan.to})`)
    } else {
      const r = await rollback(common, logger, { env })
      report.rollback = r
      logger.info(
        `${oneLine(r.plan.release)}: ${r.status} (${oneLine(r.plan.from.name)} -> ${oneLine(r.plan.to.name)})`,
      )
    }
  } catch (e) {
    report.error = errorLine(e)
  }
}
