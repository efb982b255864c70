/**
 * Runs Azurite's blob service as a child process on 127.0.0.1, persisting to a temp folder on disk
 * (in-memory mode grows without bound on multi-GiB benchmarks).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import path from 'node:path'

export interface AzuriteProcess {
  /** Plain-http base of the blob service, e.g. `http://127.0.0.1:41234`. */
  readonly url: string
  readonly port: number
  /** The workspace folder (removed on stop). */
  readonly location: string
  stop(): Promise<void>
}

export interface StartAzuriteOptions {
  /** Parent folder for the workspace; a fresh sub-folder is created in it. */
  tmpDir: string
  /** How long to wait for Azurite to listen before giving up. */
  startTimeoutMs?: number
}

const LISTENING = /successfully listens on http:\/\/127\.0\.0\.1:(\d+)/
const MAX_ATTEMPTS = 3

function azuriteBlobEntry(): string {
  const pkgJson = require.resolve('azurite/package.json')
  const pkg = JSON.parse(readFileSync(pkgJson, 'utf8')) as { bin: Record<string, string> }
  return path.join(path.dirname(pkgJson), pkg.bin['azurite-blob'])
}

export async function startAzurite(opts: StartAzuriteOptions): Promise<AzuriteProcess> {
  const location = await mkdtemp(path.join(opts.tmpDir, 'azurite-'))
  let lastError: Error | undefined
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    try {
      const { child, port } = await spawnOnce(location, opts.startTimeoutMs ?? 20_000)
      return {
        url: `http://127.0.0.1:${port}`,
        port,
        location,
        stop: () => stopChild(child, location),
      }
    } catch (err) {
      lastError = err as Error
      // Port 0 lets the OS pick, so EADDRINUSE only happens in odd races: try again; anything else is final.
      if (!/EADDRINUSE/.test(lastError.message)) break
    }
  }
  await rm(location, { recursive: true, force: true })
  throw lastError ?? new Error('Azurite did not start')
}

function spawnOnce(location: string, timeoutMs: number): Promise<{ child: ChildProcess; port: number }> {
  const args = [
    azuriteBlobEntry(),
    ...['--blobHost', '127.0.0.1', '--blobPort', '0', '-l', location],
    ...['--skipApiVersionCheck', '--disableTelemetry', '--silent', '--loose', '--disableProductStyleUrl'],
  ]
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  return new Promise((resolve, reject) => {
    let output = ''
    const fail = (why: string): void => {
      clearTimeout(timer)
      child.kill('SIGKILL')
      const tail = output.trim().split('\n').slice(-5).join(' | ')
      reject(new Error(`Azurite blob service failed to start: ${why}${tail ? ` (output: ${tail})` : ''}`))
    }
    const timer = setTimeout(() => fail(`not listening after ${timeoutMs} ms`), timeoutMs)
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const m = LISTENING.exec(output)
      if (!m) return
      clearTimeout(timer)
      child.stdout?.off('data', onData)
      // Keep draining so a chatty child never blocks on a full pipe.
      child.stdout?.resume()
      child.off('exit', onExit)
      resolve({ child, port: Number(m[1]) })
    }
    const onExit = (code: number | null, signal: string | null): void =>
      fail(`exited early (code ${code}, signal ${signal})`)
    child.stdout?.on('data', onData)
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.once('exit', onExit)
    child.once('error', err => fail(err.message))
  })
}

async function stopChild(child: ChildProcess, location: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>(resolve => child.once('exit', () => resolve()))
    child.kill('SIGTERM')
    const timer = setTimeout(() => child.kill('SIGKILL'), 3000)
    await exited
    clearTimeout(timer)
  }
  await rm(location, { recursive: true, force: true })
}
