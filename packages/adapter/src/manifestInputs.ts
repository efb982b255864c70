/** The many-apps inputs: a manifest, which part of it this job runs, and how (docs/manifest.md). */
import { existsSync } from 'node:fs'
import path from 'node:path'
import type { SplitBy } from '@intune-publish/core'
import { parseBool, parseChoice, parseInt, type GetInput, type Problems } from './fields.js'

export interface ManifestInputs {
  /** Absolute path of the manifest. */
  file: string
  shard?: string
  parallel?: number
  budgetShare?: number
  failFast: boolean
  /** For split-manifest. */
  splitBy: SplitBy
  jobs: number
}

export function readManifestInputs(
  p: Problems,
  get: GetInput,
  base: string,
  command: string,
): ManifestInputs | undefined {
  const raw = get('manifest')
  if (!raw) {
    // The agent passes a boolean's default ('false') even when nobody set it.
    for (const name of ['shard', 'parallel', 'budget-share', 'fail-fast', 'split-by', 'jobs'])
      if (get(name) && get(name) !== 'false') p.add(name, 'needs manifest (the many-apps file)')
    return undefined
  }
  const file = path.resolve(base, raw)
  if (!existsSync(file)) p.add('manifest', `file '${raw}' not found; give a path relative to the workspace`)
  if (command === 'check-connection') p.add('manifest', 'not with check-connection')
  const share = get('budget-share')
  const budgetShare = share === '' ? undefined : Number(share)
  if (budgetShare !== undefined && !(budgetShare > 0 && budgetShare <= 1))
    p.add('budget-share', `'${share}' must be a number above 0 and at most 1 (1/N for N parallel jobs)`)
  return {
    file,
    shard: get('shard') || undefined,
    parallel: parseInt(p, 'parallel', get('parallel'), 1, 32),
    budgetShare,
    failFast: parseBool(p, 'fail-fast', get('fail-fast'), false),
    splitBy: parseChoice<SplitBy>(p, 'split-by', get('split-by'), ['chunk', 'tenant'], 'chunk'),
    jobs: parseInt(p, 'jobs', get('jobs'), 1, 256) ?? 2,
  }
}
