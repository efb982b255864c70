// Runs one measured child process (the CLI or a reference script) with its peak RSS recorded by
// scripts/bench/rss-reporter.cjs. Async on purpose: a simulator in the calling process must keep answering.
import { spawn } from 'node:child_process'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { root } from '../../pnpm.mjs'

let seq = 0

/** Environment that points a child at a running simulator (connection JSON and its test CA). */
export function simEnv(sim) {
  return {
    INTUNE_CONNECTION: JSON.stringify(sim.connection),
    INTUNE_CA_FILE: sim.caFile,
    NODE_EXTRA_CA_CERTS: sim.caFile,
  }
}

/** Runs `node <args>`; resolves with wall time (ms), peak RSS (bytes) and stdout; rejects on non-zero exit. */
export async function timedNode(args, env = {}, tmpDir = join(root, '.bench')) {
  const rssFile = join(tmpDir, `rss-${process.pid}-${++seq}.txt`)
  const started = performance.now()
  const child = spawn(process.execPath, ['-r', join(root, 'scripts', 'bench', 'rss-reporter.cjs'), ...args], {
    env: { ...process.env, ...env, BENCH_RSS_FILE: rssFile },
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr = (stderr + d).slice(-4000)))
  const status = await new Promise(r => child.once('close', r))
  const ms = performance.now() - started
  if (status !== 0) throw new Error(`${args.join(' ')} failed (exit ${status}): ${stderr}`)
  const rss = Number(readFileSync(rssFile, 'utf8'))
  rmSync(rssFile)
  return { ms, rss, stdout }
}
