/** Runs a built adapter bundle the way the runner or agent does: a fresh node with env variables. */
import { spawn } from 'node:child_process'
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export interface BundleRun {
  code: number | null
  stdout: string
  stderr: string
  /** GitHub: the GITHUB_OUTPUT file, parsed. */
  outputs: Record<string, string>
  /** GitHub: the GITHUB_STEP_SUMMARY file. */
  summary: string
  /** Every file the run left in its temp folder (summaries, output files), concatenated. */
  files: string
  dir: string
}

/** Parses the heredoc form @actions/core writes to GITHUB_OUTPUT. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<]+)<<(.+)$/.exec(lines[i])
    if (!m) continue
    const value: string[] = []
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i])
    out[m[1]] = value.join('\n')
  }
  return out
}

const BASE_ENV = ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT', 'LANG']

export async function runBundle(
  bundle: string,
  env: Record<string, string>,
  timeoutMs = 90000,
  cwd?: string,
): Promise<BundleRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ip-bundle-'))
  const outFile = path.join(dir, 'github_output')
  const summaryFile = path.join(dir, 'step_summary.md')
  writeFileSync(outFile, '')
  writeFileSync(summaryFile, '')
  const childEnv: Record<string, string> = { GITHUB_OUTPUT: outFile, GITHUB_STEP_SUMMARY: summaryFile }
  for (const k of BASE_ENV) if (process.env[k]) childEnv[k] = process.env[k] as string
  Object.assign(childEnv, { AGENT_TEMPDIRECTORY: dir, RUNNER_TEMP: dir }, env)
  const child = spawn(process.execPath, [bundle], { env: childEnv, cwd: cwd ?? dir })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', d => (stdout += d))
  child.stderr.on('data', d => (stderr += d))
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
  const code = await new Promise<number | null>(resolve => child.on('close', c => resolve(c)))
  clearTimeout(timer)
  const files = readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter(e => e.isFile())
    .map(e => readFileSync(path.join(e.parentPath, e.name), 'utf8'))
    .join('\n')
  return {
    code,
    stdout,
    stderr,
    outputs: parseGithubOutput(readFileSync(outFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8'),
    files,
    dir,
  }
}

/**
 * Copies a built bundle folder into an empty temp directory (no node_modules, no repository around it)
 * and returns the copy's entry file: the bundle must carry everything it reads at run time.
 */
export function copyBundle(dir: string, entry = 'index.js'): string {
  const to = mkdtempSync(path.join(os.tmpdir(), 'ip-dist-'))
  cpSync(dir, to, { recursive: true })
  return path.join(to, entry)
}

/** INPUT_* variables as the runner sets them: upper-case, hyphens kept. */
export function githubInputs(inputs: Record<string, string>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v]),
  )
}
