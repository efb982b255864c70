/**
 * Uploads one blob to an Intune SAS URL as Azure blocks, several at once, then commits the block list.
 * Memory is bounded by `concurrency` pooled buffers of `blockSize` bytes, whatever the file size.
 * Graph is not called here: the orchestrator hands in `renew`, which does renewUpload and returns the new URL.
 */
import { Agent, type Dispatcher } from 'undici'
import type { EncryptionResult } from '../crypto/payloadEncryptor'
import { IntunePublishError, ErrorCodes } from '../errors'
import { safeLogger, silentLogger, type Logger } from '../logger'
import { blockId, blockListXml, MAX_BLOCKS, MiB, validateBlockSettings } from './blockPlan'
import { BLOB_RETRY, resolveRetrySettings, type PipelinePolicy, type RetryOverrides } from '../request'
import { type BlobContext, putBlockListUrl, putBlockUrl, sendWithRetry } from './blobRequests'
import type { BlockReader, BlockSource } from './blockSource'
import { SasLease, type RenewedSas } from './sasLease'
import { UploadProgress } from './uploadProgress'

/** Defaults chosen by measurement against Azurite (docs/upload.md). */
export const DEFAULT_CONCURRENCY = 4
export const DEFAULT_BLOCK_SIZE = 4 * MiB
/** Renew when less than this is left on a known expiry (MS-PKG uses 3 min). */
export const DEFAULT_RENEW_MARGIN_MS = 2 * 60_000
/** Renew at least this often; the references renew every 7.5 min and SAS lifetimes are undocumented. */
export const DEFAULT_RENEW_PERIOD_MS = 7 * 60_000
/** Per request: WinTuner found 100 s too short for 6 MiB on slow links. */
export const DEFAULT_REQUEST_TIMEOUT_MS = 180_000

export interface UploadBlobOptions {
  sasUrl: string
  /** Expiry of `sasUrl` (azureStorageUriExpirationDateTime), when known. */
  sasExpiresOn?: Date
  /** Renews the SAS (POST renewUpload + wait); resolves with the URL to use from now on. */
  renew: () => Promise<RenewedSas>
  source: BlockSource
  concurrency?: number
  blockSize?: number
  /** Shared dispatcher (proxy, extra CA). Without it, a keep-alive Agent is made (trusting `caPem` too). */
  dispatcher?: Dispatcher
  caPem?: string
  logger?: Logger
  signal?: AbortSignal
  /** Retry settings (request layer) and the SAS renewals allowed per request (default 3). */
  retry?: RetryOverrides & { renewalsPerBlock?: number }
  /** More request-layer policies for every blob attempt (a shared pacing budget). */
  perRetry?: PipelinePolicy[]
  requestTimeoutMs?: number
  renewMarginMs?: number
  renewPeriodMs?: number
  progressIntervalMs?: number
  /**
   * Blocks storage already holds uncommitted (a resumed upload: id → size, from Get Block List). A block
   * whose id (index + digest of its bytes) and size are listed is not sent again.
   */
  alreadyStored?: ReadonlyMap<string, number>
}

export interface UploadStats {
  /** Bytes of the committed blob (sent now or stored by an earlier run). */
  bytesUploaded: number
  /** Of those, the bytes this run sent; the rest were already stored (resume). */
  bytesSent: number
  blocks: number
  /** Blocks not sent because storage already held them. */
  blocksReused: number
  retries: number
  renewals: number
  durationMs: number
  /** Block ids in block-list order. */
  blockIds: string[]
  /** For encrypting sources: the HMAC that leads the blob. */
  mac?: Buffer
  /** For encrypting sources fed by the encryptor: digest, sizes and the commit's fileEncryptionInfo. */
  encryption?: EncryptionResult
  /** Most blocks being sent at the same moment, and most block buffers alive at once (memory bound). */
  maxInFlight: number
  maxBuffersInUse: number
}

export async function uploadBlob(opts: UploadBlobOptions): Promise<UploadStats> {
  const started = Date.now()
  const logger = safeLogger(opts.logger ?? silentLogger)
  const concurrency = opts.concurrency ?? DEFAULT_CONCURRENCY
  const blockSize = opts.blockSize ?? DEFAULT_BLOCK_SIZE
  const { source } = opts
  validateBlockSettings({ blockSize, concurrency }, source.dataLength, source.extraBlocks)
  const retry = {
    ...resolveRetrySettings(BLOB_RETRY, opts.retry),
    renewalsPerBlock: opts.retry?.renewalsPerBlock ?? 3,
  }
  const lease = new SasLease({
    url: opts.sasUrl,
    expiresOn: opts.sasExpiresOn,
    renew: opts.renew,
    marginMs: opts.renewMarginMs ?? DEFAULT_RENEW_MARGIN_MS,
    periodMs: opts.renewPeriodMs ?? DEFAULT_RENEW_PERIOD_MS,
    logger,
  })
  const abort = new AbortController()
  opts.signal?.throwIfAborted()
  const onOuterAbort = () => abort.abort(opts.signal?.reason)
  opts.signal?.addEventListener('abort', onOuterAbort, { once: true })
  const ownDispatcher = opts.dispatcher
    ? undefined
    : new Agent({ keepAliveTimeout: 30_000, connect: opts.caPem ? { ca: opts.caPem } : undefined })
  const dispatcher = opts.dispatcher ?? (ownDispatcher as Dispatcher)
  const progress = new UploadProgress({
    total: source.length ?? 0,
    emit: e => logger.progress(e),
    intervalMs: opts.progressIntervalMs,
  })
  const ctx: BlobContext = {
    lease,
    retry,
    logger,
    perRetry: opts.perRetry,
    counters: { retries: 0 },
    put: { dispatcher, timeoutMs: opts.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, signal: abort.signal },
  }
  logger.debug(
    `upload: ${source.length ?? 'unknown'} bytes in ${blockSize / MiB} MiB blocks, ${concurrency} at once`,
  )
  let reader: BlockReader | undefined
  try {
    reader = await source.open({ blockSize, buffers: concurrency })
    const sent = await sendBlocks(reader, concurrency, ctx, progress, abort, opts.alreadyStored)
    progress.finish()
    const indices = [...sent.sizes.keys()].sort((a, b) => a - b)
    indices.forEach((index, pos) => {
      if (index !== pos)
        throw new IntunePublishError(ErrorCodes.UploadFailed, `Internal error: block ${pos} missing.`)
    })
    const blockIds = indices.map(i => sent.ids.get(i) as string)
    await sendWithRetry('the block list', blockListXml(blockIds), 'application/xml', putBlockListUrl, ctx)
    const encryption = reader.encryption()
    const bytesUploaded = [...sent.sizes.values()].reduce((a, b) => a + b, 0)
    logger.debug(
      `upload: committed ${blockIds.length} blocks, ${bytesUploaded} bytes (${sent.reused} blocks already stored)`,
    )
    return {
      bytesUploaded,
      bytesSent: sent.bytesSent,
      blocks: blockIds.length,
      blocksReused: sent.reused,
      retries: ctx.counters.retries,
      renewals: lease.renewals,
      durationMs: Date.now() - started,
      blockIds,
      mac: source.kind === 'stream' ? sent.first : undefined,
      encryption,
      maxInFlight: sent.maxInFlight,
      maxBuffersInUse: reader.pool.maxLive,
    }
  } catch (e) {
    if (opts.signal?.aborted) throw opts.signal.reason
    throw e
  } finally {
    opts.signal?.removeEventListener('abort', onOuterAbort)
    await reader?.close().catch(() => undefined)
    await ownDispatcher?.close().catch(() => undefined)
  }
}

type SendContext = BlobContext

/** Runs `concurrency` workers that each take the next block and send it; the first failure stops them all. */
async function sendBlocks(
  reader: BlockReader,
  concurrency: number,
  ctx: SendContext,
  progress: UploadProgress,
  abort: AbortController,
  alreadyStored: ReadonlyMap<string, number> | undefined,
): Promise<{
  sizes: Map<number, number>
  ids: Map<number, string>
  first?: Buffer
  maxInFlight: number
  bytesSent: number
  reused: number
}> {
  const sizes = new Map<number, number>()
  const ids = new Map<number, string>()
  let bytesSent = 0
  let reused = 0
  let first: Buffer | undefined
  let inFlight = 0
  let maxInFlight = 0
  let failure: unknown
  const worker = async () => {
    while (!failure) {
      const block = await reader.next()
      if (!block) return
      let counted = false
      try {
        if (block.index >= MAX_BLOCKS) {
          throw new IntunePublishError(
            ErrorCodes.UploadFailed,
            `The payload needs more than ${MAX_BLOCKS} blocks of ${reader.pool.bufferSize} bytes.`,
            { fix: 'Raise the upload block size.' },
          )
        }
        inFlight++
        counted = true
        maxInFlight = Math.max(maxInFlight, inFlight)
        const id = blockId(block.index, block.data)
        if (alreadyStored?.get(id) === block.data.length) reused++
        else {
          await sendWithRetry(`block ${block.index}`, block.data, undefined, sas => putBlockUrl(sas, id), ctx)
          bytesSent += block.data.length
        }
        ids.set(block.index, id)
        sizes.set(block.index, block.data.length)
        if (block.index === 0) first = Buffer.from(block.data)
        progress.add(block.data.length)
      } finally {
        if (counted) inFlight--
        block.release()
      }
    }
  }
  const results = await Promise.allSettled(
    Array.from({ length: concurrency }, () =>
      worker().catch(e => {
        if (!failure) failure = e
        abort.abort(e)
        // Wakes workers waiting for a buffer or for the stream.
        void reader.close().catch(() => undefined)
        throw e
      }),
    ),
  )
  if (failure) throw failure
  const rejected = results.find(r => r.status === 'rejected')
  if (rejected) throw (rejected as PromiseRejectedResult).reason
  return { sizes, ids, first, maxInFlight, bytesSent, reused }
}
