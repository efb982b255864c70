import { parsePlist, type PlistDict } from './plistRead'

/**
 * embedded.mobileprovision is a CMS (PKCS#7) signed blob whose content is an XML plist. We don't need to
 * verify the signature (the device does); we cut the plist out by its markers and read it.
 */
export function parseMobileProvision(bytes: Buffer): PlistDict {
  const start = bytes.indexOf('<?xml')
  const endTag = Buffer.from('</plist>')
  const end = bytes.indexOf(endTag, start)
  if (start < 0 || end < 0) throw new Error('no property list inside the provisioning profile')
  return parsePlist(bytes.subarray(start, end + endTag.length))
}
