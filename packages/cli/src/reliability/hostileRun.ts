/**
 * Test support for the fault matrix: runs the CLI as a real process against a simulator, with a watchdog
 * that samples its RSS (/proc/<pid>/status) and kills it past a memory cap or a deadline, so a case that
 * is not fixed yet fails fast instead of eating the machine or blocking the suite.
 */
import { spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { clearInterval, setInterval } from 'node:timers'
import type { RunningSimulator } from '@intune-publish/sim'

export const CLI = path.resolve(__dirname, '../../dist/cli.js')

export interface HostileRun {
  code: number | null
  /** Why the watchdog stopped it, if it did. */
  killed?: 'memory' | 'deadline'
  stdout: string
  stderr: string
  peakRssMiB: number
  /** Graph writes (POST/PATCH/PUT/DELETE) the simulator saw during the run. */
  graphWrites: string[]
  ms: number
}

export interface HostileOptions {
  env?: Record<string, string>
  /** Memory cap for the CLI process (default 256 MiB). */
  rssCapMiB?: number
  deadlineMs?: number
}

function rssMiB(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
    return m ? Number(m[1]) / 1024 : 0
  } catch {
    return 0
  }
}

const WRITES = new Set(['POST', 'PATCH', 'PUT', 'DELETE'])

export async function runHostile(
  sim: RunningSimulator,
  argv: string[],
  opts: HostileOptions = {},
): Promise<HostileRun> {
  const cap = opts.rssCapMiB ?? 256
  const logAt = sim.state.requestLog.length
  const started = Date.now()
  // Only what the case gives: nothing from the developer's shell (INTUNE_*, proxies, extra CAs).
  const env = { PATH: process.env.PATH ?? '', INTUNE_CONNECTION: JSON.stringify(sim.connection), ...opts.env }
  const child = spawn(process.execPath, [CLI, ...argv], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
  let peak = 0
  let killed: HostileRun['killed']
  const watch = setInterval(() => {
    peak = Math.max(peak, child.pid ? rssMiB(child.pid) : 0)
    if (peak > cap) killed = 'memory'
    else if (Date.now() - started > (opts.deadlineMs ?? 20_000)) killed = 'deadline'
    if (killed) child.kill('SIGKILL')
  }, 10)
  const code = await new Promise<number | null>(resolve => child.once('close', c => resolve(c)))
  clearInterval(watch)
  return {
    code,
    killed,
    stdout,
    stderr,
    peakRssMiB: Math.round(peak),
    graphWrites: sim.state.requestLog
      .slice(logAt)
      .filter(e => WRITES.has(e.method))
      .map(e => `${e.method} ${e.path}`),
    ms: Date.now() - started,
  }
}

/** Lines a GitHub runner or an Azure DevOps agent would execute as commands. */
export function runnerCommands(text: string): string[] {
  return text.split(/\r\n|\r|\n/).filter(l => /^\s*::/.test(l) || l.includes('##vso['))
}

/** The outcome every refused input must have: exit code, one `error:` line, no stack, no write, bounded. */
export function cleanRefusal(r: HostileRun): Record<string, unknown> {
  const lines = r.stderr.split('\n').filter(Boolean)
  return {
    killed: r.killed,
    code: r.code,
    errorLines: lines.filter(l => l.startsWith('error:')).length,
    stack: lines.some(l => /^\s+at .+:\d+:\d+\)?$/.test(l)),
    graphWrites: r.graphWrites,
    withinMemory: r.peakRssMiB <= 256,
  }
}

export const refused = (code = 2) => ({
  killed: undefined,
  code,
  errorLines: 1,
  stack: false,
  graphWrites: [],
  withinMemory: true,
})
