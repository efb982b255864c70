/** Building .intunewin packages from a folder, on any OS. */
export {
  packageIntunewin,
  type PackageIntunewinOptions,
  type PackageIntunewinResult,
} from './packageIntunewin'
export {
  streamIntunewinPayload,
  prepareIntunewinPayload,
  type IntunewinPayloadResult,
  type IntunewinPayloadStream,
  type PreparedIntunewinPayload,
} from './streamIntunewinPayload'
export { describeIntunewinSource, type IntunewinSourceDescription } from './describeIntunewinSource'
export type { IntunewinSourceOptions } from './encryptedPayload'
export { buildDetectionXml, TOOL_VERSION } from './buildDetectionXml'
export { crc32, crc32Combine } from './crc32'
