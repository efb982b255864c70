/**
 * The Azure DevOps task: read inputs and the service connection, run the command through intune-core,
 * then set output variables and attach a markdown summary to the run.
 */
import { inputVariables } from './env-snapshot.js'
import { writeFileSync } from 'node:fs'
import path from 'node:path'
import * as tl from 'azure-pipelines-task-lib/task'
import * as core from '@intune-publish/core'
import { execute } from '../../../actions/publish/src/execute.js'
import { createLogger } from '../../../actions/publish/src/logger.js'
import {
  failureLines,
  outputsFor,
  reportFailed,
  reportStatus,
  type RunReport,
} from '../../../actions/publish/src/report.js'
import { renderSummary } from '../../../actions/publish/src/summary.js'
import { readTaskInputs, unknownTaskInputs } from './inputs.js'
import { wifAssertion } from './wif.js'

/** Output variable names, camelCase as pipelines reference them. */
const OUTPUT_NAMES: Record<string, string> = {
  'app-id': 'appId',
  'content-version': 'contentVersion',
  status: 'status',
  plan: 'plan',
  'app-url': 'appUrl',
  results: 'results',
}

function attachSummary(markdown: string): void {
  const dir = tl.getVariable('Agent.TempDirectory')
  if (!dir) {
    tl.debug('Agent.TempDirectory is unset: no summary attached')
    return
  }
  const file = path.join(dir, `intune-publish-summary-${Date.now()}.md`)
  writeFileSync(file, core.sanitizeText(markdown))
  tl.uploadSummary(file)
}

function finish(report: RunReport): void {
  for (const [name, value] of Object.entries(outputsFor(report))) {
    tl.setVariable(OUTPUT_NAMES[name], core.sanitizeText(value), false, true)
  }
  attachSummary(renderSummary(report, core.renderPlanMarkdown))
  const status = reportStatus(report)
  if (!reportFailed(report)) {
    tl.setResult(tl.TaskResult.Succeeded, `intune-publish ${report.command}: ${status}`)
    return
  }
  for (const line of failureLines(report)) tl.error(core.sanitizeText(line))
  tl.setResult(tl.TaskResult.Failed, `intune-publish ${report.command}: ${status}`)
}

export async function run(): Promise<void> {
  const startedAt = new Date()
  const masked = new Set<string>()
  // The core hands over each access token on every request that uses it: register each value once.
  const mask = (s: string): void => {
    if (!s || masked.has(s)) return
    masked.add(s)
    tl.setSecret(s)
    core.registerSecret(s)
  }
  const failure = (error: string): RunReport => ({
    command: 'publish',
    connection: { authKind: '' },
    packages: [],
    error,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
  })
  try {
    for (const name of unknownTaskInputs(inputVariables)) {
      tl.warning(`Unknown input '${name}' is ignored; see the task's inputs in task.json`)
    }
    const { read, endpoint } = readTaskInputs(mask)
    if (!read.ok) {
      for (const line of read.problems) tl.error(core.sanitizeText(line))
      tl.setVariable('status', 'error', false, true)
      attachSummary(
        renderSummary(
          failure(`${read.problems.length} input problem(s): ${read.problems.join('; ')}`),
          core.renderPlanMarkdown,
        ),
      )
      tl.setResult(
        tl.TaskResult.Failed,
        `intune-publish: ${read.problems.length} input problem(s), each listed above`,
      )
      return
    }
    const inputs = read.inputs
    if (inputs.authKind === 'oidc' && endpoint)
      inputs.connection.clientAssertion = wifAssertion(endpoint.id, mask)
    // Every line through the core's sanitizer: no secret, and no ##vso[ command from package text.
    const logger = createLogger({
      info: m => console.log(core.sanitizeText(m)),
      warning: m => tl.warning(core.sanitizeText(m)),
      debug: m => tl.debug(core.sanitizeText(m)),
      setSecret: mask,
    })
    const progress = logger.progress
    logger.progress = e => {
      if (e.total > 0) tl.setProgress(Math.floor((100 * e.done) / e.total), e.phase)
      progress(e)
    }
    finish(await execute(core, inputs, logger, provenance()))
  } catch (e) {
    finish(failure(core.errorLine(e)))
  }
}

/** The pipeline run's facts for the app's notes. */
function provenance(): Record<string, string> {
  const v = (name: string): string => tl.getVariable(name) ?? ''
  const out: Record<string, string> = {}
  if (v('Build.Repository.Name')) out.repository = v('Build.Repository.Name')
  if (v('Build.SourceVersion')) out.commit = v('Build.SourceVersion')
  if (v('Build.DefinitionName')) out.workflow = v('Build.DefinitionName')
  const collection = v('System.CollectionUri')
  if (collection && v('System.TeamProject') && v('Build.BuildId')) {
    out.runUrl = `${collection.replace(/\/?$/, '/')}${encodeURIComponent(v('System.TeamProject'))}/_build/results?buildId=${v('Build.BuildId')}`
  }
  return out
}
