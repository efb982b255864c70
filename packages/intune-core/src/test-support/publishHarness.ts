/**
 * Test helper for end-to-end publish tests: one simulator per test file, a capturing logger, inputs for
 * the simulator's client, and read-backs of what the simulated Intune holds (apps, writes seen).
 */
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { startSimulator, type RunningSimulator, type SimApp, type SimOptions } from '@intune-publish/sim'
import type { PublishInputs } from '../api'
import type { Logger } from '../logger'
import { simConnection } from './simConnection'

/** `<repo>/../shared/fixtures`. */
export const FIXTURES = resolve(__dirname, '../../../../../shared/fixtures')
export const fixture = (rel: string): string => join(FIXTURES, rel)

export interface CapturingLogger extends Logger {
  lines: string[]
}

export function capturingLogger(): CapturingLogger {
  const lines: string[] = []
  return {
    lines,
    info: m => lines.push(m),
    warn: m => lines.push(m),
    debug: m => lines.push(m),
    progress: e => lines.push(e.message),
    maskSecret: () => undefined,
  }
}

/** A simulator with fast state changes and a write budget that parallel publishes in one file don't hit. */
export function startTestSim(opts: SimOptions = {}): Promise<RunningSimulator> {
  return startSimulator({ stateDelayMs: 20, budget: { writesPer20s: 2000, requestsPer20s: 20000 }, ...opts })
}

export function publishInputs(sim: RunningSimulator, extra: Partial<PublishInputs>): PublishInputs {
  return {
    connection: simConnection(sim, {
      clientId: sim.connection.clientId,
      clientSecret: sim.connection.clientSecret,
    }),
    ...extra,
  }
}

const WRITE_METHODS = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

/** Graph writes the simulator saw from request-log index `since` on. */
export function graphWrites(sim: RunningSimulator, since = 0): { method: string; path: string }[] {
  return sim.state.requestLog.slice(since).filter(r => WRITE_METHODS.has(r.method.toUpperCase()))
}

export function appsWhere(
  sim: RunningSimulator,
  pred: (props: Record<string, unknown>) => boolean,
): SimApp[] {
  return [...sim.state.apps.values()].filter(a => pred(a.props))
}

/** The content file of an app's committed content version (the one the commit check passed). */
export function committedFile(app: SimApp): Record<string, unknown> | undefined {
  const cv = app.contentVersions.find(c => c.id === app.props.committedContentVersion)
  return cv?.files[0]?.props
}

export async function withTempDir<T>(fn: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'intune-e2e-'))
  try {
    return await fn(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

export async function makeTempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'intune-e2e-'))
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) }
}
