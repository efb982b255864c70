/**
 * One content version: create it, create the content file with its sizes, wait for the SAS URI, stream
 * the blob up (renewing the SAS as needed), check our own work, commit, and wait for Intune's verdict.
 * commitFileFailed is terminal for a file (protocol §3.2), so a failed commit is retried once on a fresh
 * content version; a second failure is reported with what it usually means.
 */
import { createReadStream } from 'node:fs'
import type { Dispatcher } from 'undici'
import { encryptedLength, generateContentKeys } from '../crypto/payloadEncryptor'
import { ErrorCodes, IntunePublishError } from '../errors'
import { formatBytes } from '../formatBytes'
import type { Logger } from '../logger'
import type { AppType, FileEncryptionInfo } from '../packages/types'
import { registerSasSecret } from '../upload'
import { encryptedStreamSource, encryptingSource } from '../upload/encryptingSource'
import { payloadVerifier } from '../packages/intunewin/payloadVerifier'
import { fileRangeSource } from '../upload/fileRangeSource'
import { selfCheck } from '../upload/selfCheck'
import { uploadBlob, type UploadStats } from '../upload/uploadBlob'
import type { BlockSource } from '../upload/blockSource'
import type { ContentSource } from './contentSource'
import type { GraphContentFile, IntuneApps } from './intuneApps'
import { waitFor, type PollOutcome } from './waitFor'

export interface ContentUploadOptions {
  apps: IntuneApps
  appId: string
  appType: AppType
  fileName: string
  manifest: string | null
  source: ContentSource
  log: Logger
  dispatcher?: Dispatcher
  concurrency?: number
  blockSize?: number
  /** How long to wait for each Intune state change (SAS, renewal, commit). */
  stateDeadlineMs?: number
  /** Commit attempts on fresh content versions (default 2). */
  commitAttempts?: number
}

export interface ContentUploadResult {
  contentVersion: string
  bytesUploaded: number
  uploadDurationMs: number
}

const COMMIT_FAILED_MEANING =
  'Intune could not verify the uploaded file (commitFileFailed). It usually means the bytes or the encryption ' +
  'info do not match: a package re-encrypted or changed after it was made, a .intunewin not made by ' +
  "Microsoft's tool or a compatible one, or a proxy altering uploads."

function sizes(source: ContentSource): { size: number; sizeEncrypted: number } {
  switch (source.kind) {
    case 'fileRange':
      return { size: source.size, sizeEncrypted: source.length }
    case 'encryptFile':
      return { size: source.size, sizeEncrypted: encryptedLength(source.size) }
    case 'encryptedStream':
      return { size: source.size, sizeEncrypted: source.sizeEncrypted }
  }
}

/**
 * The uploader's view of the content, plus where the commit info comes from: Detection.xml for a
 * .intunewin, the uploader's encryptor for a file, or the packager's stream for an on-the-fly package.
 */
function blockSource(source: ContentSource): {
  blocks: BlockSource
  info: (stats: UploadStats) => Promise<FileEncryptionInfo>
} {
  switch (source.kind) {
    case 'fileRange': {
      // The payload is checked against its own Detection.xml as it streams, and refused before the commit.
      const verifier = payloadVerifier(source.path, source.info, source.size)
      return {
        blocks: fileRangeSource(source.path, source.offset, source.length, data => verifier.feed(data)),
        info: async () => {
          verifier.finish()
          return source.info
        },
      }
    }
    case 'encryptFile':
      return {
        blocks: encryptingSource(
          () => createReadStream(source.path, { highWaterMark: 1 << 20 }),
          generateContentKeys(),
          {
            plainLength: source.size,
          },
        ),
        info: async stats => encryptorInfo(stats),
      }
    case 'encryptedStream': {
      let done: Promise<{ info: FileEncryptionInfo }> | undefined
      const blocks = encryptedStreamSource(
        () => {
          const run = source.open()
          done = run.done
          return { stream: run.stream, finish: run.done.then(d => d.mac) }
        },
        { length: source.sizeEncrypted },
      )
      return { blocks, info: async () => (await (done as Promise<{ info: FileEncryptionInfo }>)).info }
    }
  }
}

function encryptorInfo(stats: UploadStats): FileEncryptionInfo {
  if (!stats.encryption) throw new Error('the encrypting upload finished without its encryption result')
  return stats.encryption.info
}

/** Polls a content file until it leaves `pending`; `*Failed`/`*TimedOut` end the wait with an error. */
function fileState(opts: ContentUploadOptions, cv: string, fileId: string, success: string, what: string) {
  const { apps, appId, appType } = opts
  return waitFor(
    async (): Promise<PollOutcome<GraphContentFile>> => {
      const file = await apps.getContentFile(appId, appType, cv, fileId)
      if (file.uploadState === success) return { done: true, value: file }
      if (/Failed$|TimedOut$/.test(file.uploadState) || file.uploadState === 'error') {
        throw new IntunePublishError(
          file.uploadState.startsWith('commitFile') ? ErrorCodes.CommitFailed : ErrorCodes.UploadFailed,
          `Intune ended ${what} in state ${file.uploadState}${file.errorDescription ? `: ${String(file.errorDescription)}` : ''}`,
          {
            graphCode: file.uploadState,
            fix:
              file.uploadState === 'commitFileFailed'
                ? COMMIT_FAILED_MEANING
                : 'Re-run; the run is idempotent.',
          },
        )
      }
      return { done: false, state: file.uploadState }
    },
    { what, deadlineMs: opts.stateDeadlineMs ?? 30 * 60_000, initialDelayMs: 250, maxDelayMs: 5000 },
  )
}

async function attempt(opts: ContentUploadOptions): Promise<ContentUploadResult> {
  const { apps, appId, appType, log } = opts
  const { size, sizeEncrypted } = sizes(opts.source)
  const cv = await apps.createContentVersion(appId, appType)
  const created = await apps.createContentFile(appId, appType, cv, {
    '@odata.type': '#microsoft.graph.mobileAppContentFile',
    name: opts.fileName,
    size,
    sizeEncrypted,
    manifest: opts.manifest,
    isDependency: false,
  })
  const ready = await fileState(
    opts,
    cv,
    created.id,
    'azureStorageUriRequestSuccess',
    `the upload URI for ${opts.fileName}`,
  )
  const sasUrl = String(ready.azureStorageUri)
  registerSasSecret(sasUrl, log)
  log.info(`uploading ${opts.fileName}: ${formatBytes(sizeEncrypted)} to content version ${cv}`)

  const { blocks, info: commitInfo } = blockSource(opts.source)
  const stats: UploadStats = await uploadBlob({
    sasUrl,
    sasExpiresOn: ready.azureStorageUriExpirationDateTime
      ? new Date(ready.azureStorageUriExpirationDateTime)
      : undefined,
    renew: async () => {
      await apps.renewUpload(appId, appType, cv, created.id)
      const renewed = await fileState(
        opts,
        cv,
        created.id,
        'azureStorageUriRenewalSuccess',
        'the upload URI renewal',
      )
      const url = String(renewed.azureStorageUri)
      registerSasSecret(url, log)
      const exp = renewed.azureStorageUriExpirationDateTime
      return { url, expiresOn: exp ? new Date(exp) : undefined }
    },
    source: blocks,
    concurrency: opts.concurrency,
    blockSize: opts.blockSize,
    dispatcher: opts.dispatcher,
    logger: log,
  })
  const info = await commitInfo(stats)
  selfCheck({
    expectedSize: size,
    expectedEncryptedSize: sizeEncrypted,
    uploadedBytes: stats.bytesUploaded,
    mac: opts.source.kind === 'fileRange' ? undefined : stats.mac,
    encryption: stats.encryption,
    info,
  })
  await apps.commitFile(appId, appType, cv, created.id, info)
  await fileState(opts, cv, created.id, 'commitFileSuccess', `the commit of ${opts.fileName}`)
  log.info(
    `committed ${opts.fileName} as content version ${cv} (${stats.retries} retries, ${stats.renewals} SAS renewals)`,
  )
  return { contentVersion: cv, bytesUploaded: stats.bytesUploaded, uploadDurationMs: stats.durationMs }
}

export async function uploadContentVersion(opts: ContentUploadOptions): Promise<ContentUploadResult> {
  const attempts = Math.max(1, opts.commitAttempts ?? 2)
  for (let i = 1; ; i++) {
    try {
      return await attempt(opts)
    } catch (e) {
      const commitFailed = e instanceof IntunePublishError && e.graphCode === 'commitFileFailed'
      if (!commitFailed || i >= attempts) throw e
      opts.log.warn(`commit failed; retrying once on a new content version (${e.message})`)
    }
  }
}
