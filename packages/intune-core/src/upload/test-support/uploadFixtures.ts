/** Test helpers for the upload tests: fixture paths, the .intunewin payload range, a real blob store, checks. */
import { createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { Readable } from 'node:stream'
import { startBlobStore, type BlobStore } from '../../../../intune-sim/src/blob/blobStore'
import { createTls } from '../../../../intune-sim/src/tls/createTls'
import type { ContentKeys } from '../../crypto/payloadEncryptor'
import type { Logger, ProgressEvent } from '../../logger'

export const FIXTURES = path.resolve(__dirname, '../../../../../../shared/fixtures')

/** Offset/length of the stored inner payload of a .intunewin, from the LOCAL header, plus Detection values. */
export function intunewinPayload(file: string): {
  offset: number
  length: number
  mac: string
  size: number
} {
  const zip = readFileSync(file)
  const eocd = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  let p = zip.readUInt32LE(eocd + 16)
  const entries = new Map<string, { offset: number; length: number }>()
  for (let i = 0; i < zip.readUInt16LE(eocd + 10); i++) {
    const nameLen = zip.readUInt16LE(p + 28)
    const local = zip.readUInt32LE(p + 42)
    const name = zip.toString('utf8', p + 46, p + 46 + nameLen)
    const offset = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28)
    entries.set(name, { offset, length: zip.readUInt32LE(p + 20) })
    p += 46 + nameLen + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32)
  }
  const find = (suffix: string) => [...entries].find(([n]) => n.endsWith(suffix))![1]
  const det = find('Metadata/Detection.xml')
  const xml = zip.toString('utf8', det.offset, det.offset + det.length)
  const tag = (t: string) => new RegExp(`<${t}>([^<]*)</${t}>`).exec(xml)![1]
  return {
    ...find(`Contents/${tag('FileName')}`),
    mac: tag('Mac'),
    size: Number(tag('UnencryptedContentSize')),
  }
}

export interface TestStore {
  store: BlobStore
  caPem: string
  stop(): Promise<void>
}

export async function startTestStore(sasLifetimeMs = 60_000): Promise<TestStore> {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'upload-test-'))
  const tls = await createTls(tmp)
  const store = await startBlobStore({ sasLifetimeMs, tls, tmpDir: tmp })
  return {
    store,
    caPem: tls.caPem,
    stop: async () => {
      await store.stop()
      rmSync(tmp, { recursive: true, force: true })
    },
  }
}

/** A fresh upload target with a SAS and a counting `renew` that hands out a fresh SAS. */
export async function newTarget(store: BlobStore, lifetimeMs?: number, renewLifetimeMs = 60_000) {
  const { container, blob } = await store.createUploadTarget()
  const first = store.createSas(container, blob, lifetimeMs)
  const urls = [first.url]
  const renew = async () => {
    const next = store.createSas(container, blob, renewLifetimeMs)
    urls.push(next.url)
    return next
  }
  return { container, blob, sas: first, urls, renew }
}

export async function readBlob(store: BlobStore, container: string, blob: string) {
  const opened = await store.openBlob(container, blob)
  if (!opened) throw new Error('blob missing')
  const parts: Buffer[] = []
  for await (const c of opened.stream) parts.push(c as Buffer)
  return { data: Buffer.concat(parts), committedBlocks: opened.committedBlocks }
}

/**
 * Streams a blob back and checks it the way Intune does: HMAC of bytes 32.. equals bytes 0..31, IV at 32,
 * then decrypts; returns the plaintext's SHA-256 and length (never holds the blob in memory).
 */
export async function verifyEncryptedBlob(
  store: BlobStore,
  container: string,
  blob: string,
  keys: ContentKeys,
) {
  const opened = await store.openBlob(container, blob)
  if (!opened) throw new Error('blob missing')
  let head = Buffer.alloc(0)
  const hmac = createHmac('sha256', keys.macKey)
  const sha = createHash('sha256')
  let decipher: ReturnType<typeof createDecipheriv> | undefined
  let plainLength = 0
  const feed = (b: Buffer) => {
    plainLength += b.length
    sha.update(b)
  }
  for await (const chunk of opened.stream as AsyncIterable<Buffer>) {
    let c = chunk
    if (!decipher) {
      head = Buffer.concat([head, c])
      if (head.length < 48) continue
      hmac.update(head.subarray(32))
      decipher = createDecipheriv('aes-256-cbc', keys.encryptionKey, head.subarray(32, 48))
      c = head.subarray(48)
    } else {
      hmac.update(c)
    }
    feed(decipher.update(c))
  }
  feed(decipher!.final())
  return {
    macOk: hmac.digest().equals(head.subarray(0, 32)),
    ivOk: head.subarray(32, 48).equals(keys.iv),
    mac: Buffer.from(head.subarray(0, 32)),
    sha256: sha.digest('hex'),
    plainLength,
    size: opened.size,
    committedBlocks: opened.committedBlocks,
  }
}

/** `size` random bytes in 1 MiB chunks, hashed as produced (so the test knows the digest without a copy). */
export function randomPlaintext(size: number): { stream: () => Readable; sha256: () => string } {
  const sha = createHash('sha256')
  return {
    stream: () => {
      let left = size
      return new Readable({
        read() {
          if (left === 0) return void this.push(null)
          const b = randomBytes(Math.min(1024 * 1024, left))
          left -= b.length
          sha.update(b)
          this.push(b)
        },
      })
    },
    sha256: () => sha.digest('hex'),
  }
}

/** A logger that keeps every line, to assert on messages and on the absence of secrets. */
export function recordingLogger(): Logger & { lines: string[]; events: ProgressEvent[]; masked: string[] } {
  const lines: string[] = []
  const events: ProgressEvent[] = []
  const masked: string[] = []
  return {
    lines,
    events,
    masked,
    info: m => void lines.push(m),
    warn: m => void lines.push(m),
    debug: m => void lines.push(m),
    progress: e => void events.push(e),
    maskSecret: s => void masked.push(s),
  }
}

export function sigOf(url: string): string {
  return new URL(url).searchParams.get('sig') ?? ''
}
