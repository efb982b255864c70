/**
 * Every example and workflow YAML parses, and uses only inputs the Action (action.yml) and the task
 * (task.json) declare; action.yml and the code agree on the input list.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { loadAssignmentTemplate } from '@intune-publish/core'
import { ACTION_INPUTS } from './inputs'
import { TASK_INPUTS } from '../../../azure-devops-task/IntunePublishV1/src/task-inputs'

// yaml is a dependency of intune-core; resolve it from there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const YAML = require(
  require.resolve('yaml', { paths: [path.resolve(__dirname, '../../../packages/intune-core')] }),
) as {
  parse(text: string): unknown
}

const ROOT = path.resolve(__dirname, '../../..')
const actionYml = YAML.parse(readFileSync(path.join(ROOT, 'actions/publish/action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
  runs: { using: string; main: string }
}
const taskJson = JSON.parse(
  readFileSync(path.join(ROOT, 'azure-devops-task/IntunePublishV1/task.json'), 'utf8'),
) as {
  inputs: { name: string; groupName?: string }[]
  groups: { name: string }[]
  outputVariables: { name: string }[]
  execution: Record<string, unknown>
}
const taskInputs = new Set(taskJson.inputs.map(i => i.name))

function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter(f => /\.ya?ml$/.test(f))
    .map(f => path.join(dir, f))
}
const files = [
  ...yamlFiles(path.join(ROOT, 'docs/examples')),
  ...yamlFiles(path.join(ROOT, '.github/workflows')),
]

type Step = { uses?: string; task?: string; with?: Record<string, unknown>; inputs?: Record<string, unknown> }
function steps(node: unknown, out: Step[] = []): Step[] {
  if (Array.isArray(node)) node.forEach(n => steps(n, out))
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>
    if (typeof o.uses === 'string' || typeof o.task === 'string') out.push(o as Step)
    Object.values(o).forEach(v => steps(v, out))
  }
  return out
}

describe('action.yml and task.json', () => {
  it('action.yml declares exactly the inputs the code reads, runs on node24 from dist/index.js', () => {
    expect(Object.keys(actionYml.inputs).sort()).toEqual([...ACTION_INPUTS].sort())
    expect(Object.keys(actionYml.outputs).sort()).toEqual(
      ['app-id', 'app-url', 'content-version', 'plan', 'results', 'status'].sort(),
    )
    expect(actionYml.runs).toEqual({ using: 'node24', main: 'dist/index.js' })
  })

  it('task.json declares every input the task reads, in existing groups, with both node handlers', () => {
    expect([...taskInputs].sort()).toEqual(['connection', ...Object.values(TASK_INPUTS)].sort())
    const groups = new Set(taskJson.groups.map(g => g.name))
    for (const i of taskJson.inputs) if (i.groupName) expect(groups).toContain(i.groupName)
    expect(taskJson.outputVariables.map(o => o.name).sort()).toEqual(
      ['appId', 'appUrl', 'contentVersion', 'plan', 'results', 'status'].sort(),
    )
    expect(Object.keys(taskJson.execution).sort()).toEqual(['Node20_1', 'Node24'])
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
      ]),
    )
  })

  it.each(files.map(f => [path.relative(ROOT, f), f]))(
    '%s parses and uses only declared inputs; inline assignment templates load',
    async (_name, file) => {
      const doc = YAML.parse(readFileSync(file, 'utf8'))
      expect(doc).toBeTruthy()
      for (const step of steps(doc)) {
        if (step.uses && /actions\/publish(@|$)/.test(step.uses)) {
          for (const key of Object.keys(step.with ?? {}))
            expect([file, key, ACTION_INPUTS.includes(key as never)]).toEqual([file, key, true])
        }
        if (step.task && /^IntunePublish@/.test(step.task)) {
          for (const key of Object.keys(step.inputs ?? {}))
            expect([file, key, taskInputs.has(key)]).toEqual([file, key, true])
        }
        const inline = (step.with ?? step.inputs ?? {}).assignments
        if (typeof inline === 'string' && inline.includes('\n')) {
          const tpl = await loadAssignmentTemplate(inline)
          expect(tpl.entries.length).toBeGreaterThan(0)
        }
      }
    },
  )
})
