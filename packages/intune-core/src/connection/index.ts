export { CLOUDS, CLOUD_NAMES, type Cloud, type CloudName, parseCloudName } from './clouds'
export { loadCertificate, type CertificateCredential } from './certificate'
export { parseConnectionJson } from './parseConnectionJson'
export { resolveConnection } from './resolveConnection'
export {
  readConnectionFromEnv,
  readJsonOrFile,
  readPemOrFile,
  readTextFile,
  mergeConnectionInputs,
} from './readConnectionFromEnv'
export type { Credential, ResolvedConnection } from './types'
export {
  INPUT_LIMITS,
  checkTextLength,
  readBoundedFile,
  readBoundedFileSync,
  requireRegularFile,
} from './boundedRead'
export { checkGuidInput, GUID_PATTERN, pathSegment } from './guid'
