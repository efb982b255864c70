import type { SimApp } from '../state'
import { manifestProblem } from './contentManifest'

const b64 = (s: string) => Buffer.from(s, 'ascii').toString('base64')
const app = (type: string, props: Record<string, unknown> = {}): SimApp => ({
  id: '11111111-2222-4333-8444-555555555555',
  odataType: `#microsoft.graph.${type}`,
  props,
  createdVersion: 'v1.0',
  contentVersions: [],
  assignments: [],
  relationships: [],
  categoryIds: [],
})

// The documents as the reference clients build them (protocol reference §5.3).
const plist = (bundleId: string) =>
  '<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">' +
  '<plist version="1.0"><dict><key>items</key><array><dict><key>assets</key><array><dict><key>kind</key><string>software-package</string>' +
  '<key>url</key><string>{UrlPlaceHolder}</string></dict></array><key>metadata</key><dict><key>bundle-identifier</key>' +
  `<string>${bundleId}</string><key>bundle-version</key><string>1</string><key>kind</key><string>software</string></dict></dict></array></dict></plist>`
const android = (pkg: string) =>
  '<AndroidManifestProperties xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  `<Package>${pkg}</Package><PackageVersionCode>3</PackageVersionCode><PackageVersionName>1.0</PackageVersionName>` +
  '<ApplicationName>a.apk</ApplicationName><MinSdkVersion>21</MinSdkVersion><AWTVersion></AWTVersion></AndroidManifestProperties>'
const msi = (context: string) =>
  `<MobileMsiData MsiExecutionContext="${context}" MsiRequiresReboot="false" MsiUpgradeCode="{A}" MsiIsMachineInstall="true" MsiIsUserInstall="false" MsiIncludesServices="false" MsiContainsSystemRegistryKeys="false" MsiContainsSystemFolders="false"></MobileMsiData>`

describe('content file manifests, per app type', () => {
  test('what the references send passes', () => {
    expect(
      manifestProblem(app('iosLobApp', { bundleId: 'com.contoso.app' }), b64(plist('com.contoso.app'))),
    ).toBeUndefined()
    expect(
      manifestProblem(app('androidLobApp', { packageId: 'com.contoso.a' }), b64(android('com.contoso.a'))),
    ).toBeUndefined()
    expect(manifestProblem(app('windowsMobileMSI'), b64(msi('System')))).toBeUndefined()
    expect(manifestProblem(app('windowsUniversalAppX'), b64('Contoso.msix'))).toBeUndefined()
    // Win32 and macOS send null.
    expect(manifestProblem(app('win32LobApp'), null)).toBeUndefined()
    expect(manifestProblem(app('macOSPkgApp'), null)).toBeUndefined()
  })

  test('a missing manifest is refused where devices install from it', () => {
    for (const type of ['iosLobApp', 'androidLobApp', 'windowsMobileMSI', 'windowsUniversalAppX'])
      expect(manifestProblem(app(type), null)).toBe(`a ${type} content file needs a manifest`)
    expect(manifestProblem(app('windowsMobileMSI'), 'not base64!')).toBe('the manifest is not base64')
  })

  test('a manifest that describes another app, or no app, is refused with what it names', () => {
    expect(manifestProblem(app('iosLobApp', { bundleId: 'com.contoso.app' }), b64(plist('com.other')))).toBe(
      "the iosLobApp manifest names bundle com.other, not the app's com.contoso.app",
    )
    expect(manifestProblem(app('androidLobApp', { packageId: 'com.contoso.a' }), b64(android('com.x')))).toBe(
      "the androidLobApp manifest names package com.x, not the app's com.contoso.a",
    )
    expect(manifestProblem(app('windowsMobileMSI'), b64(msi('Machine')))).toBe(
      'the windowsMobileMSI manifest has no MsiExecutionContext of Any, System or User',
    )
    expect(manifestProblem(app('windowsMobileMSI'), b64('<?xml version="1.0"?><Other/>'))).toBe(
      'the windowsMobileMSI manifest is not one MobileMsiData element',
    )
    expect(manifestProblem(app('iosLobApp', { bundleId: 'a' }), b64('{"bundleId":"a"}'))).toBe(
      'the iosLobApp manifest is not a plist',
    )
  })
})
