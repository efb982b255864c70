/** The blob upload: public face (no side effects on import). */
export {
  uploadBlob,
  DEFAULT_BLOCK_SIZE,
  DEFAULT_CONCURRENCY,
  DEFAULT_RENEW_MARGIN_MS,
  DEFAULT_RENEW_PERIOD_MS,
  DEFAULT_REQUEST_TIMEOUT_MS,
  type UploadBlobOptions,
  type UploadStats,
} from './uploadBlob'
export type { BlockSource, BlockReader, SourceBlock } from './blockSource'
export { fileRangeSource } from './fileRangeSource'
export { encryptingSource, encryptedStreamSource, type StreamFinish } from './encryptingSource'
export { encryptingFileSource } from './encryptingFileSource'
export { selfCheck, type SelfCheckInput, type SelfCheckName } from './selfCheck'
export { registerSasSecret, type RenewedSas } from './sasLease'
export { blockId, blockCount, minimumBlockSize, MAX_BLOCKS, MAX_BLOCK_SIZE, MiB } from './blockPlan'
