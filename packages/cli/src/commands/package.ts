/** `intune-publish package`: build a .intunewin from a folder, on any OS (IntuneWinAppUtil's job). */
import { inputError, packageIntunewin, sanitizeText, type PackageIntunewinResult } from '@intune-publish/core'
import { EXIT } from '../exitCodes'
import type { Command, CommandContext } from './types'

const help = `Flags:
  --source DIR                 the folder to package (everything in it, recursively)
  --setup FILE                 the installer, relative to --source (e.g. setup.exe, install.ps1, app.msi)
  --out PKG.intunewin          the package to write (outside --source); replaced if it exists
  --seed S                     reproducible build: keys, IV and timestamps from S (anyone with S can
                               decrypt the package; omit it for random keys)
  --compression-level N        deflate level 1-9 for the inner zip (default 1, as Microsoft's tool)`

function text(ctx: CommandContext, flag: string): string | undefined {
  const v = ctx.values[flag]
  return typeof v === 'string' ? v : undefined
}

function required(ctx: CommandContext, flag: string, fix: string): string {
  const v = text(ctx, flag)
  if (!v) throw inputError(flag, `--${flag} is required`, fix)
  return v
}

/** What is printed: never the keys (they are in the package, but need not be in CI logs). */
function summary(r: PackageIntunewinResult): Record<string, unknown> {
  return {
    outFile: r.outFile,
    name: r.name,
    setupFile: r.setupFile,
    fileCount: r.fileCount,
    sourceBytes: r.sourceBytes,
    unencryptedContentSize: r.unencryptedSize,
    encryptedSize: r.encryptedSize,
    packageSize: r.packageSize,
    fileDigest: r.fileDigest,
    fileDigestAlgorithm: 'SHA256',
    deterministic: r.deterministic,
    ...(r.msi ? { msiProductCode: r.msi.productCode, msiProductVersion: r.msi.productVersion } : {}),
  }
}

export const packageCommand: Command = {
  name: 'package',
  summary: 'Build a .intunewin (Win32 app package) from a folder',
  help,
  options: {
    source: { type: 'string' },
    setup: { type: 'string' },
    out: { type: 'string' },
    seed: { type: 'string' },
    'compression-level': { type: 'string' },
  },
  async run(ctx) {
    const sourceDir = required(
      ctx,
      'source',
      'Pass --source DIR, the folder with the installer and its files.',
    )
    const setupFile = required(ctx, 'setup', 'Pass --setup FILE, the installer relative to --source.')
    const outFile = required(ctx, 'out', 'Pass --out PKG.intunewin, a path outside --source.')
    const levelText = text(ctx, 'compression-level')
    const compressionLevel = levelText === undefined ? undefined : Number(levelText)
    const seed = text(ctx, 'seed')
    if (seed) ctx.logger.maskSecret(seed) // the seed gives the keys
    // With --json, stdout carries only the JSON object: progress lines go to stderr.
    const logger = ctx.json
      ? { ...ctx.logger, info: (m: string) => ctx.out.stderr(`${sanitizeText(m)}\n`) }
      : ctx.logger
    const result = await packageIntunewin({ sourceDir, setupFile, outFile, seed, compressionLevel, logger })
    const s = summary(result)
    if (ctx.json) {
      ctx.out.stdout(`${sanitizeText(JSON.stringify(s))}\n`)
    } else {
      ctx.logger.info(`Packaged ${result.name}`)
      for (const [k, v] of Object.entries(s))
        if (k !== 'name') ctx.logger.info(`  ${`${k}:`.padEnd(25)}${String(v)}`)
    }
    return EXIT.ok
  },
}
