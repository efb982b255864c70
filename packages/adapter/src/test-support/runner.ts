/**
 * The inputs of a step as GitHub's runner hands them to a node action, so the black-box tests start the
 * Action no more kindly than the runner does (actions/runner 258d6c8):
 * - src/Runner.Worker/ActionRunner.cs, "Merge the default inputs from the definition": every input that
 *   action.yml declares and the step's `with:` omits gets its declared default;
 * - src/Runner.Worker/Handlers/Handler.cs, AddInputsToEnvironment: each input becomes
 *   INPUT_<name with spaces as underscores, upper-cased>; hyphens stay.
 * An input without a default and not in `with:` is not set at all (core.getInput reads '').
 */
import { readFileSync } from 'node:fs'
import YAML from 'yaml'

interface ActionYml {
  inputs?: Record<string, { default?: unknown } | null>
}

export function runnerInputEnv(
  actionYmlPath: string,
  withInputs: Record<string, string>,
): Record<string, string> {
  const doc = YAML.parse(readFileSync(actionYmlPath, 'utf8')) as ActionYml
  const inputs: Record<string, string> = {}
  for (const [name, def] of Object.entries(doc.inputs ?? {})) {
    const d = def?.default
    if (d === undefined || d === null) continue
    const text = String(d)
    // The runner evaluates expressions in defaults; this harness has no context to evaluate them with.
    if (text.includes('${{')) throw new Error(`runner harness: input ${name} has an expression default`)
    inputs[name] = text
  }
  // The step's `with:` wins (the runner fills only what it omits); unknown inputs pass through, warned.
  Object.assign(inputs, withInputs)
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  )
}
