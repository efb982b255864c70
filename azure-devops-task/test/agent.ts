/**
 * Starts the task from the built .vsix as the Azure DevOps agent does (azure-pipelines-agent 42bde98):
 * - src/Agent.Worker/TaskRunner.cs LoadDefaultInputs: every input task.json declares is set, to its
 *   defaultValue or '' (trimmed), then the step's inputs are merged over them;
 * - TaskRunner.cs TranslateFilePathInput: a filePath input that is empty or relative becomes a path
 *   under the sources folder (the build job extension's GetRootedPath), so '' arrives as the repo root;
 * - src/Agent.Worker/Handlers/Handler.cs: INPUT_<NAME> (dots and spaces as '_', upper-cased), and each
 *   endpoint by id as ENDPOINT_URL_<id>, ENDPOINT_AUTH_<id> (JSON), ENDPOINT_AUTH_SCHEME_<id>,
 *   ENDPOINT_AUTH_PARAMETER_<id>_<KEY>, ENDPOINT_DATA_<id> and ENDPOINT_DATA_<id>_<KEY>; the job's own
 *   SYSTEMVSSCONNECTION likewise, which carries the access token the OIDC request needs;
 * - the node handler runs execution.Node24.target from the task folder with the working directory set
 *   to System.DefaultWorkingDirectory.
 */
import { execFileSync } from 'node:child_process'
import {
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
} from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'
import * as yauzl from 'yauzl'
import { runBundle, type BundleRun } from '../../packages/adapter/src/test-support/run-bundle'

const ROOT = path.resolve(__dirname, '../..')

interface TaskJson {
  inputs: { name: string; type: string; defaultValue?: string }[]
  execution: Record<string, { target: string }>
}

export interface AgentEndpoint {
  id: string
  url: string
  scheme: string
  parameters: Record<string, string>
  data?: Record<string, string>
}

export interface AgentStep {
  inputs: Record<string, string>
  endpoints: AgentEndpoint[]
  /** The checked-out repository: Build.SourcesDirectory and System.DefaultWorkingDirectory. */
  sourcesDir: string
  /** Pipeline variables as the agent exports them (NAME_WITH_UNDERSCORES). */
  variables?: Record<string, string>
}

export const VSIX_DIR = path.join(ROOT, 'azure-devops-task/out')
const TASK_BUNDLE = path.join(ROOT, 'azure-devops-task/IntunePublishV1/dist/index.js')
const TASK_JSON = path.join(ROOT, 'azure-devops-task/IntunePublishV1/task.json')

/** The entries of a zip (the .vsix) under `prefix`, written below `to`. */
function unzip(file: string, prefix: string, to: string): Promise<void> {
  return new Promise((resolve, reject) => {
    yauzl.open(file, { lazyEntries: true }, (err, zip) => {
      if (err || !zip) return reject(err ?? new Error('cannot open zip'))
      zip.on('error', reject)
      zip.on('end', () => resolve())
      zip.on('entry', (entry: yauzl.Entry) => {
        const dest = path.join(to, entry.fileName)
        if (!entry.fileName.startsWith(prefix) || entry.fileName.endsWith('/')) return zip.readEntry()
        if (!dest.startsWith(to + path.sep)) return reject(new Error(`zip entry escapes: ${entry.fileName}`))
        mkdirSync(path.dirname(dest), { recursive: true })
        zip.openReadStream(entry, (e, stream) => {
          if (e || !stream) return reject(e ?? new Error('no stream'))
          pipeline(stream, createWriteStream(dest)).then(() => zip.readEntry(), reject)
        })
      })
      zip.readEntry()
    })
  })
}

/**
 * The .vsix in azure-devops-task/out unpacked whole; returns its task folder (what the agent downloads).
 * The extension's manifest and overview sit one level up.
 */
export async function unpackVsix(): Promise<string> {
  const list = (): string[] =>
    existsSync(VSIX_DIR) ? readdirSync(VSIX_DIR).filter(f => f.endsWith('.vsix')) : []
  const built = Math.max(...[TASK_BUNDLE, TASK_JSON].map(f => statSync(f).mtimeMs))
  if (!list().some(f => statSync(path.join(VSIX_DIR, f)).mtimeMs >= built)) {
    // npm test builds it before jest; a lone jest run packs the bundle it just built.
    execFileSync(process.execPath, [path.join(ROOT, 'scripts/build-vsix.mjs'), '--no-bundle'], {
      stdio: 'pipe',
    })
  }
  const vsix = list()
  if (!vsix.length) throw new Error('no .vsix in azure-devops-task/out: run node scripts/build-vsix.mjs')
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-agent-tasks-'))
  await unzip(path.join(VSIX_DIR, vsix.sort().at(-1) as string), '', dir)
  return path.join(dir, 'IntunePublishV1')
}

const envName = (s: string): string => s.replace(/[. ]/g, '_').toUpperCase()

function translateFilePath(value: string, sourcesDir: string): string {
  return path.isAbsolute(value) ? path.resolve(value) : path.join(sourcesDir, value)
}

export function agentEnv(taskDir: string, step: AgentStep): Record<string, string> {
  const task = JSON.parse(readFileSync(path.join(taskDir, 'task.json'), 'utf8')) as TaskJson
  const inputs: Record<string, string> = {}
  for (const i of task.inputs) inputs[i.name] = (i.defaultValue ?? '').trim()
  for (const [k, v] of Object.entries(step.inputs)) inputs[k] = v.trim()
  for (const i of task.inputs)
    if (i.type === 'filePath') inputs[i.name] = translateFilePath(inputs[i.name] ?? '', step.sourcesDir)
  const env: Record<string, string> = {}
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${envName(k)}`] = v
  for (const e of step.endpoints) {
    env[`ENDPOINT_URL_${e.id}`] = e.url
    env[`ENDPOINT_AUTH_${e.id}`] = JSON.stringify({ parameters: e.parameters, scheme: e.scheme })
    env[`ENDPOINT_AUTH_SCHEME_${e.id}`] = e.scheme
    for (const [k, v] of Object.entries(e.parameters))
      env[`ENDPOINT_AUTH_PARAMETER_${e.id}_${envName(k)}`] = v
    if (e.id !== 'SYSTEMVSSCONNECTION') {
      env[`ENDPOINT_DATA_${e.id}`] = JSON.stringify(e.data ?? {})
      for (const [k, v] of Object.entries(e.data ?? {})) env[`ENDPOINT_DATA_${e.id}_${envName(k)}`] = v
    }
  }
  Object.assign(env, {
    BUILD_SOURCESDIRECTORY: step.sourcesDir,
    SYSTEM_DEFAULTWORKINGDIRECTORY: step.sourcesDir,
    ...step.variables,
  })
  return env
}

export function runAgentStep(
  taskDir: string,
  step: AgentStep,
  extraEnv: Record<string, string> = {},
): Promise<BundleRun> {
  const task = JSON.parse(readFileSync(path.join(taskDir, 'task.json'), 'utf8')) as TaskJson
  const entry = path.join(taskDir, task.execution.Node24.target)
  return runBundle(entry, { ...agentEnv(taskDir, step), ...extraEnv }, 90000, step.sourcesDir)
}
