/** Package readers: what Intune needs, read from the package file itself. No side effects on import. */
export * from './types'
export { readPackage } from './readPackage'
export { readIntunewin } from './readIntunewin'
export {
  readMsi,
  readMsiInfo,
  readMsiDetails,
  mobileMsiManifest,
  MSI_MAX_BYTES,
  type MsiRead,
} from './readMsi'
export { readIpa } from './readIpa'
export { readApk, androidManifestProperties } from './readApk'
export { readMsix } from './readMsix'
export { readPkg } from './readPkg'
export { readDmg } from './readDmg'
export { kindFromExtension, sniffFormat, type ContainerFormat } from './detectFormat'
export { publisherHash } from './msix/publisherHash'
export { win32MsiProps } from './win32MsiDefaults'
export { parseDetectionXml, type DetectionXml } from './detectionXml'
