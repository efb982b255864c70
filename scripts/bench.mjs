// `npm run bench`: runs the bench sections in scripts/bench/ one after another and gathers their tables
// into .bench/bench.md. Sections are not timed tests: they measure against references in the same run.
//
// A section is a script in scripts/bench/ with a header line `// bench-section: <order> <name>`, run in
// its own process (so one section's memory and CPU never colour another's), in ascending order:
//   - stdout: its markdown, starting with a `## Title` line (tables built with scripts/bench/lib/report.mjs);
//   - stderr: progress, passed through;
//   - exit 0 when it measured, whatever its goals say (a missed goal is a table cell, not a crash);
//     non-zero when it could not measure; the other sections still run and `npm run bench` then fails.
// Sections get BENCH_DIR (.bench/, for raw numbers as <name>.json) and the caller's environment.
//   BENCH_ONLY=big-package,packaging   run only these sections (by name)
//   node scripts/bench.mjs --list      list the sections
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { root } from './pnpm.mjs'
import { machineLine } from './bench/lib/report.mjs'

const benchDir = join(root, '.bench')
const sectionDir = join(root, 'scripts', 'bench')
const HEADER = /^\/\/ bench-section: (\d+) ([a-z0-9-]+)\s*$/m

function sections() {
  const found = []
  for (const file of readdirSync(sectionDir)
    .filter(f => f.endsWith('.mjs'))
    .sort()) {
    const m = HEADER.exec(readFileSync(join(sectionDir, file), 'utf8').slice(0, 4000))
    if (m) found.push({ order: Number(m[1]), name: m[2], file })
  }
  return found.sort((a, b) => a.order - b.order || a.name.localeCompare(b.name))
}

function run(section) {
  return new Promise(resolve => {
    const child = spawn(process.execPath, [join(sectionDir, section.file)], {
      cwd: root,
      env: { ...process.env, BENCH_DIR: benchDir },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    let out = ''
    child.stdout.on('data', d => (out += d))
    child.once('close', code => resolve({ code, out: out.trim() }))
  })
}

const all = sections()
if (process.argv.includes('--list')) {
  for (const s of all) console.log(`${s.order}\t${s.name}\tscripts/bench/${s.file}`)
  process.exit(0)
}
const only = process.env.BENCH_ONLY?.split(',').map(s => s.trim())
const chosen = only ? all.filter(s => only.includes(s.name)) : all
const unknown = only?.filter(n => !all.some(s => s.name === n)) ?? []
if (unknown.length) {
  console.error(`bench: no section named ${unknown.join(', ')} (have: ${all.map(s => s.name).join(', ')})`)
  process.exit(2)
}
mkdirSync(benchDir, { recursive: true })
const parts = [`# intune-publish bench`, '', machineLine(), '']
let failed = 0
for (const s of chosen) {
  console.error(`bench: section ${s.name} (scripts/bench/${s.file})…`)
  const started = performance.now()
  const { code, out } = await run(s)
  const took = ((performance.now() - started) / 60_000).toFixed(1)
  if (code !== 0) failed++
  const body = out || `## ${s.name}\n\n(no output)`
  const text = code === 0 ? body : `${body}\n\n**Section ${s.name} failed (exit ${code}); see the log.**`
  parts.push(text, '', `_${s.name}: ${took} min_`, '')
  // Written after every section, so a long run that dies late keeps what it measured.
  writeFileSync(join(benchDir, 'bench.md'), parts.join('\n'))
  console.log(`${text}\n`)
}
console.error(`bench: wrote ${join(benchDir, 'bench.md')}`)
process.exit(failed ? 1 : 0)
