/**
 * The Action: read inputs through @actions/core, run the command through intune-core, then write the
 * outputs and the job summary. Every run writes a summary, failed ones included.
 */
import * as actions from '@actions/core'
import { context } from '@actions/github'
import { loadCore, type CoreOps } from './core.js'
import { execute } from './execute.js'
import { readInputs, unknownInputs } from './inputs.js'
import { createLogger } from './logger.js'
import { oidcAssertion } from './oidc.js'
import { provenanceOf } from './provenance.js'
import { failureLines, outputsFor, reportFailed, reportStatus, type RunReport } from './report.js'
import { renderSummary } from './summary.js'

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    actions.debug('GITHUB_STEP_SUMMARY is unset: no job summary written')
    return
  }
  try {
    await actions.summary.addRaw(markdown).write()
  } catch (e) {
    actions.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function finish(core: CoreOps, report: RunReport): Promise<void> {
  const clean = (s: string): string => core.sanitizeText(s)
  for (const [name, value] of Object.entries(outputsFor(report))) actions.setOutput(name, clean(value))
  if (reportFailed(report)) {
    for (const line of failureLines(report)) actions.error(clean(line), { title: 'intune-publish' })
    actions.setFailed(clean(`intune-publish ${report.command}: ${reportStatus(report)}`))
  }
  return writeSummary(clean(renderSummary(report, core.renderPlanMarkdown)))
}

export async function run(): Promise<void> {
  const startedAt = new Date()
  let core: CoreOps | undefined
  const secrets: string[] = []
  // The core hands over each access token on every request that uses it: register each value once.
  const mask = (s: string): void => {
    if (!s || secrets.includes(s)) return
    actions.setSecret(s)
    secrets.push(s)
    core?.registerSecret(s)
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
      actions.warning(`Unknown input '${name}' is ignored; see action.yml for the inputs this action takes`)
    }
    // Inputs are read (and their secrets masked) before the core loads and can log anything.
    const read = readInputs(name => actions.getInput(name), process.env, mask)
    core = await loadCore()
    for (const s of secrets) core.registerSecret(s)
    if (!read.ok) {
      const clean = core.sanitizeText
      for (const problem of read.problems) actions.error(clean(problem), { title: 'intune-publish input' })
      actions.setFailed(`intune-publish: ${read.problems.length} input problem(s), each listed above`)
      actions.setOutput('status', 'error')
      const error = `${read.problems.length} input problem(s): ${read.problems.join('; ')}`
      await writeSummary(clean(renderSummary(failed(command, error), core.renderPlanMarkdown)))
      return
    }
    const inputs = read.inputs
    command = inputs.command
    if (inputs.authKind === 'oidc') {
      inputs.connection.clientAssertion = oidcAssertion(
        aud => actions.getIDToken(aud),
        inputs.oidcAudience,
        mask,
      )
    }
    // Every line through the core's sanitizer: no secret, and no runner command from package text.
    const clean = core.sanitizeText
    const logger = createLogger({
      info: m => actions.info(clean(m)),
      warning: m => actions.warning(clean(m)),
      debug: m => actions.debug(clean(m)),
      setSecret: mask,
    })
    const report = await execute(core, inputs, logger, provenanceOf(context, process.env))
    await finish(core, report)
  } catch (e) {
    if (!core) {
      // The core did not load: its sanitizer is missing, so blank the secrets read so far by hand.
      const line = secrets.reduce(
        (t, s) => t.split(s).join('***'),
        e instanceof Error ? e.message : String(e),
      )
      actions.setFailed(`intune-publish: ${line}`)
      return
    }
    await finish(core, failed(command, core.errorLine(e)))
  }
}
