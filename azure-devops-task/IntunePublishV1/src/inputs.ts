/**
 * Maps the task's inputs and its service connection onto the shared adapter's input reader, so both
 * adapters validate the same way; problem lines are renamed to the task's input names.
 *
 * The agent sets every declared input before the task starts (its default or ''), and turns an empty
 * filePath input into the sources folder (azure-pipelines-agent TaskRunner.cs, TranslateFilePathInput).
 * Both are undone here, so that only what the pipeline author wrote counts as set.
 */
import * as tl from 'azure-pipelines-task-lib/task'
import type { ConnectionInput } from '@intune-publish/core'
import { readInputs, type ReadResult } from '@intune-publish/adapter'
import { readEndpoint, type IntuneEndpoint } from './endpoint.js'
import { wifProblem } from './wif.js'
import { FILE_PATH_INPUTS, HEALTHY_IN_INPUT, TASK_INPUTS, UNSET_CHOICES } from './task-inputs.js'

export { TASK_INPUTS }

const KNOWN = new Set(
  ['connection', HEALTHY_IN_INPUT, ...Object.values(TASK_INPUTS)].map(n => `INPUT_${n.toUpperCase()}`),
)

/** Names of INPUT_* variables that task.json does not declare. */
export function unknownTaskInputs(vars: readonly string[]): string[] {
  return vars.filter(v => !KNOWN.has(v.toUpperCase())).map(v => v.slice('INPUT_'.length))
}

/** The connection's fields, named as the problem lines should show them. */
const FROM_ENDPOINT: Record<string, keyof IntuneEndpoint> = {
  'client-id': 'clientId',
  'client-secret': 'clientSecret',
  'auth-url': 'authUrl',
  'tenant-id': 'tenantId',
}

/** A task input as the author wrote it: '' for an unset filePath (the agent's sources folder) or choice. */
function taskInput(name: string): string {
  if (FILE_PATH_INPUTS.has(name)) return tl.filePathSupplied(name) ? (tl.getPathInput(name) ?? '') : ''
  const value = (tl.getInput(name, false) ?? '').trim()
  return UNSET_CHOICES[name] === value ? '' : value
}

/** A service connection as the core's connection (a federated one gets its assertion in main). */
function asConnection(e: IntuneEndpoint, allowCustomEndpoints: boolean | undefined): ConnectionInput {
  return {
    settingName: e.settingName ?? `service connection ${e.id}`,
    clientId: e.clientId,
    clientSecret: e.clientSecret,
    authUrl: e.authUrl,
    tenantId: e.tenantId,
    graphUrl: e.graphUrl,
    cloud: e.cloud,
    allowCustomEndpoints,
  }
}

/**
 * requireHealthyIn names a second service connection: the environment (test) the build must already be
 * healthy in. It is read like the main one, secrets masked at once.
 */
function readHealthyIn(
  read: ReadResult,
  mask: (s: string) => void,
): { read: ReadResult; healthyIn?: IntuneEndpoint } {
  const id = tl.getInput(HEALTHY_IN_INPUT, false) ?? ''
  if (!id || !read.ok) return { read }
  const command = read.inputs.command
  if (command !== 'publish' && command !== 'plan')
    return { read: { ok: false, problems: [`${HEALTHY_IN_INPUT}: only applies to publish (and plan)`] } }
  try {
    const healthyIn = readEndpoint(id, mask)
    read.inputs.publish.requireHealthyIn = asConnection(
      healthyIn,
      read.inputs.connection.allowCustomEndpoints,
    )
    return { read, healthyIn }
  } catch (e) {
    const line = e instanceof Error ? e.message : String(e)
    return { read: { ok: false, problems: [line.replace(/^connection:/, `${HEALTHY_IN_INPUT}:`)] } }
  }
}

export function readTaskInputs(mask: (s: string) => void): {
  read: ReadResult
  endpoint?: IntuneEndpoint
  healthyIn?: IntuneEndpoint
} {
  const connectionId = tl.getInput('connection', false) ?? ''
  let endpoint: IntuneEndpoint | undefined
  const early: string[] = []
  if (!connectionId) early.push('connection: is missing; pick a Microsoft Intune service connection')
  else {
    try {
      endpoint = readEndpoint(connectionId, mask)
    } catch (e) {
      early.push(e instanceof Error ? e.message : String(e))
    }
  }
  const get = (name: string): string => {
    if (name in FROM_ENDPOINT) return (endpoint?.[FROM_ENDPOINT[name]] as string | undefined) ?? ''
    if (name === 'use-oidc') return endpoint?.scheme === 'WorkloadIdentityFederation' ? 'true' : ''
    if (name === 'graph-url') return taskInput('graphUrl') || endpoint?.graphUrl || ''
    if (name === 'cloud') return endpoint?.cloud ?? ''
    if (name === 'setting-name')
      return taskInput('settingName') || endpoint?.settingName || `service connection ${connectionId}`
    const taskName = TASK_INPUTS[name]
    return taskName ? taskInput(taskName) : ''
  }
  const baseDir = tl.getVariable('System.DefaultWorkingDirectory') || process.cwd()
  const read = readInputs(get, process.env, mask, { baseDir, oidcCheck: () => wifProblem() })
  if (!endpoint && !read.ok) {
    // Without an endpoint every connection field reads as missing: report the one real cause.
    const rest = read.problems.filter(l => !/^(client-id|client-secret|auth-url|tenant-id):/.test(l))
    return { read: { ok: false, problems: [...early, ...rest.map(rename)] } }
  }
  if (early.length)
    return { read: { ok: false, problems: [...early, ...(read.ok ? [] : read.problems.map(rename))] } }
  if (!read.ok) return { read: { ok: false, problems: read.problems.map(rename) }, endpoint }
  return { ...readHealthyIn(read, mask), endpoint }
}

/** `client-id: ...` -> `connection (clientId): ...`; `block-size-mib: ...` -> `blockSizeMiB: ...`. */
function rename(line: string): string {
  const i = line.indexOf(':')
  const name = line.slice(0, i)
  if (name in FROM_ENDPOINT) return `connection (${FROM_ENDPOINT[name]})${line.slice(i)}`
  if (name === 'use-oidc') return `connection (workload identity federation)${line.slice(i)}`
  return name in TASK_INPUTS ? `${TASK_INPUTS[name]}${line.slice(i)}` : line
}
