/**
 * Publishes every app of a manifest in one run. Each connection signs in once and keeps one dispatcher
 * (keep-alive sockets) for all of its apps; every connection to a tenant shares that tenant's request
 * budget, so the pace of writes is Intune's, not the machine's. Apps run side by side (`parallel`), so
 * while one app's commit is being verified the next one uploads. A failed app gets its row and the others
 * go on; with failFast no new app starts after the first failure.
 */
import type {
  CheckConnectionResult,
  ConnectionInput,
  PublishInputs,
  PublishResult,
  PublishStatus,
} from '../api'
import { checkConnection } from '../checkConnection'
import { BudgetRegistry, mapPool, type BudgetStats } from '../budget'
import { resolveConnection } from '../connection'
import { ErrorCodes, IntunePublishError, errorLine, inputError, isIntunePublishError } from '../errors'
import { Requirements } from '../permissions'
import { safeLogger, type Logger } from '../logger'
import { publish, type PublishOptions } from '../publish/publish'
import { openSession, type Session } from '../publish/session'
import { loadAppTemplate, loadAssignmentTemplate } from '../templates'
import { manifestError } from './loadManifest'
import { manifestConnections } from './manifestConnections'
import { prefixLogger } from './prefixLogger'
import type { Manifest, ManifestApp } from './types'

export type ManifestRowStatus = PublishStatus | 'failed' | 'skipped'

export interface ManifestRow {
  index: number
  label: string
  connection: string
  status: ManifestRowStatus
  result?: PublishResult
  /** One line, for a failed app; why it was skipped for a skipped one. */
  error?: string
  durationMs: number
}

export interface ManifestRunResult {
  rows: ManifestRow[]
  failed: number
  /** With checkConnections: each used connection's check, by manifest name. */
  checks: Record<string, CheckConnectionResult>
  /** Waits the budget imposed and 429s received, over the run. */
  budget: BudgetStats
  durationMs: number
}

/** The run-wide options: what `publish` takes for every app, minus what the manifest says per app. */
export type SharedInputs = Pick<
  PublishInputs,
  'dryRun' | 'concurrency' | 'blockSizeMiB' | 'provenance' | 'allowRequiredToAll' | 'allowEmptyGroups'
>

export interface ManifestRunOptions extends Omit<PublishOptions, 'session'> {
  /** The connection the command was given: the manifest's `default`. */
  defaultConnection?: ConnectionInput
  inputs?: SharedInputs
  /** Apps in flight at once (default 8, 1-32). */
  parallel?: number
  /** Stop starting apps after the first failure. */
  failFast?: boolean
  /** This job's part of each tenant's budget (1/N for N parallel jobs against one tenant). */
  budgetShare?: number
  /** Called as each app finishes, for live output. */
  onRow?: (row: ManifestRow) => void
  /**
   * Check each connection (check-connection) right after its one sign-in, on the same session: the
   * adapters' summary reads it. A connection whose check is an Error fails its apps with that line.
   */
  checkConnections?: boolean
  /** Folds each app's log into a CI log group; used only with parallel 1, where logs don't interleave. */
  group?: <T>(title: string, fn: () => Promise<T>) => Promise<T>
}

export const DEFAULT_PARALLEL = 8

export async function publishManifest(
  manifest: Manifest,
  logger: Logger,
  opts: ManifestRunOptions = {},
): Promise<ManifestRunResult> {
  const started = Date.now()
  const log = safeLogger(logger)
  const parallel = opts.parallel ?? DEFAULT_PARALLEL
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 32)
    throw inputError(
      'parallel',
      `must be a whole number from 1 to 32, got ${String(parallel)}`,
      'Give --parallel N.',
    )
  const budgets = new BudgetRegistry(opts.budgetShare ?? 1)
  const env = opts.env ?? process.env
  // Everything that can be checked without the network is, for every app, before the first sign-in.
  const inputsByName = manifestConnections(manifest, opts.defaultConnection, env)
  const resolved = Object.fromEntries(
    Object.entries(inputsByName).map(([name, c]) => [name, resolveConnection(c, log)]),
  )
  await checkTemplates(manifest)

  const sessions = new Map<string, Promise<Session>>()
  const checks: Record<string, CheckConnectionResult> = {}
  const signIn = async (name: string): Promise<Session> => {
    const session = await openSession(resolved[name], log, env, { budgets }).catch((e: unknown) => {
      if (opts.checkConnections) checks[name] = signInFailed(e)
      throw e
    })
    if (!opts.checkConnections) return session
    const requires = opts.inputs?.dryRun ? [Requirements.readApps] : undefined
    const check = await checkConnection(inputsByName[name], log, { session, env, requires })
    checks[name] = check
    if (check.status === 'Error') {
      await session.close()
      throw new IntunePublishError(ErrorCodes.AuthFailed, check.error ?? 'Sign-in failed')
    }
    return session
  }
  const sessionFor = (name: string): Promise<Session> => {
    let s = sessions.get(name)
    if (!s) {
      s = signIn(name)
      // A failed sign-in fails this connection's apps with the same line; it is not retried per app.
      s.catch(() => undefined)
      sessions.set(name, s)
    }
    return s
  }

  let stop = false
  try {
    const rows = await mapPool(manifest.apps, parallel, async app => {
      const t0 = Date.now()
      const base = { index: app.index, label: app.label, connection: app.connection }
      if (stop) {
        const row: ManifestRow = {
          ...base,
          status: 'skipped',
          error: 'not started (fail-fast)',
          durationMs: 0,
        }
        opts.onRow?.(row)
        return row
      }
      let row: ManifestRow
      try {
        const session = await sessionFor(app.connection)
        const publishOne = () =>
          publish(appInputs(app, inputsByName[app.connection], opts.inputs), prefixLogger(log, app.label), {
            ...opts,
            session,
          })
        const result = await (opts.group && parallel === 1 ? opts.group(app.label, publishOne) : publishOne())
        row = { ...base, status: result.status, result, durationMs: Date.now() - t0 }
      } catch (e) {
        // One line per row: a template's several problems are joined.
        const error = errorLine(e).replace(/\n+/g, '; ')
        row = { ...base, status: 'failed', error, durationMs: Date.now() - t0 }
        log.warn(`[${app.label}] failed: ${row.error}`)
        if (opts.failFast) stop = true
      }
      opts.onRow?.(row)
      return row
    })
    return {
      rows,
      failed: rows.filter(r => r.status === 'failed').length,
      checks,
      budget: budgets.stats(),
      durationMs: Date.now() - started,
    }
  } finally {
    for (const s of sessions.values()) await s.then(x => x.close()).catch(() => undefined)
  }
}

function signInFailed(e: unknown): CheckConnectionResult {
  return {
    status: 'Error',
    error: errorLine(e),
    errorCode: isIntunePublishError(e) ? e.code : undefined,
    permissionsGranted: [],
    permissionsMissing: [],
    graphReachable: false,
    checkedAt: new Date().toISOString(),
  }
}

function appInputs(app: ManifestApp, connection: ConnectionInput, shared: SharedInputs = {}): PublishInputs {
  return {
    ...shared,
    connection,
    packagePath: app.packagePath,
    source: app.source,
    appTemplate: app.appTemplate,
    assignments: app.assignments,
    assignmentMode: app.assignmentMode,
    appId: app.appId,
    supersede: app.supersede,
  }
}

/** Each template file once: a broken one is reported against the apps that use it, before any write. */
async function checkTemplates(manifest: Manifest): Promise<void> {
  const problems: string[] = []
  const seen = new Map<string, Promise<string | undefined>>()
  const check = (file: string, load: (f: string) => Promise<unknown>): Promise<string | undefined> => {
    let p = seen.get(file)
    if (!p) {
      p = load(file).then(
        () => undefined,
        (e: unknown) => errorLine(e),
      )
      seen.set(file, p)
    }
    return p
  }
  for (const a of manifest.apps) {
    const app = a.appTemplate && (await check(a.appTemplate, f => loadAppTemplate(f)))
    if (app) problems.push(`${manifest.file}: apps[${a.index}].app: ${app}`)
    const asg = a.assignments && (await check(a.assignments, f => loadAssignmentTemplate(f)))
    if (asg) problems.push(`${manifest.file}: apps[${a.index}].assignments: ${asg}`)
  }
  if (problems.length) throw manifestError(problems)
}
