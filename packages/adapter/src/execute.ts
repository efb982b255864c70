/**
 * Runs the chosen command through the core and records what happened. No CI system in here: the caller
 * passes hooks for its log groups and annotations, and turns the report into outputs and a summary.
 */
import { checkConnection, errorLine, oneLine, publish, type Logger } from '@intune-publish/core'
import { executeMany } from './executeManifest.js'
import { executeRelease } from './executeRelease.js'
import { isReleaseCommand } from './releaseInputs.js'
import type { ActionInputs } from './inputs.js'
import { mismatchLine, type CiSystem, type PresentedClaims } from './oidcDiagnostics.js'
import type { PackageRun, RunReport } from './report.js'

export interface RunHooks {
  /** Folds one package's log into a collapsible group (GitHub ::group::, Azure DevOps ##[group]). */
  group?: <T>(title: string, fn: () => Promise<T>) => Promise<T>
  /** An annotation for a plan warning (core.warning, a task warning); each text once per run. */
  annotate?: (message: string) => void
  /** Which CI the run is in: names the fix for a federated-credential mismatch. */
  ci?: CiSystem
  /** The claims of the last federated token presented, for a mismatch error. */
  presented?: () => PresentedClaims | undefined
  /** The shape of split-manifest's `matrix` (default github). */
  matrixFormat?: 'github' | 'azure-devops'
  /** The environment a manifest's named connections are read from (default process.env). */
  env?: Record<string, string | undefined>
}

const plain = <T>(_title: string, fn: () => Promise<T>): Promise<T> => fn()

export async function execute(
  inputs: ActionInputs,
  logger: Logger,
  provenance: Record<string, string>,
  hooks: RunHooks = {},
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
  const signInFailed = (error: string): RunReport => {
    report.error = error
    const hint = mismatchLine(error, hooks.presented?.(), hooks.ci ?? 'generic')
    if (hint) report.hint = hint
    return done()
  }
  const many =
    inputs.command === 'split-manifest' ||
    inputs.manifest ||
    (!inputs.publish.source && inputs.packages.length > 1)
  if (many) {
    try {
      await executeMany(
        inputs,
        logger,
        provenance,
        report,
        hooks.env ?? process.env,
        hooks.matrixFormat ?? 'github',
        hooks.group,
      )
    } catch (e) {
      report.error = errorLine(e)
      return done()
    }
    if (report.check?.status === 'Error') return signInFailed(report.check.error ?? 'Sign-in failed')
    annotateWarnings(report, hooks, logger)
    return done()
  }
  try {
    // Check first for every command: it names the app registration for the summary and turns a sign-in
    // failure into one clear line before any package is read.
    report.check = await checkConnection(c, logger)
    logger.info(`Connection ${c.settingName ?? ''}: ${report.check.status}`.replace('  ', ' '))
    if (report.check.status === 'Error') return signInFailed(report.check.error ?? 'Sign-in failed')
    if (inputs.command === 'check-connection') return done()
  } catch (e) {
    return signInFailed(errorLine(e))
  }
  if (isReleaseCommand(inputs.command)) {
    await executeRelease(inputs.command, inputs, logger, report, hooks.env ?? process.env)
    return done()
  }
  const group = hooks.group ?? plain
  const targets = inputs.publish.source ? [inputs.publish.source.dir] : inputs.packages
  for (const target of targets) {
    const run: PackageRun = { package: target }
    report.packages.push(run)
    await group(`intune-publish ${inputs.command}: ${target}`, async () => {
      try {
        run.result = await publish(
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
          `${oneLine(r.displayName)}: ${r.status}${r.appId ? ` (app ${r.appId}` : ''}${r.contentVersion ? `, content version ${r.contentVersion}` : ''}${r.appId ? ')' : ''}`,
        )
      } catch (e) {
        run.error = errorLine(e)
      }
    })
  }
  annotateWarnings(report, hooks, logger)
  return done()
}

/** Each plan warning once per run, as an annotation. */
function annotateWarnings(report: RunReport, hooks: RunHooks, logger: Logger): void {
  const annotated = new Set<string>()
  for (const run of report.packages) {
    for (const w of run.result?.plan.warnings ?? []) {
      const line = `${oneLine(run.result?.displayName ?? '')}: ${w}`
      if (annotated.has(line)) continue
      annotated.add(line)
      if (hooks.annotate) hooks.annotate(line)
      else logger.warn(line)
    }
  }
}
