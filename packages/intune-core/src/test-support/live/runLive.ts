/**
 * Runs the end-to-end scenarios against one target (a real tenant, or the simulator for the tests of
 * this very code): every fixture app type created, updated and re-run, plus live mode's risky cases;
 * writes one sanitized transcript per phase; always deletes what the run created, also after a failure.
 */
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { ConnectionInput, PublishStatus } from '../../api'
import { resolveConnection } from '../../connection'
import { errorLine } from '../../errors'
import type { Logger } from '../../logger'
import { publish, type PublishOptions } from '../../publish/publish'
import { normalizeTranscript } from '../transcripts/normalizeTranscript'
import { recordWire } from '../transcripts/recordWire'
import { PHASES, phaseInputs, type Phase, type Scenario } from '../transcripts/scenarios'
import { cleanupRun, type CleanupResult } from './cleanupRun'

export interface LiveTarget {
  connection: ConnectionInput
  /** The group the assignment scenario targets: a display name or an id. */
  group?: { group?: string; groupId?: string }
  /** Environment for the HTTP client (proxy, extra CA): the maintainer's for a tenant. */
  env?: Record<string, string | undefined>
  publishOptions?: PublishOptions
}

export interface PhaseResult {
  scenario: string
  phase: Phase
  status?: PublishStatus
  error?: string
  transcript: string
}

export interface LiveReport {
  prefix: string
  results: PhaseResult[]
  /** Scenarios not run because the tenant already holds an app with their identity (never touched). */
  skipped: string[]
  cleanup: CleanupResult
}

const EXPECTED: Record<Phase, PublishStatus> = { create: 'created', update: 'updated', rerun: 'unchanged' }

export function unexpected(report: LiveReport): PhaseResult[] {
  return report.results.filter(r => r.error !== undefined || r.status !== EXPECTED[r.phase])
}

export async function runLive(
  target: LiveTarget,
  scenarios: Scenario[],
  opts: { prefix: string; outDir: string; log: Logger },
): Promise<LiveReport> {
  const resolved = resolveConnection(target.connection)
  const origin = (url: string) => new URL(url).origin
  const hosts = {
    [resolved.graphUrl]: 'https://graph',
    [origin(resolved.tokenUrl)]: 'https://login',
    // Display names carry the run prefix; the transcripts don't, so tenant and simulator line up.
    [opts.prefix]: '',
  }
  const results: PhaseResult[] = []
  const skipped: string[] = []
  await mkdir(opts.outDir, { recursive: true })
  const runAll = async (): Promise<void> => {
    for (const s of scenarios) {
      const foreign = await existingIdentity(target, s, opts.log)
      if (foreign) {
        skipped.push(
          `${s.name}: the tenant already holds an app with this identity (${foreign}); not touched`,
        )
        continue
      }
      for (const phase of PHASES) {
        const r = await runPhase(target, s, phase, {
          ...opts,
          hosts,
          login: origin(resolved.tokenUrl),
          graph: resolved.graphUrl,
        })
        results.push(r)
        opts.log.info(`live: ${s.name} ${phase}: ${r.status ?? `failed: ${r.error}`}`)
        // A failed create leaves nothing to update: on to the next scenario.
        if (r.error) break
      }
    }
  }
  let failure: unknown
  try {
    await runAll()
  } catch (e) {
    failure = e
  }
  // Always, also after a failure: the tenant is left as it was found.
  const cleanup = await cleanupRun(target.connection, opts.prefix, opts.log, target.env ?? {})
  if (failure) throw failure
  return { prefix: opts.prefix, results, skipped, cleanup }
}

/**
 * A dry run first: when the tenant already has an app with the scenario's identity (an MSI's product
 * code, a bundle or package id), the run would update the admin's app and the cleanup would then delete
 * it under its new name. Such a scenario is skipped. Returns that app's id.
 */
async function existingIdentity(target: LiveTarget, s: Scenario, log: Logger): Promise<string | undefined> {
  const inputs = { connection: target.connection, ...phaseInputs(s, 'create'), dryRun: true }
  const r = await publish(inputs, log, { env: target.env ?? {}, ...target.publishOptions, ...s.opts })
  return r.plan.action === 'create' ? undefined : (r.appId ?? 'unknown id')
}

async function runPhase(
  target: LiveTarget,
  s: Scenario,
  phase: Phase,
  o: { outDir: string; log: Logger; hosts: Record<string, string>; login: string; graph: string },
): Promise<PhaseResult> {
  const rec = recordWire({ login: [o.login], graph: [o.graph] })
  const r: PhaseResult = { scenario: s.name, phase, transcript: join(o.outDir, `${s.name}.${phase}.txt`) }
  try {
    const inputs = { connection: target.connection, ...phaseInputs(s, phase) }
    const options = { env: target.env ?? {}, ...target.publishOptions, ...s.opts }
    r.status = (await publish(inputs, o.log, options)).status
  } catch (e) {
    r.error = errorLine(e)
  } finally {
    rec.stop()
  }
  await writeFile(r.transcript, normalizeTranscript(rec.entries, o.hosts))
  return r
}
