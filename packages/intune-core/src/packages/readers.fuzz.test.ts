/**
 * Seeded fuzz of every package reader (issue 11, "the fault matrix, kept"): a few hundred mutations of a
 * real package per reader (bytes flipped, the file cut short, ranges overwritten, length and offset fields
 * set to huge values, biased towards the end where zip and xar keep their directories). Each read must end,
 * within its own time limit, in a result or in our one-line error, never a raw exception (what a user sees as
 * a stack trace); and the worker's RSS stays under the stated bound. The seed is fixed, so a failure names
 * a case that reproduces: FUZZ_SEED and FUZZ_CASES override it locally.
 */
import { randomBytes } from 'node:crypto'
import { promises as fs } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { isIntunePublishError } from '../errors'
import { readPackage } from './readPackage'

jest.setTimeout(240_000)

const FIXTURES = path.resolve(__dirname, '../../../../../shared/fixtures')
const SEED = Number(process.env.FUZZ_SEED ?? 20261202)
const CASES = Number(process.env.FUZZ_CASES ?? 200)
/** Per read: a hang is a failure, not a slow test. */
const READ_LIMIT_MS = 5_000
/** Growth of the worker's RSS over its level before the fuzz, at any sample. */
const RSS_BOUND = 256 * 1024 * 1024

/** mulberry32: small, seedable, good enough to pick offsets. */
function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export function mutate(orig: Buffer, rnd: () => number): Buffer {
  const int = (n: number) => Math.floor(rnd() * n)
  // Half the time aim at the last quarter: central directories, TOCs, trailers.
  const at = (len: number) => (rnd() < 0.5 ? len - 1 - int(Math.max(1, Math.floor(len / 4))) : int(len))
  const buf = Buffer.from(orig)
  switch (int(5)) {
    case 0: {
      for (let i = 0, n = 1 + int(8); i < n; i++) buf[at(buf.length)] ^= 1 << int(8)
      return buf
    }
    case 1:
      return buf.subarray(0, int(buf.length))
    case 2: {
      const start = at(buf.length)
      buf.fill(rnd() < 0.5 ? 0xff : 0, start, Math.min(buf.length, start + 1 + int(64)))
      return buf
    }
    case 3: {
      // A length or offset field turned huge (the zip64 2^60 case and its kin).
      const start = Math.max(0, at(buf.length) & ~3)
      if (start + 8 <= buf.length) buf.writeBigUInt64LE(rnd() < 0.5 ? 1n << 60n : 0xffffffffn, start)
      return buf
    }
    default: {
      const start = at(buf.length)
      return Buffer.concat([
        buf.subarray(0, start),
        buf.subarray(start, start + 1 + int(4096)),
        buf.subarray(start),
      ])
    }
  }
}

async function dmgSample(dir: string): Promise<string> {
  const trailer = Buffer.alloc(512)
  trailer.write('koly', 0, 'latin1')
  trailer.writeUInt32BE(4, 4)
  trailer.writeUInt32BE(512, 8)
  const file = path.join(dir, 'sample.dmg')
  await fs.writeFile(file, Buffer.concat([randomBytes(64 * 1024), trailer]))
  return file
}

const SAMPLES: Record<string, string> = {
  intunewin: 'intunewin/msft-1.8.4.0-7zip-tiny.intunewin',
  msi: 'msi/msi_with_external_cab.msi',
  ipa: 'ipa/fastlane-very-capable-app.ipa',
  apk: 'apk/appium-selendroid-test-app.apk',
  msix: 'msix/msixpkg-existingPackage.msix',
  pkg: 'pkg/fastlane-MacAppOnly.pkg',
  dmg: '',
}

let tmp: string
let baseline = 0
let peak = 0
let sampler: NodeJS.Timeout
beforeAll(async () => {
  tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'reader-fuzz-'))
  baseline = process.memoryUsage().rss
  sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - baseline)), 20)
})
afterAll(async () => {
  clearInterval(sampler)
  await fs.rm(tmp, { recursive: true, force: true })
})

type Outcome = 'read' | 'refused' | { raw: string } | 'hang'

async function readWithin(file: string): Promise<Outcome> {
  let timer: NodeJS.Timeout | undefined
  const hang = new Promise<Outcome>(r => (timer = setTimeout(() => r('hang'), READ_LIMIT_MS)))
  const read = readPackage(file, { allowExpiredProvisioningProfile: true }).then(
    (): Outcome => 'read',
    (e: unknown): Outcome =>
      isIntunePublishError(e) && !e.message.includes('\n    at ')
        ? 'refused'
        : { raw: e instanceof Error ? `${e.name}: ${e.message}` : String(e) },
  )
  try {
    return await Promise.race([read, hang])
  } finally {
    clearTimeout(timer)
  }
}

describe.each(Object.entries(SAMPLES))('%s reader: seeded mutations', (kind, rel) => {
  test(`${CASES} mutations end in a result or our error, none hangs, RSS bounded`, async () => {
    const source = rel ? path.join(FIXTURES, rel) : await dmgSample(tmp)
    const orig = await fs.readFile(source)
    const rnd = prng(SEED ^ kind.length ^ kind.charCodeAt(0))
    const raw: string[] = []
    const counts = { read: 0, refused: 0 }
    const file = path.join(tmp, `mutated.${kind}`)
    for (let i = 0; i < CASES; i++) {
      await fs.writeFile(file, mutate(orig, rnd))
      const out = await readWithin(file)
      if (out === 'hang')
        throw new Error(`${kind} case ${i} (seed ${SEED}): no answer within ${READ_LIMIT_MS} ms`)
      if (typeof out === 'object') raw.push(`case ${i}: ${out.raw}`)
      else counts[out]++
    }
    expect(raw).toEqual([])
    expect(counts.refused).toBeGreaterThan(0)
    expect(peak).toBeLessThan(RSS_BOUND)
  })
})
