// Parses workflow files with GitHub's own parser (@actions/workflow-parser, as the Actions service and
// the VS Code extension do) and prints, per file, its errors and the `uses:`/`with:` of every step.
// Usage: node parse-workflows.mjs <file>...  (run with the loader hook next to this file)
import { register } from 'node:module'
import { readFileSync } from 'node:fs'

register('./json-import-hooks.mjs', import.meta.url)
const { parseWorkflow, convertWorkflowTemplate, NoOperationTraceWriter } = await import(
  '@actions/workflow-parser'
)

// The converted model drops a step's `with:`, so the steps are read from the parsed token tree, which
// the parser has already checked against GitHub's workflow schema.
const pairs = mapping => {
  const out = []
  for (let i = 0; i < mapping.count; i++) out.push(mapping.get(i))
  return out
}
function stepsIn(token, job, out) {
  if (!token || typeof token.count !== 'number') return out
  const isMapping = typeof token.get === 'function' && token.get(0)?.key !== undefined
  if (!isMapping) {
    for (let i = 0; i < token.count; i++) stepsIn(token.get(i), job, out)
    return out
  }
  const entries = pairs(token)
  const uses = entries.find(e => e.key.toString() === 'uses')
  if (uses) {
    const withs = entries.find(e => e.key.toString() === 'with')
    out.push({
      job,
      uses: uses.value.toString(),
      with: withs ? pairs(withs.value).map(e => e.key.toString()) : [],
    })
  }
  for (const e of entries) stepsIn(e.value, job ?? (e.key.toString() === 'jobs' ? undefined : job), out)
  return out
}

const out = []
for (const name of process.argv.slice(2)) {
  const parsed = parseWorkflow({ name, content: readFileSync(name, 'utf8') }, new NoOperationTraceWriter())
  const errors = parsed.context.errors.getErrors().map(e => e.message)
  let steps = []
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value)
    for (const e of template.errors ?? []) errors.push(e.Message)
    steps = stepsIn(parsed.value, undefined, [])
  }
  out.push({ file: name, errors: [...new Set(errors)], steps })
}
process.stdout.write(JSON.stringify(out))
