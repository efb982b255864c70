/**
 * Where one machine isn't enough, the CI system is the distributed engine: a manifest is split into
 * shards, one CI job each, and every job publishes its shard with its share of each tenant's budget.
 * Shards are selectors, not files, so every job reads the same manifest from the repository:
 *   `chunk:2/4`        the second of four contiguous chunks of the apps list;
 *   `tenant:<label>`   the apps whose connection has that tenant label.
 */
import { inputError } from '../errors'
import type { Manifest } from './types'

export type SplitBy = 'tenant' | 'chunk'

export interface Shard {
  /** The selector a job passes back: `--shard <this>`. */
  shard: string
  /** How many apps it publishes. */
  apps: number
  /** Its part of each tenant's budget: 1 / the number of shards that publish to the same tenant. */
  budgetShare: number
}

const tenantOf = (m: Manifest, connection: string): string => m.connections[connection]?.tenant ?? connection

export function splitManifest(m: Manifest, by: SplitBy, jobs = 1): Shard[] {
  const sets =
    by === 'tenant'
      ? [...new Set(m.apps.map(a => tenantOf(m, a.connection)))].map(t => ({
          shard: `tenant:${t}`,
          apps: selectShard(m, `tenant:${t}`).apps,
        }))
      : chunks(m, jobs)
  // A tenant's budget is divided by the number of jobs that publish to it, evenly.
  const tenantsOf = sets.map(s => new Set(s.apps.map(a => tenantOf(m, a.connection))))
  const jobsPer = new Map<string, number>()
  for (const ts of tenantsOf) for (const t of ts) jobsPer.set(t, (jobsPer.get(t) ?? 0) + 1)
  return sets.map((s, i) => ({
    shard: s.shard,
    apps: s.apps.length,
    budgetShare: roundDown(Math.min(...[...tenantsOf[i]].map(t => 1 / (jobsPer.get(t) ?? 1)))),
  }))
}

function chunks(m: Manifest, jobs: number): { shard: string; apps: Manifest['apps'] }[] {
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)
    throw inputError('jobs', `must be a whole number from 1 to 256, got ${String(jobs)}`, 'Give --jobs N.')
  const n = Math.min(jobs, m.apps.length)
  return Array.from({ length: n }, (_, i) => selectShard(m, `chunk:${i + 1}/${n}`)).map((s, i) => ({
    shard: `chunk:${i + 1}/${n}`,
    apps: s.apps,
  }))
}

/** The part of the manifest a shard selector names (the same on every job: the split is deterministic). */
export function selectShard(m: Manifest, shard: string): Manifest {
  const chunk = /^chunk:(\d+)\/(\d+)$/.exec(shard)
  if (chunk) {
    const [i, n] = [Number(chunk[1]), Number(chunk[2])]
    if (n < 1 || i < 1 || i > n)
      throw inputError(
        'shard',
        `${shard}: expected chunk:I/N with 1 <= I <= N`,
        'Use a shard the split printed.',
      )
    const size = Math.ceil(m.apps.length / n)
    return { ...m, apps: m.apps.slice((i - 1) * size, i * size) }
  }
  if (shard.startsWith('tenant:')) {
    const t = shard.slice('tenant:'.length)
    const apps = m.apps.filter(a => tenantOf(m, a.connection) === t)
    if (!apps.length)
      throw inputError(
        'shard',
        `${shard}: no app of ${m.file} publishes to tenant '${t}'`,
        'Use a shard the split printed.',
      )
    return { ...m, apps }
  }
  throw inputError(
    'shard',
    `expected chunk:I/N or tenant:LABEL, got "${shard}"`,
    'Use a shard the split printed.',
  )
}

const roundDown = (x: number): number => Math.floor(x * 1000) / 1000

/** GitHub's `strategy.matrix` (fromJSON of this): `{ include: [{ shard, budgetShare, apps }] }`. */
export function githubMatrix(shards: Shard[]): string {
  return JSON.stringify({
    include: shards.map(s => ({ shard: s.shard, budgetShare: String(s.budgetShare), apps: s.apps })),
  })
}

/** Azure DevOps' runtime matrix (`matrix: $[ dependencies.X.outputs['step.matrix'] ]`): legs by name. */
export function azureDevOpsMatrix(shards: Shard[]): string {
  const legs: Record<string, Record<string, string>> = {}
  for (const s of shards) {
    const name = s.shard.replace(/[^A-Za-z0-9_]/g, '_')
    legs[name] = { shard: s.shard, budgetShare: String(s.budgetShare) }
  }
  return JSON.stringify(legs)
}
