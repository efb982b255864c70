/** `intune-publish plan`: what publish would do, without a single write. */
import { publish } from '@intune-publish/core'
import { EXIT } from '../exitCodes'
import { manifestHelp, manifestOptions, runManifest } from './manifestRun'
import { printResult, publishHelp, publishOptions, readPublishInputs } from './publishFlags'
import type { Command } from './types'

export const planCommand: Command = {
  name: 'plan',
  summary: 'Show what publish would change, without writing anything',
  help: `${publishHelp}\n${manifestHelp}`,
  options: { ...publishOptions, ...manifestOptions },
  async run(ctx) {
    if (ctx.values.manifest !== undefined) return runManifest(ctx, true)
    const result = await publish(readPublishInputs(ctx, true), ctx.logger, {
      env: ctx.env,
      allowExpiredProvisioningProfile: ctx.values['allow-expired-profile'] === true,
    })
    printResult(ctx, result)
    return EXIT.ok
  },
}
