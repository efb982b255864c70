/**
 * Content-file bookkeeping shared by the content routes: rendering, the commit check against the blob,
 * and applying a committed content version to its app.
 */
import type { BlobStore } from './blobStore'
import { verifyCommittedBlob, type CommitCheckResult } from './verifyCommittedBlob'
import type { SimApp, SimContentVersion, SimFile } from '../state'
import type { GraphVersion } from '../graph/router'
import { intuneError } from '../graph/intuneError'

export const DEFAULT_STATE_DELAY_MS = 300

export async function checkFile(blob: BlobStore, file: SimFile, win32 = false): Promise<CommitCheckResult> {
  const opened = await blob.openBlob(file.blobContainer, file.blobName)
  return verifyCommittedBlob(opened, {
    size: Number(file.props.size),
    sizeEncrypted: Number(file.props.sizeEncrypted),
    encryptionInfo: file.encryptionInfo,
    win32,
  })
}

/**
 * Applies `committedContentVersion` from a PATCH of the app: only a content version whose files all
 * committed successfully; the app then goes processing → published.
 */
export function applyCommittedContentVersion(
  app: SimApp,
  cvId: string,
  publishDelayMs = DEFAULT_STATE_DELAY_MS,
): void {
  const cv = app.contentVersions.find(c => c.id === cvId)
  const pending = cv?.files.filter(f => f.uploadState !== 'commitFileSuccess') ?? []
  if (!cv || cv.files.length === 0 || pending.length > 0) {
    const why = !cv
      ? `content version '${cvId}' does not exist`
      : cv.files.length === 0
        ? `content version '${cvId}' has no files`
        : `file '${pending[0].id}' of content version '${cvId}' is in state ${pending[0].uploadState}, not commitFileSuccess`
    throw intuneError(
      400,
      'BadRequest',
      `Cannot commit content: ${why}.`,
      `/deviceAppManagement/mobileApps('${app.id}')`,
    )
  }
  app.props.committedContentVersion = cvId
  app.props.size = cv.files.reduce((sum, f) => sum + Number(f.props.size), 0)
  app.props.publishingState = 'processing'
  setTimeout(() => {
    if (app.props.committedContentVersion === cvId) app.props.publishingState = 'published'
  }, publishDelayMs).unref()
}

export function renderCv(cv: SimContentVersion): Record<string, unknown> {
  return { '@odata.type': '#microsoft.graph.mobileAppContent', id: cv.id }
}

export function renderFile(file: SimFile, version: GraphVersion): Record<string, unknown> {
  const { isFrameworkFile, errorCode, errorDescription, ...props } = file.props
  return {
    '@odata.type': '#microsoft.graph.mobileAppContentFile',
    id: file.id,
    ...props,
    ...(version === 'beta' ? { isFrameworkFile } : {}),
    uploadState: file.uploadState,
    // Not in the schema; Intune adds them on failed commits (IntuneManagement reads them).
    ...(errorCode !== undefined ? { errorCode, errorDescription } : {}),
  }
}
