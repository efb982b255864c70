/** Compares a transcript with its checked-in golden file, or rewrites it under UPDATE_TRANSCRIPTS=1. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, relative } from 'node:path'

export const REGENERATE = 'npm run transcripts:update'

/** The first differing lines, `-` golden and `+` actual, for the failure message. */
export function firstDifferences(golden: string, actual: string, max = 8): string {
  const a = golden.split('\n')
  const b = actual.split('\n')
  const out: string[] = []
  for (let i = 0; i < Math.max(a.length, b.length) && out.length < max * 2; i++) {
    if (a[i] === b[i]) continue
    out.push(`  line ${i + 1}:`, `  - ${a[i] ?? '(none)'}`, `  + ${b[i] ?? '(none)'}`)
  }
  return out.join('\n')
}

export function checkTranscript(file: string, actual: string, env = process.env): void {
  if (env.UPDATE_TRANSCRIPTS === '1') {
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, actual)
    return
  }
  const name = relative(process.cwd(), file)
  if (!existsSync(file)) throw new Error(`No golden wire transcript ${name}. Record it: ${REGENERATE}`)
  const golden = readFileSync(file, 'utf8')
  if (golden === actual) return
  throw new Error(
    `The wire changed: ${name} differs from what the client sent.\n${firstDifferences(golden, actual)}\n` +
      `If the change is intended, regenerate every transcript with \`${REGENERATE}\` and review the diff.`,
  )
}
