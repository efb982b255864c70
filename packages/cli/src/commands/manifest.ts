/** `intune-publish manifest split`: the shards of a manifest as a CI job matrix (docs/manifest.md). */
import {
  azureDevOpsMatrix,
  githubMatrix,
  inputError,
  loadManifest,
  splitManifest,
  type SplitBy,
} from '@intune-publish/core'
import { EXIT } from '../exitCodes'
import type { Command } from './types'

export const manifestCommand: Command = {
  name: 'manifest',
  summary: 'Split a manifest into shards for parallel CI jobs (manifest split)',
  help: `  split                        the one subcommand
  --manifest FILE              the manifest
  --by tenant|chunk            one job per tenant, or --jobs contiguous chunks
  --jobs N                     with --by chunk: how many jobs (default 2)
  --format github|azure-devops the matrix's shape (default github: {"include":[...]})
Each job then runs: publish --manifest FILE --shard <shard> --budget-share <budgetShare>
`,
  options: {
    manifest: { type: 'string' },
    by: { type: 'string' },
    jobs: { type: 'string' },
    format: { type: 'string' },
  },
  allowPositionals: true,
  async run(ctx) {
    const [sub] = ctx.positionals
    if (sub !== 'split')
      throw inputError('manifest', `unknown subcommand "${sub ?? ''}"`, 'Use: manifest split.')
    const file = ctx.values.manifest
    if (typeof file !== 'string' || !file)
      throw inputError('manifest', 'required', 'Give --manifest apps.yaml.')
    const by = ctx.values.by ?? 'chunk'
    if (by !== 'tenant' && by !== 'chunk')
      throw inputError('by', `must be tenant or chunk, got "${String(by)}"`, 'Use --by tenant or --by chunk.')
    const jobsRaw = ctx.values.jobs ?? '2'
    if (typeof jobsRaw !== 'string' || !/^\d+$/.test(jobsRaw))
      throw inputError('jobs', `must be a whole number, got "${String(jobsRaw)}"`, 'Give --jobs N.')
    const format = ctx.values.format ?? 'github'
    if (format !== 'github' && format !== 'azure-devops')
      throw inputError(
        'format',
        `must be github or azure-devops, got "${String(format)}"`,
        'Use --format github.',
      )
    const shards = splitManifest(await loadManifest(file), by as SplitBy, Number(jobsRaw))
    ctx.out.stdout(`${format === 'github' ? githubMatrix(shards) : azureDevOpsMatrix(shards)}\n`)
    return EXIT.ok
  },
}
