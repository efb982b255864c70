/**
 * The CLI examples for other CIs (docs/examples/ci) and the README use only commands and flags the CLI
 * has: each `intune-publish <command> --flag …` line is checked against the command table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { commands } from './commands'

const ROOT = path.resolve(__dirname, '../../..')
const CI = path.join(ROOT, 'docs/examples/ci')
const COMMON = ['json', 'verbose', 'debug', 'help']
const sources = [
  ...readdirSync(CI).map(f => path.join(CI, f)),
  path.join(ROOT, 'README.md'),
  path.join(ROOT, 'packages/cli/README.md'),
]

/** `(npx …@intune-publish/cli@1 | intune-publish) <command> [--flags]`, one per line. */
function invocations(text: string): { command: string; flags: string[] }[] {
  const out: { command: string; flags: string[] }[] = []
  for (const line of text.split('\n')) {
    const m = /(?:@intune-publish\/cli@\S+|(?:^|\s)intune-publish)\s+([a-z][\w-]*)((?:.*))$/.exec(line)
    if (!m || ['is', 'a', 'as'].includes(m[1])) continue
    out.push({ command: m[1], flags: [...m[2].matchAll(/(?:^|\s)--([a-z][\w-]*)/g)].map(f => f[1]) })
  }
  return out
}

it.each(sources.map(f => [path.relative(ROOT, f), f]))(
  '%s uses only commands and flags the CLI has',
  (_n, file) => {
    const problems: string[] = []
    const found = invocations(readFileSync(file, 'utf8'))
    for (const { command, flags } of found) {
      const c = commands.find(x => x.name === command)
      if (!c) {
        problems.push(`unknown command ${command}`)
        continue
      }
      for (const f of flags)
        if (!(f in c.options) && !COMMON.includes(f)) problems.push(`${command}: unknown --${f}`)
    }
    expect(problems).toEqual([])
    if (file.includes('/ci/')) expect(found.length).toBeGreaterThan(0)
  },
)
