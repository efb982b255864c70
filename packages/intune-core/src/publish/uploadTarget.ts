/**
 * Where a content upload goes: a fresh content version, or what a killed or failed run left behind.
 *
 * Intune answers an error to a second content version on an app that never committed one (IntuneAppBuilder
 * `IntuneAppPublishingService.cs`: "if content has never been committed, need to use last created content if
 * one exists, otherwise an error is thrown"; Microsoft's samples: the id "is always 1 until the app is
 * committed"). So, like IntuneAppBuilder, we look at the newest content version newer than the committed
 * one before creating any:
 *   - none: create one;
 *   - one without a file (the run died between the two POSTs): add the file to it;
 *   - one whose only file is still uploadable and describes this package (name, sizes, manifest): resume it
 *     (renew the SAS, send only the blocks storage doesn't already hold);
 *   - anything else (a failed commit, another package, a file committed but never applied): on an app that
 *     has committed content, a new content version is allowed; on one that never has, the app is deleted and
 *     created again (docs/upload.md), because nothing else avoids the second content version.
 */
import type { AppType } from '../packages/types'
import type { ContentFileBody, GraphContentFile, IntuneApps } from './intuneApps'

export type UploadTarget =
  | { kind: 'newVersion' }
  | { kind: 'reuseVersion'; cv: string }
  | { kind: 'resumeFile'; cv: string; file: GraphContentFile }
  | { kind: 'recreateApp'; reason: string }

/** States in which a file still takes blocks (after waiting for a pending SAS or renewal). */
const RESUMABLE = new Set([
  'azureStorageUriRequestPending',
  'azureStorageUriRequestSuccess',
  'azureStorageUriRenewalPending',
  'azureStorageUriRenewalSuccess',
])

const newer = (id: string, committed: string | null | undefined): boolean =>
  committed === null || committed === undefined || Number(id) > Number(committed)

function describes(file: GraphContentFile, want: ContentFileBody): boolean {
  return (
    file.name === want.name &&
    Number(file.size) === want.size &&
    Number(file.sizeEncrypted) === want.sizeEncrypted &&
    (file.manifest ?? null) === (want.manifest ?? null)
  )
}

export async function chooseUploadTarget(
  apps: IntuneApps,
  appId: string,
  appType: AppType,
  committed: string | null | undefined,
  want: ContentFileBody,
): Promise<UploadTarget> {
  const versions = (await apps.listContentVersions(appId, appType))
    .filter(cv => newer(cv.id, committed))
    .sort((a, b) => Number(b.id) - Number(a.id))
  const newest = versions[0]
  if (!newest) return { kind: 'newVersion' }
  const files = await apps.listContentFiles(appId, appType, newest.id)
  if (files.length === 0) return { kind: 'reuseVersion', cv: newest.id }
  const [file] = files
  if (files.length === 1 && !file.isCommitted && RESUMABLE.has(file.uploadState) && describes(file, want))
    return { kind: 'resumeFile', cv: newest.id, file }
  if (committed) return { kind: 'newVersion' }
  const why =
    files.length > 1
      ? `${files.length} files`
      : !describes(file, want)
        ? 'a file for another package'
        : `a file in state ${file.uploadState}`
  return {
    kind: 'recreateApp',
    reason: `its uncommitted content version ${newest.id} holds ${why}, and Intune refuses a second content version before the first commit`,
  }
}
