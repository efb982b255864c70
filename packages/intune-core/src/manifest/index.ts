export { loadManifest, MAX_MANIFEST_BYTES } from './loadManifest'
export { manifestEntry, type ManifestEntryInputs } from './manifestEntry'
export {
  publishManifest,
  DEFAULT_PARALLEL,
  type ManifestRow,
  type ManifestRowStatus,
  type ManifestRunOptions,
  type ManifestRunResult,
  type SharedInputs,
} from './publishManifest'
export {
  splitManifest,
  selectShard,
  githubMatrix,
  azureDevOpsMatrix,
  type Shard,
  type SplitBy,
} from './splitManifest'
export { renderRowsMarkdown, renderRowsText, summaryLine } from './renderRows'
export { DEFAULT_CONNECTION, type Manifest, type ManifestApp, type ManifestConnection } from './types'
