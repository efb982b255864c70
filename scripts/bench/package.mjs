#!/usr/bin/env node
// bench-section: 90 packaging
// Benchmark: packageIntunewin on BENCH_PACKAGE_MIB (default 1024) MiB of mixed files, against the limit
// `zip -r` + `openssl enc -aes-256-cbc` of the same folder. Run after `tsc -b`:
//   node scripts/bench/package.mjs
// Prints a markdown table and writes .bench/package.json. Our run happens in a child process so that its
// peak RSS (process.resourceUsage().maxRSS) is the packager's alone.
import { execFileSync, spawnSync } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import * as path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const benchDir = path.join(repo, '.bench')
const srcDir = path.join(benchDir, 'package-src')
const MiB = 1024 * 1024
const targetMiB = Number(process.env.BENCH_PACKAGE_MIB ?? 1024)
const core = path.join(repo, 'packages/intune-core/dist/index.js')

function generate() {
  rmSync(srcDir, { recursive: true, force: true })
  mkdirSync(path.join(srcDir, 'bin'), { recursive: true })
  mkdirSync(path.join(srcDir, 'docs', 'en'), { recursive: true })
  writeFileSync(path.join(srcDir, 'install.ps1'), 'Start-Process setup.exe -ArgumentList "/S" -Wait\r\n')
  const words =
    'the quick brown fox jumps over lazy dog install setup registry value key path program files'.split(' ')
  let seed = 1
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32
  const textChunk = () => {
    const lines = []
    let n = 0
    while (n < MiB) {
      const line = Array.from(
        { length: 8 + Math.floor(rnd() * 8) },
        () => words[Math.floor(rnd() * words.length)],
      ).join(' ')
      lines.push(`${Math.floor(rnd() * 1e6)}: ${line}`)
      n += line.length + 10
    }
    return Buffer.from(lines.join('\r\n')).subarray(0, MiB)
  }
  const sizes = [64 * 1024, 512 * 1024, 4 * MiB, 16 * MiB, 48 * MiB]
  let total = 0
  let i = 0
  while (total < targetMiB * MiB) {
    const size = Math.min(sizes[i % sizes.length], targetMiB * MiB - total)
    const compressible = i % 2 === 1
    const file = path.join(
      srcDir,
      compressible ? 'docs/en' : 'bin',
      `file${i}.${compressible ? 'txt' : 'bin'}`,
    )
    const parts = []
    for (let done = 0; done < size; done += MiB) {
      const part = compressible ? textChunk() : randomBytes(MiB)
      parts.push(part.subarray(0, Math.min(MiB, size - done)))
    }
    writeFileSync(file, Buffer.concat(parts))
    total += size
    i++
  }
  return { files: i + 1, bytes: total }
}

function runOurs(outFile) {
  const child = `
    const { packageIntunewin } = require(${JSON.stringify(core)})
    const t0 = process.hrtime.bigint()
    packageIntunewin({ sourceDir: ${JSON.stringify(srcDir)}, setupFile: 'install.ps1', outFile: ${JSON.stringify(outFile)} })
      .then(r => {
        const ms = Number(process.hrtime.bigint() - t0) / 1e6
        console.log(JSON.stringify({ ms, maxRssKiB: process.resourceUsage().maxRSS, unencryptedSize: r.unencryptedSize, packageSize: r.packageSize }))
      }, e => { console.error(e); process.exit(1) })`
  const res = spawnSync(process.execPath, ['-e', child], { encoding: 'utf8' })
  if (res.status !== 0) throw new Error(`packaging failed: ${res.stderr}`)
  return JSON.parse(res.stdout.trim().split('\n').pop())
}

function has(cmd) {
  return spawnSync(cmd, ['-h'], { stdio: 'ignore' }).error === undefined
}

function runLimit() {
  if (!has('zip') || !has('openssl')) return { skipped: 'zip or openssl not installed' }
  const zipFile = path.join(benchDir, 'limit.zip')
  rmSync(zipFile, { force: true })
  const t0 = process.hrtime.bigint()
  execFileSync('zip', ['-r', '-q', zipFile, '.'], { cwd: srcDir })
  const t1 = process.hrtime.bigint()
  const key = randomBytes(32).toString('hex')
  const iv = randomBytes(16).toString('hex')
  execFileSync('openssl', [
    'enc',
    '-aes-256-cbc',
    '-K',
    key,
    '-iv',
    iv,
    '-in',
    zipFile,
    '-out',
    `${zipFile}.enc`,
  ])
  const t2 = process.hrtime.bigint()
  const zipSize = statSync(zipFile).size
  rmSync(zipFile, { force: true })
  rmSync(`${zipFile}.enc`, { force: true })
  return { zipMs: Number(t1 - t0) / 1e6, opensslMs: Number(t2 - t1) / 1e6, zipSize }
}

mkdirSync(benchDir, { recursive: true })
console.error(`generating ${targetMiB} MiB of mixed files in ${srcDir} ...`)
const gen = generate()
const outFile = path.join(benchDir, 'bench.intunewin')
console.error('packaging with intune-publish ...')
const ours = runOurs(outFile)
rmSync(outFile, { force: true })
console.error('measuring the limit: zip -r + openssl enc ...')
const limit = runLimit()
if (!process.env.BENCH_KEEP) rmSync(srcDir, { recursive: true, force: true })

const srcMiB = gen.bytes / MiB
const oursRate = srcMiB / (ours.ms / 1000)
const limitRate = limit.skipped ? undefined : srcMiB / ((limit.zipMs + limit.opensslMs) / 1000)
const rssMiB = ours.maxRssKiB / 1024
const speedMet = limitRate === undefined ? undefined : oursRate >= 0.6 * limitRate
const rssMet = rssMiB <= 200
const fmt = n => (n === undefined ? 'n/a' : n.toFixed(1))
const mark = m => (m === undefined ? 'not measured' : m ? 'met' : 'missed')
const table = [
  '## Packaging',
  '',
  `Packaging ${fmt(srcMiB)} MiB in ${gen.files} files (half random, half text) on Node ${process.version}`,
  '',
  '| measure | value | target | result |',
  '|---|---|---|---|',
  `| intune-publish package | ${fmt(oursRate)} MiB/s (${fmt(ours.ms / 1000)} s) | >= 0.6 x limit = ${fmt(limitRate && 0.6 * limitRate)} MiB/s | ${mark(speedMet)} |`,
  `| limit: zip -r + openssl enc | ${limit.skipped ? limit.skipped : `${fmt(limitRate)} MiB/s (zip ${fmt(limit.zipMs / 1000)} s + openssl ${fmt(limit.opensslMs / 1000)} s)`} | | |`,
  `| peak RSS (packager process) | ${fmt(rssMiB)} MiB | <= 200 MiB | ${mark(rssMet)} |`,
  `| inner zip / zip -r size | ${fmt(ours.unencryptedSize / MiB)} MiB / ${limit.skipped ? 'n/a' : `${fmt(limit.zipSize / MiB)} MiB`} | | |`,
].join('\n')
console.log(table)
const json = {
  date: new Date().toISOString(),
  node: process.version,
  sourceMiB: srcMiB,
  files: gen.files,
  ours: { ...ours, mibPerSec: oursRate, rssMiB },
  limit: { ...limit, mibPerSec: limitRate },
  targets: { speed: mark(speedMet), rss: mark(rssMet) },
}
writeFileSync(path.join(benchDir, 'package.json'), `${JSON.stringify(json, null, 2)}\n`)
