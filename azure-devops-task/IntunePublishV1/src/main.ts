/**
 * The Azure DevOps task: read inputs and the service connection, run the command through the shared
 * adapter layer and intune-core, then set output variables and attach a markdown summary to the run.
 */
import { inputVariables } from './env-snapshot.js'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import * as tl from 'azure-pipelines-task-lib/task'
import {
  createLogger,
  diagnosedAssertion,
  execute,
  failureLines,
  notDueLine,
  outputsFor,
  pipelineProvenance,
  renderSummary,
  reportFailed,
  reportStatus,
  type RunReport,
} from '@intune-publish/adapter'
import { createHttpClient, errorLine, registerSecret, sanitizeText } from '@intune-publish/core'
import { agentNetwork } from './agent-network.js'
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
  'has-changes': 'hasChanges',
  matrix: 'matrix',
}

/**
 * The run's summary tab takes its title from the file name, so the file is named for what it shows
 * ("Intune publish.md"), in a folder of its own so two steps of a job don't overwrite each other.
 */
function attachSummary(markdown: string, command: string): void {
  const dir = tl.getVariable('Agent.TempDirectory')
  if (!dir) {
    tl.debug('Agent.TempDirectory is unset: no summary attached')
    return
  }
  const folder = path.join(dir, `intune-publish-${process.pid}-${Date.now()}`)
  mkdirSync(folder, { recursive: true })
  const title = {
    publish: 'Intune publish',
    plan: 'Intune plan',
    'check-connection': 'Intune connection',
    promote: 'Intune promote',
    rollback: 'Intune rollback',
  }
  const file = path.join(folder, `${title[command as keyof typeof title] ?? 'Intune publish'}.md`)
  writeFileSync(file, sanitizeText(markdown))
  tl.uploadSummary(file)
}

function finish(report: RunReport): void {
  for (const [name, value] of Object.entries(outputsFor(report))) {
    tl.setVariable(OUTPUT_NAMES[name] ?? name, sanitizeText(value), false, true)
  }
  attachSummary(renderSummary(report), report.command)
  const status = reportStatus(report)
  // Not due is a normal day for a scheduled promote: the task succeeds with issues (the core has warned
  // why) and the status variable says `refused`.
  if (notDueLine(report)) {
    tl.setResult(tl.TaskResult.SucceededWithIssues, `intune-publish promote: ${status}`)
    return
  }
  if (!reportFailed(report)) {
    tl.setResult(tl.TaskResult.Succeeded, `intune-publish ${report.command}: ${status}`)
    return
  }
  for (const line of failureLines(report)) tl.error(sanitizeText(line))
  tl.setResult(tl.TaskResult.Failed, `intune-publish ${report.command}: ${status}`)
}

/** Azure Pipelines' collapsible log section. */
async function group<T>(title: string, fn: () => Promise<T>): Promise<T> {
  console.log(`##[group]${sanitizeText(title).replace(/[\r\n]+/g, ' ')}`)
  try {
    return await fn()
  } finally {
    console.log('##[endgroup]')
  }
}

export async function run(): Promise<void> {
  const startedAt = new Date()
  const masked = new Set<string>()
  // The core hands over each access token on every request that uses it: register each value once.
  const mask = (s: string): void => {
    if (!s || masked.has(s)) return
    masked.add(s)
    tl.setSecret(s)
    registerSecret(s)
  }
  const failure = (error: string, problems?: string[]): RunReport => ({
    command: 'publish',
    connection: { authKind: '' },
    packages: [],
    error,
    problems,
    startedAt,
    durationMs: Date.now() - startedAt.getTime(),
  })
  try {
    for (const name of unknownTaskInputs(inputVariables)) {
      tl.warning(`Unknown input '${name}' is ignored; see the task's inputs in task.json`)
    }
    const { read, endpoint, healthyIn } = readTaskInputs(mask)
    if (!read.ok) {
      for (const line of read.problems) tl.error(sanitizeText(line))
      tl.setVariable('status', 'error', false, true)
      attachSummary(
        renderSummary(failure(`${read.problems.length} input problem(s)`, read.problems)),
        'publish',
      )
      tl.setResult(
        tl.TaskResult.Failed,
        `intune-publish: ${read.problems.length} input problem(s), each listed above`,
      )
      return
    }
    const inputs = read.inputs
    const net = agentNetwork(mask)
    if (net.proxy) console.log(`Using the agent's proxy ${net.proxy}`)
    // The agent's proxy (now in process.env) and CA reach the core's one dispatcher.
    if (net.caPem) inputs.connection.caPem = [inputs.connection.caPem, net.caPem].filter(Boolean).join('\n')
    const logger = createLogger({
      info: m => console.log(m),
      warning: m => tl.warning(m),
      debug: m => tl.debug(m),
      setSecret: mask,
    })
    const progress = logger.progress
    logger.progress = e => {
      if (e.total > 0) tl.setProgress(Math.floor((100 * e.done) / e.total), e.phase)
      progress(e)
    }
    let diagnosed: ReturnType<typeof diagnosedAssertion> | undefined
    if (inputs.authKind === 'oidc' && endpoint) {
      const http = createHttpClient({ caPem: inputs.connection.caPem })
      diagnosed = diagnosedAssertion(wifAssertion(endpoint.id, mask, http), logger)
      inputs.connection.clientAssertion = diagnosed.getAssertion
    }
    const healthy = inputs.publish.requireHealthyIn
    if (healthy && healthyIn?.scheme === 'WorkloadIdentityFederation') {
      const http = createHttpClient({ caPem: inputs.connection.caPem })
      healthy.clientAssertion = wifAssertion(healthyIn.id, mask, http)
    }
    if (healthy && net.caPem) healthy.caPem = [healthy.caPem, net.caPem].filter(Boolean).join('\n')
    const provenance = pipelineProvenance(name => tl.getVariable(name) ?? '')
    finish(
      await execute(inputs, logger, provenance, {
        group,
        annotate: m => tl.warning(sanitizeText(m)),
        ci: 'azure-devops',
        presented: diagnosed?.last,
        matrixFormat: 'azure-devops',
      }),
    )
  } catch (e) {
    finish(failure(errorLine(e)))
  }
}
