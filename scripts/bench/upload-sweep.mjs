// Upload throughput sweep: concurrency × block size against the simulator's blob store (Azurite behind its
// HTTPS proxy), over the built dist. Run after `tsc -b`:
//   node scripts/bench/upload-sweep.mjs [--mib 512] [--concurrency 1,2,4,8] [--blocks 4,8,16,32] [--encrypt]
// Prints MiB/s per combination; the defaults in docs/upload.md come from this table.
import { randomBytes } from 'node:crypto'
import { createReadStream, mkdtempSync, rmSync, openSync, writeSync, closeSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const require = createRequire(import.meta.url)
const core = require(path.join(root, 'packages/intune-core/dist/upload/index.js'))
const { generateContentKeys } = require(
  path.join(root, 'packages/intune-core/dist/crypto/payloadEncryptor.js'),
)
const { startBlobStore } = require(path.join(root, 'packages/intune-sim/dist/blob/blobStore.js'))
const { createTls } = require(path.join(root, 'packages/intune-sim/dist/tls/createTls.js'))

const { values } = parseArgs({
  options: {
    mib: { type: 'string', default: '512' },
    concurrency: { type: 'string', default: '1,2,4,8' },
    blocks: { type: 'string', default: '4,8,16,32' },
    encrypt: { type: 'boolean', default: false },
    runs: { type: 'string', default: '1' },
  },
})
const MiB = 1024 * 1024
const size = Number(values.mib) * MiB
const concurrencies = values.concurrency.split(',').map(Number)
const blockSizes = values.blocks.split(',').map(Number)
const runs = Number(values.runs)

const tmp = mkdtempSync(path.join(os.tmpdir(), 'upload-sweep-'))
const file = path.join(tmp, 'payload.bin')
const fd = openSync(file, 'w')
for (let left = size; left > 0; left -= 8 * MiB) writeSync(fd, randomBytes(Math.min(8 * MiB, left)))
closeSync(fd)

const tls = await createTls(tmp)
const store = await startBlobStore({ sasLifetimeMs: 3_600_000, tls, tmpDir: tmp })
// Runs go round the whole grid in turn, so a slow spell on a shared machine hits every cell a little, not one a lot.
const rows = []
for (const blockMiB of blockSizes)
  for (const concurrency of concurrencies) rows.push({ blockMiB, concurrency, rates: [], best: 0 })
console.log(
  `load average at start: ${os
    .loadavg()
    .map(x => x.toFixed(1))
    .join(' ')} (${os.cpus().length} CPUs)`,
)
try {
  for (let r = 0; r < runs; r++) {
    for (const row of rows) {
      const { container, blob } = await store.createUploadTarget()
      const sas = store.createSas(container, blob)
      const source = values.encrypt
        ? core.encryptingSource(() => createReadStream(file, { highWaterMark: MiB }), generateContentKeys(), {
            plainLength: size,
          })
        : core.fileRangeSource(file, 0, size)
      const stats = await core.uploadBlob({
        sasUrl: sas.url,
        renew: async () => store.createSas(container, blob),
        source,
        blockSize: row.blockMiB * MiB,
        concurrency: row.concurrency,
        caPem: tls.caPem,
      })
      const rate = stats.bytesUploaded / MiB / (stats.durationMs / 1000)
      row.rates.push(rate)
      row.best = Math.max(row.best, rate)
      console.log(
        `run ${r + 1}  block ${String(row.blockMiB).padStart(2)} MiB  concurrency ${row.concurrency}  ${rate.toFixed(0)} MiB/s`,
      )
    }
  }
} finally {
  await store.stop()
  rmSync(tmp, { recursive: true, force: true })
}
console.log(
  `load average at end: ${os
    .loadavg()
    .map(x => x.toFixed(1))
    .join(' ')}`,
)
console.log(`\nmedian MiB/s (best)\n| block \\ concurrency | ${concurrencies.join(' | ')} |`)
console.log(`|---|${concurrencies.map(() => '---').join('|')}|`)
for (const b of blockSizes) {
  const cells = concurrencies.map(c => {
    const row = rows.find(r => r.blockMiB === b && r.concurrency === c)
    const median = [...row.rates].sort((x, y) => x - y)[Math.floor(row.rates.length / 2)]
    return `${median.toFixed(0)} (best ${row.best.toFixed(0)})`
  })
  console.log(`| ${b} MiB | ${cells.join(' | ')} |`)
}
