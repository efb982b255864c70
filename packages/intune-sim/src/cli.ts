#!/usr/bin/env node
/**
 * intune-sim: runs the local Intune simulator until SIGINT/SIGTERM. Prints exactly one JSON line on
 * stdout when ready (URLs, CA file, connection); everything else goes to stderr.
 */
import { readFileSync } from 'node:fs'
import { parseArgs } from 'node:util'
import { defaultClient, type SimOptions } from './options'
import { startSimulator } from './simulator'

const USAGE = `Usage: intune-sim [options]
  --tenant-id GUID             tenant id (default: a fixed GUID)
  --client-id GUID             client id of the default app registration
  --client-secret VALUE        its secret (default: random)
  --roles A,B                  consented application permissions (comma list; empty for none)
  --token-lifetime SECONDS     access token lifetime (default 3600)
  --latency-ms MS              delay added to every Graph response
  --sas-lifetime-seconds S     lifetime of upload SAS URLs
  --write-budget N             Graph writes allowed per 20 s per app (default 100)
  --device-success-rate R      share of simulated device installs that succeed, 0-1 (default 1)
  --device-install-delay-ms MS how long a simulated device takes to install (default 600000)
  --no-blob                    run without blob storage (no Azurite)
  --config FILE                JSON file with SimOptions (flags override it)
  --verbose                    log requests to stderr`

export function optionsFromArgs(argv: string[]): SimOptions {
  const { values } = parseArgs({
    args: argv,
    strict: true,
    options: {
      'tenant-id': { type: 'string' },
      'client-id': { type: 'string' },
      'client-secret': { type: 'string' },
      roles: { type: 'string' },
      'token-lifetime': { type: 'string' },
      'latency-ms': { type: 'string' },
      'sas-lifetime-seconds': { type: 'string' },
      'write-budget': { type: 'string' },
      'no-blob': { type: 'boolean' },
      'device-success-rate': { type: 'string' },
      'device-install-delay-ms': { type: 'string' },
      config: { type: 'string' },
      verbose: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    process.stderr.write(`${USAGE}\n`)
    process.exit(0)
  }
  const opts: SimOptions = values.config
    ? (JSON.parse(readFileSync(values.config, 'utf8')) as SimOptions)
    : {}
  const num = (flag: string, v: string | undefined): number | undefined => {
    if (v === undefined) return undefined
    const n = Number(v)
    if (!Number.isFinite(n) || n < 0) throw new Error(`--${flag} must be a non-negative number, got '${v}'`)
    return n
  }
  if (values['tenant-id']) opts.tenantId = values['tenant-id']
  if (values['client-id'] || values['client-secret'] !== undefined || values.roles !== undefined) {
    const base = opts.clients?.[0] ?? defaultClient()
    const client = {
      ...base,
      ...(values['client-id'] ? { clientId: values['client-id'] } : {}),
      ...(values['client-secret'] !== undefined ? { secret: values['client-secret'] } : {}),
      ...(values.roles !== undefined
        ? {
            roles: values.roles
              .split(',')
              .map(r => r.trim())
              .filter(Boolean),
          }
        : {}),
    }
    opts.clients = [client, ...(opts.clients?.slice(1) ?? [])]
  }
  opts.tokenLifetimeSec = num('token-lifetime', values['token-lifetime']) ?? opts.tokenLifetimeSec
  opts.latencyMs = num('latency-ms', values['latency-ms']) ?? opts.latencyMs
  const writes = num('write-budget', values['write-budget'])
  if (writes !== undefined) opts.budget = { ...opts.budget, writesPer20s: writes }
  const sas = num('sas-lifetime-seconds', values['sas-lifetime-seconds'])
  if (values['no-blob']) opts.blob = false
  else if (sas !== undefined) opts.blob = { ...(opts.blob || {}), sasLifetimeMs: sas * 1000 }
  const rate = num('device-success-rate', values['device-success-rate'])
  if (rate !== undefined && rate > 1) throw new Error('--device-success-rate must be between 0 and 1')
  const delay = num('device-install-delay-ms', values['device-install-delay-ms'])
  if (rate !== undefined || delay !== undefined)
    opts.devices = {
      ...opts.devices,
      ...(rate !== undefined ? { successRate: rate } : {}),
      ...(delay !== undefined ? { installDelayMs: delay } : {}),
    }
  if (values.verbose) opts.verbose = true
  return opts
}

async function main(): Promise<void> {
  const sim = await startSimulator(optionsFromArgs(process.argv.slice(2)))
  const { graphUrl, caFile, connection } = sim
  // authUrl is the Auth URL users know: the token endpoint, like Appcircle's connection asks for.
  process.stdout.write(`${JSON.stringify({ authUrl: sim.tokenUrl, graphUrl, caFile, connection })}\n`)
  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    if (process.env.INTUNE_SIM_DEBUG) process.stderr.write(`intune-sim: ${signal}, stopping\n`)
    sim.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`intune-sim: ${err instanceof Error ? err.message : String(err)}\n`)
    process.exit(1)
  })
}
