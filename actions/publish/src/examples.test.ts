/**
 * The input lists agree everywhere (action.yml, the root action.yml, task.json, the code), no declared
 * default can override what a connection JSON or template says, and every example parses: GitHub
 * workflows with GitHub's own parser (@actions/workflow-parser), Azure Pipelines YAML against task.json.
 */
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { ACTION_INPUTS, outputsFor } from '@intune-publish/adapter'
import { loadAssignmentTemplate } from '@intune-publish/core'
import {
  FILE_PATH_INPUTS,
  HEALTHY_IN_INPUT,
  TASK_INPUTS,
  UNSET_CHOICES,
} from '../../../azure-devops-task/IntunePublishV1/src/task-inputs'

// yaml is a dependency of intune-core; resolve it from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const YAML = require(
  require.resolve('yaml', { paths: [path.resolve(__dirname, '../../../packages/intune-core')] }),
) as {
  parse(text: string): unknown
}

const ROOT = path.resolve(__dirname, '../../..')
interface ActionYml {
  inputs: Record<string, { default?: string } | null>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const readYaml = (file: string): ActionYml =>
  YAML.parse(readFileSync(path.join(ROOT, file), 'utf8')) as ActionYml
const actionYml = readYaml('actions/publish/action.yml')
const taskJson = JSON.parse(
  readFileSync(path.join(ROOT, 'azure-devops-task/IntunePublishV1/task.json'), 'utf8'),
) as {
  inputs: { name: string; type: string; groupName?: string; defaultValue?: string }[]
  groups: { name: string }[]
  outputVariables: { name: string }[]
  execution: Record<string, unknown>
}
const taskInputs = new Set(taskJson.inputs.map(i => i.name))

/**
 * Inputs whose default the runner may pass: nothing else (connection JSON, template) sets them. Any
 * other input with a default would override the JSON or the template on every run (issue 10, item 1).
 */
const SAFE_DEFAULTS = [
  'command',
  'use-oidc',
  'oidc-audience',
  'dry-run',
  'allow-expired-provisioning-profile',
]

function yamlFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f))
}
const files = [
  ...yamlFiles(path.join(ROOT, 'docs/examples')),
  ...yamlFiles(path.join(ROOT, 'docs/examples/ci')),
  ...yamlFiles(path.join(ROOT, '.github/workflows')),
]
const isGithubWorkflow = (f: string): boolean => {
  const doc = YAML.parse(readFileSync(f, 'utf8')) as Record<string, unknown> | null
  return !!doc && 'jobs' in doc && 'on' in doc
}
const githubWorkflows = files.filter(isGithubWorkflow)
const pipelines = files.filter(f => readFileSync(f, 'utf8').includes('IntunePublish@'))

/** Our Action, by any of the ways a workflow names it. */
const OUR_ACTION = /(^\.\/actions\/publish$|^\.\/?$|\/actions\/publish@|^[\w.-]+\/intune-publish@)/

describe('action.yml, the root action.yml and task.json', () => {
  it('action.yml declares exactly the inputs the code reads and the outputs it writes, on node24', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...ACTION_INPUTS].sort())
    const report = {
      command: 'publish' as const,
      connection: { authKind: '' },
      packages: [],
      startedAt: new Date(),
      durationMs: 0,
    }
    expect(Object.keys(actionYml.outputs).sort()).toEqual(Object.keys(outputsFor(report)).sort())
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('gives a default only to inputs that nothing else can set', () => {
    const defaulted = Object.entries(actionYml.inputs)
      .filter(([, d]) => d?.default !== undefined)
      .map(([k]) => k)
    expect(defaulted.sort()).toEqual([...SAFE_DEFAULTS].sort())
  })

  it('the root action.yml (for the Marketplace) is the same action, run from the committed bundle', () => {
    const root = readYaml('action.yml')
    expect(root.inputs).toEqual(actionYml.inputs)
    expect(root.outputs).toEqual(actionYml.outputs)
    expect(root.runs).toEqual({ using: 'node24', main: 'actions/publish/dist/index.js' })
    expect(existsSync(path.join(ROOT, root.runs.main))).toBe(true)
  })

  it('task.json declares every input the task reads, in existing groups, with both node handlers', () => {
    expect([...taskInputs].sort()).toEqual(
      ['connection', HEALTHY_IN_INPUT, ...Object.values(TASK_INPUTS)].sort(),
    )
    const groups = new Set(taskJson.groups.map(g => g.name))
    for (const i of taskJson.inputs) if (i.groupName) expect(groups).toContain(i.groupName)
    expect(taskJson.outputVariables.map(o => o.name).sort()).toEqual(
      ['appId', 'appUrl', 'contentVersion', 'hasChanges', 'matrix', 'plan', 'results', 'status'].sort(),
    )
    expect(Object.keys(taskJson.execution).sort()).toEqual(['Node20_1', 'Node24'])
  })

  it("task.json's filePath inputs and pick-list defaults are the ones the task treats as unset", () => {
    expect(
      taskJson.inputs
        .filter(i => i.type === 'filePath')
        .map(i => i.name)
        .sort(),
    ).toEqual([...FILE_PATH_INPUTS].sort())
    const mode = taskJson.inputs.find(i => i.name === 'assignmentMode')
    expect(mode?.defaultValue).toBe(UNSET_CHOICES.assignmentMode)
  })
})

describe('example YAML', () => {
  it('finds the examples', () => {
    expect(files.map(f => path.basename(f))).toEqual(
      expect.arrayContaining([
        'publish-matrix.yml',
        'environments.yml',
        'oidc.yml',
        'azure-pipelines.yml',
        'ci.yml',
        'release.yml',
      ]),
    )
  })

  it("every GitHub workflow parses with GitHub's parser and gives our Action only inputs it declares", () => {
    const script = path.join(__dirname, '../test/parse-workflows.mjs')
    const r = spawnSync(process.execPath, [script, ...githubWorkflows], {
      cwd: path.join(__dirname, '..'),
      encoding: 'utf8',
    })
    expect(r.stderr).toBe('')
    const parsed = JSON.parse(r.stdout) as {
      file: string
      errors: string[]
      steps: { uses: string; with: string[] }[]
    }[]
    expect(parsed.map(p => p.file).sort()).toEqual([...githubWorkflows].sort())
    const problems: string[] = []
    let ours = 0
    for (const p of parsed) {
      for (const e of p.errors) problems.push(`${path.relative(ROOT, p.file)}: ${e}`)
      for (const step of p.steps.filter(s => OUR_ACTION.test(s.uses))) {
        ours++
        for (const key of step.with)
          if (!ACTION_INPUTS.includes(key as never))
            problems.push(`${path.relative(ROOT, p.file)}: unknown input ${key}`)
      }
    }
    expect(problems).toEqual([])
    expect(ours).toBeGreaterThan(4)
  })

  type Step = {
    task?: string
    checkout?: string
    inputs?: Record<string, unknown>
    with?: Record<string, unknown>
  }
  function steps(node: unknown, out: Step[] = []): Step[] {
    if (Array.isArray(node)) node.forEach(n => steps(n, out))
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>
      if (typeof o.uses === 'string' || typeof o.task === 'string' || typeof o.checkout === 'string')
        out.push(o as Step)
      Object.values(o).forEach(v => steps(v, out))
    }
    return out
  }

  it.each(pipelines.map(f => [path.relative(ROOT, f), f]))(
    '%s uses only task inputs, and every deployment job checks the repository out',
    (_name, file) => {
      const doc = YAML.parse(readFileSync(file, 'utf8'))
      const ours = steps(doc).filter(s => s.task && /^IntunePublish@/.test(s.task))
      expect(ours.length).toBeGreaterThan(0)
      for (const step of ours)
        for (const key of Object.keys(step.inputs ?? {}))
          expect([file, key, taskInputs.has(key)]).toEqual([file, key, true])
      const deployments: unknown[] = []
      const find = (n: unknown): void => {
        if (Array.isArray(n)) n.forEach(find)
        else if (n && typeof n === 'object') {
          const o = n as Record<string, unknown>
          if (typeof o.deployment === 'string') deployments.push(o)
          Object.values(o).forEach(find)
        }
      }
      find(doc)
      // Deployment jobs don't clone the repository (Microsoft Learn, "Deployment jobs").
      for (const d of deployments) expect(steps(d).some(s => s.checkout === 'self')).toBe(true)
    },
  )

  it.each(files.map(f => [path.relative(ROOT, f), f]))(
    '%s: inline assignment templates load',
    async (_n, file) => {
      const doc = YAML.parse(readFileSync(file, 'utf8'))
      expect(doc).toBeTruthy()
      for (const step of steps(doc)) {
        const inline = (step.with ?? step.inputs ?? {}).assignments
        if (typeof inline === 'string' && inline.includes('\n')) {
          const tpl = await loadAssignmentTemplate(inline)
          expect(tpl.entries.length).toBeGreaterThan(0)
        }
      }
    },
  )
})
