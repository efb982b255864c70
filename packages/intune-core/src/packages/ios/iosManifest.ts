import { xmlText } from '../xmlText'

/**
 * The iOS content-file manifest (protocol §5.3): the same plist template Microsoft's samples send, with the
 * literal `{UrlPlaceHolder}` the service replaces. Returned as text; the caller base64s the ASCII bytes.
 */
export function iosManifestPlist(bundleId: string, bundleVersion: string, title: string): string {
  const s = (v: string): string => `<string>${xmlText(v)}</string>`
  return (
    '<?xml version="1.0" encoding="UTF-8"?>' +
    '<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">' +
    '<plist version="1.0"><dict><key>items</key><array><dict>' +
    `<key>assets</key><array><dict><key>kind</key>${s('software-package')}<key>url</key>${s('{UrlPlaceHolder}')}</dict></array>` +
    '<key>metadata</key><dict>' +
    `<key>AppRestrictionPolicyTemplate</key>${s('http://management.microsoft.com/PolicyTemplates/AppRestrictions/iOS/v1')}` +
    `<key>AppRestrictionTechnology</key>${s('Windows Intune Application Restrictions Technology for iOS')}` +
    `<key>IntuneMAMVersion</key>${s('')}` +
    `<key>CFBundleSupportedPlatforms</key><array>${s('iPhoneOS')}</array>` +
    `<key>MinimumOSVersion</key>${s('9.0')}` +
    `<key>bundle-identifier</key>${s(bundleId)}` +
    `<key>bundle-version</key>${s(bundleVersion)}` +
    `<key>kind</key>${s('software')}` +
    `<key>subtitle</key>${s('LaunchMeSubtitle')}` +
    `<key>title</key>${s(title)}` +
    '</dict></dict></array></dict></plist>'
  )
}
