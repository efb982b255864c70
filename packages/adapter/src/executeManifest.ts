/**
 * Many apps in one step: a manifest, or several package files. Every app goes through one
 * publishManifest run, so the connection signs in once (its check made on the same session) and keeps
 * one dispatcher, and writes are paced inside the tenant's budget. `split-manifest` prints the job matrix.
 */
import path from 'node:path'
import {
  azureDevOpsMatrix,
  githubMatrix,
  loadManifest,
  publishManifest,
  selectShard,
  splitManifest,
  type Logger,
  type Manifest,
} from '@intune-publish/core'
import type { ActionInputs } from './inputs.js'
import type { RunReport } from './report.js'

/** The packages of a package glob as a manifest of the step's own connection and templates. */
function packagesManifest(inputs: ActionInputs): Manifest {
  const pub = inputs.publish
  const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined)
  return {
    file: 'package input',
    connections: { default: { name: 'default', tenant: 'default' } },
    apps: inputs.packages.map((file, index) => ({
      index,
      label: file,
      connection: 'default',
      packagePath: file,
      appTemplate: str(pub.appTemplate),
      assignments: str(pub.assignments),
      assignmentMode: pub.assignmentMode,
      supersede: pub.supersede,
    })),
  }
}

export async function executeMany(
  inputs: ActionInputs,
  logger: Logger,
  provenance: Record<string, string>,
  report: RunReport,
  env: Record<string, string | undefined>,
  format: 'github' | 'azure-devops',
  group?: <T>(title: string, fn: () => Promise<T>) => Promise<T>,
): Promise<void> {
  const m = inputs.manifest
  if (inputs.command === 'split-manifest' && m) {
    const shards = splitManifest(await loadManifest(m.file), m.splitBy, m.jobs)
    report.matrix = format === 'github' ? githubMatrix(shards) : azureDevOpsMatrix(shards)
    logger.info(`${shards.length} shard(s): ${shards.map(s => `${s.shard} (${s.apps} apps)`).join(', ')}`)
    return
  }
  let manifest = m ? await loadManifest(m.file) : packagesManifest(inputs)
  if (m?.shard) manifest = selectShard(manifest, m.shard)
  const run = await publishManifest(manifest, logger, {
    env,
    defaultConnection: inputs.connection,
    checkConnections: true,
    inputs: { ...inputs.publish, provenance },
    allowExpiredProvisioningProfile: inputs.allowExpiredProvisioningProfile,
    // A package list keeps its order (and its log groups readable); a manifest runs side by side.
    parallel: m ? m.parallel : 1,
    budgetShare: m?.budgetShare,
    failFast: m?.failFast,
    group: group && ((label, fn) => group(`intune-publish ${inputs.command}: ${label}`, fn)),
    onRow: row =>
      logger.info(`${row.label}: ${row.status}${row.result?.appId ? ` (app ${row.result.appId})` : ''}`),
  })
  report.check = run.checks.default ?? Object.values(run.checks)[0]
  report.packages = run.rows.map(r => ({
    package: m ? `${r.label} (${path.basename(m.file)} apps[${r.index}])` : r.label,
    result: r.result,
    error: r.error ?? (r.status === 'skipped' ? 'not started (fail-fast)' : undefined),
  }))
}
