// bench-section: 10 big-package
// One big package, published end to end with the CLI (sign-in, create, upload, commit, wait for
// published) into the simulator, next to references measured in the same run on the same Azurite:
//   (a) @azure/storage-blob uploadFile of the same bytes, no encryption (the raw limit);
//   (b) the PowerShell tools' way: encrypt to a temporary file, then 6 MiB blocks one at a time.
// Every measurement gets a fresh simulator (so Azurite's disk holds one blob at a time), and each repetition
// runs the four in a rotated order, so a slow spell on a shared machine hits each of them a little.
//   BENCH_SIZES=512,2048,8192    sizes in MiB (8192 is dropped, with a note, when the disk is short)
//   BENCH_REPS=3                 repetitions below 8 GiB; BENCH_REPS_LARGE=1 at 8 GiB and above
//   BENCH_REF_CONCURRENCY=8      storage-blob concurrencies, best per repetition (8 MiB blocks)
//   BENCH_CLI_ARGS="--concurrency 8"  extra flags for our CLI (sweeps)
//   BENCH_BASELINE_CLI=/other/checkout/packages/cli/dist/cli.js  also measure an earlier build, interleaved
//     (its rows say "before"): how a gain is shown in the same conditions; up to BENCH_BASELINE_MAX_MIB=2048
import { createWriteStream, linkSync, mkdirSync, rmSync, statfsSync, writeFileSync } from 'node:fs'
import { randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { createRequire } from 'node:module'
import { root } from '../pnpm.mjs'
import { simEnv, timedNode } from './lib/child.mjs'
import { f1, goal, limit, median, spread, table } from './lib/report.mjs'

const require = createRequire(import.meta.url)
const { startSimulator } = require(join(root, 'packages', 'intune-sim', 'dist', 'index.js'))
const { packageIntunewin } = require(join(root, 'packages', 'intune-core', 'dist', 'index.js'))

const MiB = 1048576
const benchDir = process.env.BENCH_DIR ?? join(root, '.bench')
const cli = join(root, 'packages', 'cli', 'dist', 'cli.js')
const refScript = name => join(root, 'scripts', 'bench', name)
const requested = (process.env.BENCH_SIZES ?? '512,2048,8192').split(',').map(Number)
const reps = mib =>
  Number((mib >= 8192 ? process.env.BENCH_REPS_LARGE : process.env.BENCH_REPS) ?? (mib >= 8192 ? 1 : 3))
const refConcurrency = (process.env.BENCH_REF_CONCURRENCY ?? '8').split(',').map(Number)
const cliArgs = (process.env.BENCH_CLI_ARGS ?? '').split(' ').filter(Boolean)
const baselineCli = process.env.BENCH_BASELINE_CLI
const baselineMaxMib = Number(process.env.BENCH_BASELINE_MAX_MIB ?? 2048)
const GOAL = { upload: 0.9, e2e: 1.15, psWay: 2, rssMiB: 200 }
mkdirSync(benchDir, { recursive: true })

async function writeRandom(path, mib, trailer) {
  const out = createWriteStream(path)
  const chunk = randomBytes(MiB)
  for (let i = 0; i < mib; i++) {
    // Vary each MiB cheaply so nothing along the way can deduplicate or compress it.
    chunk.writeUInt32LE(i, 0)
    if (!out.write(chunk)) await new Promise(r => out.once('drain', r))
  }
  if (trailer) out.write(trailer)
  await new Promise((r, j) => out.end(err => (err ? j(err) : r())))
}

/** A UDIF trailer ('koly') is all a .dmg reader can check; the template supplies the bundle ids. */
function dmgTrailer() {
  const t = Buffer.alloc(512)
  t.write('koly', 0, 'latin1')
  t.writeUInt32BE(4, 4)
  t.writeUInt32BE(512, 8)
  return t
}

const appTemplate = mib =>
  [
    `displayName: Bench ${mib} MiB`,
    'description: benchmark',
    'publisher: intune-publish bench',
    'installCommandLine: install.cmd',
    'uninstallCommandLine: install.cmd',
    'detection: [{ file: { path: "C:\\\\bench", name: "x", check: exists } }]',
    'primaryBundleId: com.example.bench',
    'primaryBundleVersion: "1.0"',
    'includedApps: [{ bundleId: com.example.bench, bundleVersion: "1.0" }]',
  ].join('\n')

/** A fresh simulator for one measurement; stopped (and its Azurite folder removed) afterwards. */
async function withSim(work) {
  const sim = await startSimulator({ stateDelayMs: 50, blob: { sasLifetimeMs: 60 * 60_000 } })
  try {
    return await work(sim)
  } finally {
    await sim.stop()
  }
}

async function uploadTarget(sim) {
  const target = await sim.blob.createUploadTarget()
  return sim.blob.createSas(target.container, target.blob, 60 * 60_000).url
}

const measures = {
  /** Our CLI, end to end; the upload phase and Intune's commit check come from its result and the sim. */
  ours: (file, tpl, bin = cli) =>
    withSim(async sim => {
      const r = await timedNode(
        [bin, 'publish', '--package', file, '--app', tpl, '--json', ...cliArgs],
        simEnv(sim),
      )
      const result = JSON.parse(r.stdout)
      const commits = sim.faults.content.commits.filter(c => c.ok)
      if (commits.length !== 1) throw new Error(`expected one successful commit, saw ${commits.length}`)
      return {
        e2eMs: r.ms,
        uploadMibps: result.bytesUploaded / MiB / (result.uploadDurationMs / 1000),
        rssMiB: r.rss / MiB,
        verifyMs: commits[0].checkMs,
      }
    }),
  refA: (file, mib) =>
    withSim(async sim => {
      let bestMs = Infinity
      for (const c of refConcurrency) {
        const r = await timedNode(
          [refScript('ref-storage-blob.mjs'), file, await uploadTarget(sim), String(c), '8'],
          simEnv(sim),
        )
        bestMs = Math.min(bestMs, Number(r.stdout.trim()))
      }
      return { ms: bestMs, mibps: mib / (bestMs / 1000) }
    }),
  refB: (file, mib) =>
    withSim(async sim => {
      const r = await timedNode(
        [refScript('ref-powershell-way.mjs'), file, await uploadTarget(sim)],
        simEnv(sim),
      )
      return { mibps: mib / (Number(r.stdout.trim()) / 1000) }
    }),
}

function freeGiB() {
  const s = statfsSync(benchDir)
  return (s.bavail * s.bsize) / 2 ** 30
}

async function benchSize(mib) {
  const dir = join(benchDir, `in-${mib}`)
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(join(dir, 'src'), { recursive: true })
  try {
    // One random file serves as the .dmg (a file we encrypt), the references' input and, hard-linked, the
    // .intunewin's content: the same bytes everywhere, and one copy less on disk.
    const dmg = join(dir, 'bench.dmg')
    await writeRandom(dmg, mib, dmgTrailer())
    linkSync(dmg, join(dir, 'src', 'payload.bin'))
    writeFileSync(join(dir, 'src', 'install.cmd'), 'exit 0\r\n')
    const intunewin = join(dir, 'bench.intunewin')
    await packageIntunewin({ sourceDir: join(dir, 'src'), setupFile: 'install.cmd', outFile: intunewin })
    rmSync(join(dir, 'src'), { recursive: true })
    const tpl = join(dir, 'app.yaml')
    writeFileSync(tpl, appTemplate(mib))
    const runs = { intunewin: [], encrypted: [], refA: [], refB: [], baseIntunewin: [], baseEncrypted: [] }
    const steps = [
      ['refA', () => measures.refA(dmg, mib)],
      ['intunewin', () => measures.ours(intunewin, tpl)],
      ['encrypted', () => measures.ours(dmg, tpl)],
      ['refB', () => measures.refB(dmg, mib)],
      ...(baselineCli && mib <= baselineMaxMib
        ? [
            ['baseIntunewin', () => measures.ours(intunewin, tpl, baselineCli)],
            ['baseEncrypted', () => measures.ours(dmg, tpl, baselineCli)],
          ]
        : []),
    ]
    const n = reps(mib)
    for (let rep = 0; rep < n; rep++) {
      for (let i = 0; i < steps.length; i++) {
        const [name, run] = steps[(i + rep) % steps.length]
        const r = await run()
        runs[name].push(r)
        console.error(
          `bench: ${mib} MiB rep ${rep + 1}/${n} ${name}: ${JSON.stringify(r, (k, v) => (typeof v === 'number' ? Math.round(v * 10) / 10 : v))}`,
        )
      }
    }
    return { mib, reps: n, runs }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

function rowsFor(s) {
  const refA = median(s.runs.refA.map(r => r.mibps))
  const refAms = median(s.runs.refA.map(r => r.ms))
  const refB = median(s.runs.refB.map(r => r.mibps))
  const kinds = [
    'intunewin',
    'encrypted',
    ...(s.runs.baseIntunewin.length ? ['baseIntunewin', 'baseEncrypted'] : []),
  ]
  const label = {
    intunewin: '.intunewin',
    encrypted: 'encrypted (.dmg)',
    baseIntunewin: '.intunewin, before',
    baseEncrypted: 'encrypted (.dmg), before',
  }
  return kinds.map(kind => {
    const runs = s.runs[kind]
    const upload = median(runs.map(r => r.uploadMibps))
    const e2eS = median(runs.map(r => r.e2eMs)) / 1000
    const verifyS = median(runs.map(r => r.verifyMs)) / 1000
    const budgetS = refAms / 1000 + verifyS
    const rss = Math.max(...runs.map(r => r.rssMiB))
    return [
      `${s.mib} MiB`,
      label[kind],
      String(s.reps),
      spread(runs.map(r => r.uploadMibps)),
      f1(refA),
      goal(upload / refA, 'at least', GOAL.upload),
      `${f1(e2eS)} s`,
      `${f1(refAms / 1000)} + ${f1(verifyS)} s`,
      s.mib === 2048
        ? goal(e2eS / budgetS, 'at most', GOAL.e2e)
        : `${(e2eS / budgetS).toFixed(2)}× (goal at 2 GiB)`,
      f1(refB),
      goal(upload / refB, 'at least', GOAL.psWay),
      s.mib >= 2048 ? limit(rss, GOAL.rssMiB, 'MiB') : `${f1(rss)} MiB`,
    ]
  })
}

const sizes = []
const notes = []
for (const mib of requested) {
  // The input file, the .intunewin, and Azurite's copy of one upload, plus room for everything else.
  const needGiB = (3 * mib) / 1024 + 4
  if (!process.env.BENCH_SIZES && freeGiB() < needGiB) {
    notes.push(
      `${mib} MiB skipped: ${f1(freeGiB())} GiB free, needs ${f1(needGiB)} GiB (set BENCH_SIZES to force).`,
    )
    continue
  }
  console.error(`bench: big package ${mib} MiB…`)
  sizes.push(await benchSize(mib))
}
writeFileSync(
  join(benchDir, 'big-package.json'),
  JSON.stringify({ date: new Date().toISOString(), sizes }, null, 2),
)

const out = [
  '## One big package',
  '',
  "Upload MiB/s is the client's upload phase (first block to committed block list; encryption included for",
  "the .dmg), median (min–max) over the repetitions. End to end is the CLI's whole run, process start to",
  '"published". Its budget is (a)\'s upload time plus the simulator\'s commit verification of that same file',
  "(Intune's share: reading, decrypting and hashing the blob). (a) is @azure/storage-blob uploadFile, best of",
  `concurrency ${refConcurrency.join('/')} with 8 MiB blocks; (b) is encrypt-to-temp then sequential 6 MiB blocks.`,
  ...(cliArgs.length ? [`Our CLI ran with ${cliArgs.join(' ')}.`] : []),
  '',
  table(
    [
      'size',
      'package',
      'reps',
      'upload MiB/s',
      '(a) MiB/s',
      'upload ÷ (a)',
      'end to end',
      '(a) + verify',
      'end to end ÷ budget',
      '(b) MiB/s',
      'upload ÷ (b)',
      'peak RSS',
    ],
    sizes.flatMap(rowsFor),
  ),
  '',
  ...sizes.map(
    s =>
      `Commit verification (simulator), ${s.mib} MiB: .intunewin ${spread(s.runs.intunewin.map(r => r.verifyMs / 1000))} s, ` +
      `encrypted ${spread(s.runs.encrypted.map(r => r.verifyMs / 1000))} s`,
  ),
  ...notes.map(n => `\n${n}`),
]
console.log(out.join('\n'))
