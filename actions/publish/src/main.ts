/**
 * The Action: read inputs through @actions/core, run the command through the shared adapter layer and
 * intune-core, then write the outputs and the job summary. Every run writes a summary, failed ones too.
 */
import * as core from '@actions/core'
import { context } from '@actions/github'
import {
  createLogger,
  diagnosedAssertion,
  execute,
  failureLines,
  outputsFor,
  provenanceOf,
  readInputs,
  renderSummary,
  reportFailed,
  reportStatus,
  unknownInputs,
  type RunReport,
} from '@intune-publish/adapter'
import { errorLine, registerSecret, sanitizeText } from '@intune-publish/core'
import { oidcAssertion } from './github-oidc.js'

async function writeSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) {
    core.debug('GITHUB_STEP_SUMMARY is unset: no job summary written')
    return
  }
  try {
    await core.summary.addRaw(sanitizeText(markdown)).write()
  } catch (e) {
    core.warning(`Could not write the job summary: ${e instanceof Error ? e.message : String(e)}`)
  }
}

function finish(report: RunReport): Promise<void> {
  for (const [name, value] of Object.entries(outputsFor(report))) core.setOutput(name, sanitizeText(value))
  if (reportFailed(report)) {
    for (const line of failureLines(report)) core.error(sanitizeText(line), { title: 'intune-publish' })
    core.setFailed(sanitizeText(`intune-publish ${report.command}: ${reportStatus(report)}`))
  }
  // Not due is a normal day for a scheduled promote: the step passes (the core has warned why) and the
  // status output says `refused`.
  return writeSummary(renderSummary(report))
}

const group = <T>(title: string, fn: () => Promise<T>): Promise<T> => core.group(sanitizeText(title), fn)

export async function run(): Promise<void> {
  const startedAt = new Date()
  const masked = new Set<string>()
  // The core hands over each access token on every request that uses it: register each value once.
  const mask = (s: string): void => {
    if (!s || masked.has(s)) return
    masked.add(s)
    core.setSecret(s)
    registerSecret(s)
  }
  let command: RunReport['command'] = 'publish'
  const failed = (error: string, problems?: string[]): RunReport => ({
    command,
    connection: { authKind: '' },
    packages: [],
    error,
    problems,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
  })
  try {
    for (const name of unknownInputs(process.env)) {
      core.warning(`Unknown input '${name}' is ignored; see action.yml for the inputs this action takes`)
    }
    // Inputs are read (and their secrets masked) before anything can log them.
    const read = readInputs(name => core.getInput(name), process.env, mask)
    if (!read.ok) {
      for (const problem of read.problems)
        core.error(sanitizeText(problem), { title: 'intune-publish input' })
      core.setFailed(`intune-publish: ${read.problems.length} input problem(s), each listed above`)
      core.setOutput('status', 'error')
      await writeSummary(renderSummary(failed(`${read.problems.length} input problem(s)`, read.problems)))
      return
    }
    const inputs = read.inputs
    command = inputs.command
    const logger = createLogger({
      info: core.info,
      warning: core.warning,
      debug: core.debug,
      setSecret: mask,
    })
    const diagnosed =
      inputs.authKind === 'oidc'
        ? diagnosedAssertion(
            oidcAssertion(aud => core.getIDToken(aud), inputs.oidcAudience, mask),
            logger,
          )
        : undefined
    if (diagnosed) inputs.connection.clientAssertion = diagnosed.getAssertion
    // A test-environment connection with no secret signs in with the same GitHub token (its own app
    // registration needs a federated credential for this job's subject too).
    const healthy = inputs.publish.requireHealthyIn
    if (healthy && diagnosed && !healthy.clientSecret && !healthy.certificatePem)
      healthy.clientAssertion = diagnosed.getAssertion
    const report = await execute(inputs, logger, provenanceOf(context, process.env), {
      group,
      annotate: m => core.warning(sanitizeText(m), { title: 'intune-publish plan' }),
      ci: 'github',
      presented: diagnosed?.last,
    })
    await finish(report)
  } catch (e) {
    await finish(failed(errorLine(e)))
  }
}
