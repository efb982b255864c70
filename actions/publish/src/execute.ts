/**
 * Runs the chosen command through the core and records what happened. No CI system in here: the caller
 * turns the report into log lines, outputs and a summary.
 */
import type { CoreOps, Logger } from './core.js'
import type { ActionInputs } from './inputs.js'
import type { PackageRun, RunReport } from './report.js'

export async function execute(
  core: CoreOps,
  inputs: ActionInputs,
  logger: Logger,
  provenance: Record<string, string>,
): Promise<RunReport> {
  const startedAt = new Date()
  const c = inputs.connection
  const report: RunReport = {
    command: inputs.command,
    connection: {
      settingName: c.settingName,
      tenantId: c.tenantId,
      clientId: c.clientId,
      cloud: c.cloud,
      authKind: inputs.authKind,
    },
    packages: [],
    startedAt,
    durationMs: 0,
  }
  const done = (): RunReport => ({ ...report, durationMs: Date.now() - startedAt.getTime() })
  try {
    // Check first for every command: it names the app registration for the summary and turns a sign-in
    // failure into one clear line before any package is read.
    report.check = await core.checkConnection(c, logger)
    logger.info(`Connection ${c.settingName ?? ''}: ${report.check.status}`.replace('  ', ' '))
    if (inputs.command === 'check-connection' || report.check.status === 'Error') {
      if (report.check.status === 'Error') report.error = report.check.error ?? 'Sign-in failed'
      return done()
    }
  } catch (e) {
    report.error = core.errorLine(e)
    return done()
  }
  const targets = inputs.publish.source ? [inputs.publish.source.dir] : inputs.packages
  for (const target of targets) {
    const run: PackageRun = { package: target }
    report.packages.push(run)
    try {
      run.result = await core.publish(
        {
          ...inputs.publish,
          connection: c,
          packagePath: inputs.publish.source ? undefined : target,
          provenance,
        },
        logger,
        { allowExpiredProvisioningProfile: inputs.allowExpiredProvisioningProfile },
      )
      const r = run.result
      logger.info(
        `${core.oneLine(r.displayName)}: ${r.status}${r.appId ? ` (app ${r.appId}` : ''}${r.contentVersion ? `, content version ${r.contentVersion}` : ''}${r.appId ? ')' : ''}`,
      )
    } catch (e) {
      run.error = core.errorLine(e)
    }
  }
  return done()
}
