// Builds the Azure DevOps task bundle (ncc, CommonJS) and packages the extension into
// azure-devops-task/out/*.vsix with tfx, offline. The bundle is not committed; this builds it fresh.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { pnpmBin, root } from './pnpm.mjs'

const ado = join(root, 'azure-devops-task')
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, stdio: 'inherit' })
  if (r.status !== 0) {
    console.error(`build-vsix: ${cmd} ${args.join(' ')} failed`)
    process.exit(r.status ?? 1)
  }
}
if (!process.argv.includes('--no-bundle'))
  run(pnpmBin, ['--filter', '@intune-publish/azure-devops', 'bundle'], root)
mkdirSync(join(ado, 'out'), { recursive: true })
const tfx = join(ado, 'node_modules', '.bin', 'tfx')
// The manifest's publisher is a placeholder: a user builds the extension under their own publisher.
const flag = process.argv.indexOf('--publisher')
const publisher = (flag > 0 ? process.argv[flag + 1] : process.env.INTUNE_PUBLISH_VSIX_PUBLISHER)?.trim()
if (publisher !== undefined && !/^[A-Za-z0-9][A-Za-z0-9-]*$/.test(publisher)) {
  console.error(`build-vsix: '${publisher}' is not a Marketplace publisher id (letters, digits, hyphens)`)
  process.exit(1)
}
run(
  tfx,
  [
    'extension',
    'create',
    '--manifest-globs',
    'vss-extension.json',
    '--output-path',
    'out',
    '--no-prompt',
    ...(publisher ? ['--publisher', publisher] : []),
  ],
  ado,
)
const vsix = readdirSync(join(ado, 'out')).filter(f => f.endsWith('.vsix'))
if (!vsix.length || !existsSync(join(ado, 'out', vsix[0]))) {
  console.error('build-vsix: no .vsix was written')
  process.exit(1)
}
console.log(`build-vsix: azure-devops-task/out/${vsix.join(', ')}`)
