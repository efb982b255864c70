/**
 * The Action: read inputs through @actions/core, run the command through intune-core, then write the
 * outputs and the job summary. Every run writes a summary, failed ones included.
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import { asCoreApi, sanitizerOf, type CoreApi } from './core-api.js'
import { execute } from './execute.js'
import { readInputs, unknownInputs } from './inputs.js'
import { createLogger } from './logger.js'
import { oidcAssertion } from './oidc.js'
import { provenanceOf } from './provenance.js'
import { outputsFor, reportFailed, reportStatus, type RunReport } from './report.js'
import { renderSummary } from './summary.js'
import { planToMarkdown } from './plan-markdown.js'

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is unset: no job summary written')
    return
  }
  try {
    await core.summary.addRaw(markdown).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function finish(api: CoreApi | undefined, report: RunReport): Promise<void> {
  const clean = (s: string): string => (api ? api.sanitizeText(s) : s)
  for (const [name, value] of Object.entries(outputsFor(report))) core.setOutput(name, clean(value))
  const renderPlan = (plan: unknown): string => (api?.renderPlanMarkdown ?? planToMarkdown)(plan)
  const status = reportStatus(report)
  if (reportFailed(report)) {
    const lines = [report.error, ...report.packages.map(p => p.error && `${p.package}: ${p.error}`)]
    if (status === 'not-finished' && report.check) {
      lines.push(
        `Not finished: missing ${report.check.permissionsMissing.join(', ')}; grant admin consent at ${report.check.consentUrl ?? 'the app registration'}`,
      )
    }
    for (const line of lines.filter((l): l is string => !!l)) core.error(clean(line))
    core.setFailed(clean(`intune-publish ${report.command}: ${status}`))
  }
  return writeSummary(clean(renderSummary(report, renderPlan)))
}

export async function run(): Promise<void> {
  const startedAt = new Date()
  let api: CoreApi | undefined
  const secrets: string[] = []
  const mask = (s: string): void => {
    if (!s) return
    core.setSecret(s)
    secrets.push(s)
    api?.registerSecret(s)
  }
  const failed = (command: RunReport['command'], error: string): RunReport => ({
    command,
    connection: { authKind: '' },
    packages: [],
    error,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
  })
  let command: RunReport['command'] = 'publish'
  try {
    for (const name of unknownInputs(process.env)) {
      core.warning(`Unknown input '${name}' is ignored; see action.yml for the inputs this action takes`)
    }
    // Inputs are validated before the core loads, so bad input is reported even from a broken bundle.
    const read = readInputs(name => core.getInput(name), process.env, mask)
    const mod: unknown = await import('@intune-publish/core')
    if (!read.ok) {
      const clean = sanitizerOf(mod, secrets)
      for (const problem of read.problems) core.error(clean(problem), { title: 'intune-publish input' })
      core.setFailed(`intune-publish: ${read.problems.length} input problem(s), each listed above`)
      core.setOutput('status', 'error')
      const error = `${read.problems.length} input problem(s): ${read.problems.join('; ')}`
      await writeSummary(clean(renderSummary(failed(command, error))))
      return
    }
    api = asCoreApi(mod, read.inputs.command !== 'check-connection')
    for (const s of secrets) api.registerSecret(s)
    const inputs = read.inputs
    command = inputs.command
    if (inputs.authKind === 'oidc') {
      inputs.connection.clientAssertion = oidcAssertion(
        aud => core.getIDToken(aud),
        inputs.oidcAudience,
        mask,
      )
    }
    const logger = createLogger({
      info: core.info,
      warning: core.warning,
      debug: core.debug,
      setSecret: mask,
    })
    const provenance = provenanceOf(context, process.env)
    const report = await execute(api, inputs, logger, provenance)
    await finish(api, report)
  } catch (e) {
    const line = api ? api.errorLine(e) : e instanceof Error ? e.message : String(e)
    await finish(api, failed(command, line))
  }
}
