/**
 * One content version: pick where it goes (uploadTarget.ts: a new content version, or the one a killed run
 * left uncommitted), create the content file with its sizes, wait for the SAS URI, stream the blob up
 * (renewing the SAS as needed; on a resumed file only the blocks storage doesn't hold yet), check our own
 * work, commit, and wait for Intune's verdict. commitFileFailed is terminal for a file (protocol §3.2), so a
 * failed commit is retried once: on a new content version when the app has committed content, else on a
 * re-created app (never a second content version before the first commit).
 */
import type { Dispatcher } from 'undici'
import { encryptedLength, generateContentKeys } from '../crypto/payloadEncryptor'
import { ErrorCodes, IntunePublishError } from '../errors'
import { formatBytes } from '../formatBytes'
import type { Logger } from '../logger'
import type { AppType, FileEncryptionInfo } from '../packages/types'
import { registerSasSecret } from '../upload'
import { encryptedStreamSource } from '../upload/encryptingSource'
import { encryptingFileSource } from '../upload/encryptingFileSource'
import { payloadVerifier } from '../packages/intunewin/payloadVerifier'
import { fileRangeSource } from '../upload/fileRangeSource'
import { selfCheck } from '../upload/selfCheck'
import { getUncommittedBlocks } from '../upload/uncommittedBlocks'
import { uploadBlob, type UploadStats } from '../upload/uploadBlob'
import type { BlockSource } from '../upload/blockSource'
import type { ContentSource } from './contentSource'
import type { ContentFileBody, GraphContentFile, IntuneApps } from './intuneApps'
import { chooseUploadTarget } from './uploadTarget'
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
  /** The app's committedContentVersion (null/undefined: it never committed content). */
  committedContentVersion?: string | null
  /**
   * Deletes the app and creates it again, resolving with the new id: used only when the app never committed
   * content and what a failed run left can't be reused. Without it, that case is an error.
   */
  recreateApp?: (reason: string) => Promise<string>
}

export interface ContentUploadResult {
  /** The app the content went to (differs from the input only when the app was re-created). */
  appId: string
  contentVersion: string
  /** Bytes of the committed blob. */
  bytesUploaded: number
  /** Of those, the bytes this run sent; less when an upload was resumed. */
  bytesSent: number
  /** True when this run continued a file an earlier run had started. */
  resumed: boolean
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
        blocks: encryptingFileSource(source.path, generateContentKeys(), { plainLength: source.size }),
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
function fileState(
  opts: ContentUploadOptions,
  cv: string,
  fileId: string,
  success: string | string[],
  what: string,
) {
  const { apps, appId, appType } = opts
  const wanted = typeof success === 'string' ? [success] : success
  return waitFor(
    async (): Promise<PollOutcome<GraphContentFile>> => {
      const file = await apps.getContentFile(appId, appType, cv, fileId)
      if (wanted.includes(file.uploadState)) return { done: true, value: file }
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

/** The file to upload into: a resumed one (fresh SAS, blocks already stored) or a new one. */
async function openTarget(opts: ContentUploadOptions, body: ContentFileBody) {
  const { apps, appType, log } = opts
  let target = await chooseUploadTarget(apps, opts.appId, appType, opts.committedContentVersion, body)
  if (target.kind === 'recreateApp') {
    if (!opts.recreateApp) {
      throw new IntunePublishError(
        ErrorCodes.UploadFailed,
        `Cannot upload to app ${opts.appId}: ${target.reason}.`,
        {
          fix: 'Delete the app in the Intune admin center and run again.',
        },
      )
    }
    opts.appId = await opts.recreateApp(target.reason)
    target = { kind: 'newVersion' }
  }
  const cv = target.kind === 'newVersion' ? await apps.createContentVersion(opts.appId, appType) : target.cv
  if (target.kind !== 'resumeFile') {
    const created = await apps.createContentFile(opts.appId, appType, cv, body)
    const ready = await fileState(
      opts,
      cv,
      created.id,
      'azureStorageUriRequestSuccess',
      `the upload URI for ${body.name}`,
    )
    return { cv, fileId: created.id, ready, stored: undefined }
  }
  const fileId = target.file.id
  // The SAS of a killed run has likely expired: wait out a pending request, then renew.
  await fileState(opts, cv, fileId, UPLOAD_READY, `the upload URI for ${body.name}`)
  await apps.renewUpload(opts.appId, appType, cv, fileId)
  const ready = await fileState(opts, cv, fileId, 'azureStorageUriRenewalSuccess', 'the upload URI renewal')
  const sas = String(ready.azureStorageUri)
  registerSasSecret(sas, log)
  const stored = await getUncommittedBlocks(sas, opts.dispatcher).catch((e: unknown) => {
    log.warn(
      `could not read the blocks already stored (${e instanceof Error ? e.message : String(e)}); sending all`,
    )
    return new Map<string, number>()
  })
  const bytes = [...stored.values()].reduce((a, b) => a + b, 0)
  log.info(
    `resuming ${body.name} on content version ${cv}: storage holds ${stored.size} uncommitted blocks (${formatBytes(bytes)})`,
  )
  return { cv, fileId, ready, stored }
}

const UPLOAD_READY = ['azureStorageUriRequestSuccess', 'azureStorageUriRenewalSuccess']

async function attempt(opts: ContentUploadOptions): Promise<ContentUploadResult> {
  const { apps, appType, log } = opts
  const { size, sizeEncrypted } = sizes(opts.source)
  const { cv, fileId, ready, stored } = await openTarget(opts, {
    '@odata.type': '#microsoft.graph.mobileAppContentFile',
    name: opts.fileName,
    size,
    sizeEncrypted,
    manifest: opts.manifest,
    isDependency: false,
  })
  const appId = opts.appId
  const created = { id: fileId }
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
    alreadyStored: stored,
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
    `committed ${opts.fileName} as content version ${cv} (${stats.retries} retries, ${stats.renewals} SAS renewals` +
      `${stored ? `; resumed: sent ${formatBytes(stats.bytesSent)} of ${formatBytes(stats.bytesUploaded)}` : ''})`,
  )
  return {
    appId,
    contentVersion: cv,
    bytesUploaded: stats.bytesUploaded,
    bytesSent: stats.bytesSent,
    resumed: stored !== undefined,
    uploadDurationMs: stats.durationMs,
  }
}

export async function uploadContentVersion(input: ContentUploadOptions): Promise<ContentUploadResult> {
  // A copy: openTarget moves appId when the app is re-created.
  const opts = { ...input }
  const attempts = Math.max(1, opts.commitAttempts ?? 2)
  for (let i = 1; ; i++) {
    try {
      return await attempt(opts)
    } catch (e) {
      const commitFailed = e instanceof IntunePublishError && e.graphCode === 'commitFileFailed'
      if (!commitFailed || i >= attempts) throw e
      opts.log.warn(`commit failed; retrying once (${e.message})`)
    }
  }
}
