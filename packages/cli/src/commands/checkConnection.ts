/** `intune-publish check-connection`: sign in, check permissions, read Graph once, print one status. */
import {
  type CheckConnectionResult,
  ErrorCodes,
  checkConnection,
  consentInstructions,
  sanitizeText,
} from '@intune-publish/core'
import { connectionHelp, connectionOptions, readConnectionFlags } from '../connectionFlags'
import { EXIT } from '../exitCodes'
import type { Command } from './types'

export const checkConnectionCommand: Command = {
  name: 'check-connection',
  summary: 'Sign in to Intune and report Connected, Not finished or Error',
  help: connectionHelp,
  options: connectionOptions,
  async run(ctx) {
    const input = readConnectionFlags(ctx.values, ctx.env, ctx.logger.info)
    const result = await checkConnection(input, ctx.logger, { env: ctx.env })
    const badInput =
      result.errorCode === ErrorCodes.InputInvalid || result.errorCode === ErrorCodes.HostNotAllowed
    if (ctx.json) ctx.out.stdout(`${sanitizeText(JSON.stringify(result))}\n`)
    else if (!badInput) printResult(result, ctx.logger.info)
    if (result.status === 'Connected') return EXIT.ok
    if (badInput) {
      // Bad input is one line and nothing else: nothing was sent, there is no status to show.
      ctx.out.stderr(`error: ${sanitizeText(result.error ?? 'invalid input')}\n`)
      return EXIT.input
    }
    return EXIT.failed
  },
}

function printResult(r: CheckConnectionResult, print: (line: string) => void): void {
  print(r.status)
  const rows: Array<[string, string | undefined]> = [
    ['Setting', r.settingName],
    ['Cloud', r.cloud],
    ['Tenant', r.tenantId],
    ['Client ID', r.clientId],
    ['App', r.appDisplayName],
    ['Granted', r.permissionsGranted.join(', ') || '(none)'],
    ['Missing', r.permissionsMissing.join(', ') || '(none)'],
    ['Graph', r.graphReachable ? 'reachable' : 'not reached'],
    ['Token until', r.tokenExpiresOn],
    ['Checked at', r.checkedAt],
  ]
  for (const [k, v] of rows) if (v !== undefined) print(`  ${`${k}:`.padEnd(13)}${v}`)
  if (r.status === 'Not finished' && r.consentUrl) {
    print(`  Grant admin consent: ${r.consentUrl}`)
    print(`  or: ${consentInstructions(r.permissionsMissing, { tenantId: r.tenantId ?? '<tenant>' })}`)
  }
  if (r.status === 'Error' && r.error) print(`  Error: ${r.error}`)
}
