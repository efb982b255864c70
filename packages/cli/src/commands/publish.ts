/** `intune-publish publish`: put a package into Intune (new app or new content version) and assign it. */
import { publish } from '@intune-publish/core'
import { EXIT } from '../exitCodes'
import { manifestHelp, manifestOptions, runManifest } from './manifestRun'
import { printResult, publishHelp, publishOptions, readPublishInputs } from './publishFlags'
import type { Command } from './types'

export const publishCommand: Command = {
  name: 'publish',
  summary: 'Publish a package to Intune and apply its assignments',
  help: `  --dry-run                    only print the plan (same as the plan command)\n${publishHelp}\n${manifestHelp}`,
  options: { ...publishOptions, ...manifestOptions, 'dry-run': { type: 'boolean' } },
  async run(ctx) {
    if (ctx.values.manifest !== undefined) return runManifest(ctx, ctx.values['dry-run'] === true)
    const inputs = readPublishInputs(ctx, ctx.values['dry-run'] === true)
    const result = await publish(inputs, ctx.logger, {
      env: ctx.env,
      allowExpiredProvisioningProfile: ctx.values['allow-expired-profile'] === true,
    })
    printResult(ctx, result)
    return EXIT.ok
  },
}
