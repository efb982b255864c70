// Packs the CLI as one file for every other CI: ncc bundles packages/cli/dist/cli.js (the core, the
// adapter layer, msal, undici and the JSON schemas inlined) into packages/cli/out/package/dist/cli.js,
// writes a package.json with no dependencies, and `npm pack`s it into packages/cli/out/*.tgz.
// `pnpm publish` in packages/cli publishes out/package (publishConfig.directory).
// Usage: node scripts/pack-cli.mjs   (after `npm run build`)
import { spawnSync } from 'node:child_process'
import {
  chmodSync,
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { join } from 'node:path'
import { root } from './pnpm.mjs'

const cli = join(root, 'packages', 'cli')
const out = join(cli, 'out')
const pkgDir = join(out, 'package')
function run(cmd, args, cwd) {
  const r = spawnSync(cmd, args, { cwd, encoding: 'utf8' })
  if (r.status !== 0) {
    console.error(`pack-cli: ${cmd} ${args.join(' ')} failed\n${r.stdout}\n${r.stderr}`)
    process.exit(r.status ?? 1)
  }
  return r.stdout
}
if (!existsSync(join(cli, 'dist', 'cli.js'))) {
  console.error('pack-cli: packages/cli/dist/cli.js is missing; run npm run build first')
  process.exit(1)
}
rmSync(out, { recursive: true, force: true })
mkdirSync(pkgDir, { recursive: true })
const ncc = join(cli, 'node_modules', '.bin', 'ncc')
run(
  ncc,
  ['build', join(cli, 'dist', 'cli.js'), '-o', join(pkgDir, 'dist'), '--license', 'licenses.txt', '-q'],
  root,
)
renameSync(join(pkgDir, 'dist', 'index.js'), join(pkgDir, 'dist', 'cli.js'))
const bundle = join(pkgDir, 'dist', 'cli.js')
const text = readFileSync(bundle, 'utf8')
if (!text.startsWith('#!')) writeFileSync(bundle, `#!/usr/bin/env node\n${text}`)
chmodSync(bundle, 0o755)

const src = JSON.parse(readFileSync(join(cli, 'package.json'), 'utf8'))
const published = {
  name: src.name,
  version: src.version,
  description: src.description,
  license: src.license,
  keywords: src.keywords,
  homepage: src.homepage,
  repository: src.repository,
  bugs: src.bugs,
  bin: { 'intune-publish': 'dist/cli.js' },
  files: ['dist'],
  engines: src.engines,
  publishConfig: { access: 'public' },
}
writeFileSync(join(pkgDir, 'package.json'), `${JSON.stringify(published, null, 2)}\n`)
copyFileSync(join(cli, 'README.md'), join(pkgDir, 'README.md'))
copyFileSync(join(root, 'LICENSE'), join(pkgDir, 'LICENSE'))
const tgz = run('npm', ['pack', '--pack-destination', out, '--loglevel=error'], pkgDir)
  .trim()
  .split('\n')
  .pop()
console.log(`pack-cli: packages/cli/out/${tgz}`)
