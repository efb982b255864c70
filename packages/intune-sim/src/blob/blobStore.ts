/**
 * The simulator's Azure Storage: Azurite behind the HTTPS fault proxy, handing out real service SAS URLs
 * (Azurite enforces their expiry) that point at the proxy, like Intune's per-file upload targets.
 */
import { randomUUID } from 'node:crypto'
import http from 'node:http'
import type { Readable } from 'node:stream'
import { startAzurite } from './azurite'
import { startFaultProxy, type BlobFaultController, type FaultProxy } from './faultProxy'
import { accountSas, blobSas, type SasKey } from './sas'

export const DEVSTORE_ACCOUNT = 'devstoreaccount1'
// Azurite's published development key (not a secret).
const DEVSTORE_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=='

export interface BlobStoreOptions {
  sasLifetimeMs: number
  tls: { key: string; cert: string }
  tmpDir: string
  /** Host name in SAS URLs; must be covered by the certificate (default 127.0.0.1). */
  publicHost?: string
}

export interface OpenedBlob {
  stream: Readable
  size: number
  /** Blocks in the committed block list: 0 means the blob was not made by Put Block List. */
  committedBlocks: number
}

export interface BlobStore {
  /** `https://<host>:<port>/devstoreaccount1` (the fault proxy). */
  readonly publicUrl: string
  /** Plain-http Azurite base, for diagnostics only: clients must use the proxy. */
  readonly azuriteUrl: string
  readonly sasLifetimeMs: number
  readonly faults: BlobFaultController
  /** A fresh container per file and a blob name shaped like Intune's (`<guid>/<guid>.intunewin.bin`). */
  createUploadTarget(): Promise<{ container: string; blob: string }>
  /** A service SAS (read/create/write) for one blob; `expiresOn` is the exact signed expiry. */
  createSas(container: string, blob: string, lifetimeMs?: number): { url: string; expiresOn: Date }
  /** Streams a committed blob, or undefined when it does not exist. */
  openBlob(container: string, blob: string): Promise<OpenedBlob | undefined>
  stop(): Promise<void>
}

export async function startBlobStore(opts: BlobStoreOptions): Promise<BlobStore> {
  const azuriteProc = await startAzurite({ tmpDir: opts.tmpDir })
  let proxy: FaultProxy
  try {
    proxy = await startFaultProxy({
      tls: opts.tls,
      target: { host: '127.0.0.1', port: azuriteProc.port },
      publicHost: opts.publicHost,
    })
  } catch (err) {
    await azuriteProc.stop()
    throw err
  }
  const key: SasKey = { account: DEVSTORE_ACCOUNT, key: DEVSTORE_KEY }
  const publicUrl = `${proxy.url}/${DEVSTORE_ACCOUNT}`
  // Start times only ever move back per blob, so a renewed SAS always has a different signature even
  // within the same second (SAS times have one-second resolution).
  const lastStart = new Map<string, number>()

  const sasFor = (container: string, blob: string, permissions: string, lifetimeMs: number) => {
    const now = Date.now()
    const id = `${container}/${blob}`
    const start = Math.min(Math.floor((now - 60_000) / 1000) * 1000, (lastStart.get(id) ?? Infinity) - 1000)
    lastStart.set(id, start)
    const expiresOn = new Date(Math.floor((now + lifetimeMs) / 1000) * 1000)
    const query = blobSas(key, {
      container,
      blob,
      permissions,
      startsOn: new Date(start),
      expiresOn,
      protocol: 'https,http',
    })
    return { query, expiresOn }
  }

  // The simulator's own calls go straight to Azurite, past the fault proxy.
  const azurite = (method: string, pathAndQuery: string): Promise<http.IncomingMessage> =>
    new Promise((resolve, reject) => {
      const req = http.request(`${azuriteProc.url}/${DEVSTORE_ACCOUNT}/${pathAndQuery}`, { method }, resolve)
      req.on('error', reject)
      req.end()
    })
  const expectStatus = async (res: http.IncomingMessage, ok: number[], what: string): Promise<string> => {
    const chunks: Buffer[] = []
    for await (const c of res) chunks.push(c as Buffer)
    const text = Buffer.concat(chunks).toString('utf8')
    if (!ok.includes(res.statusCode ?? 0))
      throw new Error(`Azurite ${what}: HTTP ${res.statusCode} ${text.slice(0, 300)}`)
    return text
  }

  return {
    publicUrl,
    azuriteUrl: azuriteProc.url,
    sasLifetimeMs: opts.sasLifetimeMs,
    faults: proxy.faults,
    createUploadTarget: async () => {
      const container = randomUUID()
      const sas = accountSas(key, {
        permissions: 'c',
        resourceTypes: 'c',
        expiresOn: new Date(Date.now() + 600_000),
      })
      await expectStatus(
        await azurite('PUT', `${container}?restype=container&${sas}`),
        [201],
        'create container',
      )
      return { container, blob: `${randomUUID()}/${randomUUID()}.intunewin.bin` }
    },
    createSas: (container, blob, lifetimeMs = opts.sasLifetimeMs) => {
      const { query, expiresOn } = sasFor(container, blob, 'rcw', lifetimeMs)
      return { url: `${publicUrl}/${container}/${encodeBlobName(blob)}?${query}`, expiresOn }
    },
    openBlob: async (container, blob) => {
      const base = `${container}/${encodeBlobName(blob)}?${sasFor(container, blob, 'r', 600_000).query}`
      const listRes = await azurite('GET', `${base}&comp=blocklist&blocklisttype=committed`)
      if (listRes.statusCode === 404) {
        listRes.resume()
        return undefined
      }
      const list = await expectStatus(listRes, [200], 'get block list')
      const res = await azurite('GET', base)
      if (res.statusCode !== 200) await expectStatus(res, [200], 'get blob')
      return {
        stream: res,
        size: Number(res.headers['content-length']),
        committedBlocks: (list.match(/<Block>/g) ?? []).length,
      }
    },
    stop: async () => {
      await proxy.stop()
      await azuriteProc.stop()
    },
  }
}

function encodeBlobName(blob: string): string {
  return blob.split('/').map(encodeURIComponent).join('/')
}
