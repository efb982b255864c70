/**
 * Casts that working clients use on an app of another, sibling type, and which the real service therefore
 * accepts (wire-fidelity review R3): almenscorner/intune-uploader (`IntuneAppUploader.py` L415, L423,
 * L451, L463) and ugurkocde/IntuneBrew upload files to, commit and PATCH macOSDmgApp and macOSPkgApp apps
 * through `microsoft.graph.macOSLobApp`. Any other cast that is not the app's own type still answers 400
 * (a cast to the abstract mobileLobApp fails for real: msgraph-sdk-powershell issue #3402).
 */
const ACCEPTED: Record<string, readonly string[]> = {
  macOSDmgApp: ['macOSLobApp'],
  macOSPkgApp: ['macOSLobApp'],
}

const bare = (t: string): string => t.replace(/^#?microsoft\.graph\./i, '')

/** True when `cast` (a route segment or an `@odata.type`) is a sibling cast working clients use on `appType`. */
export function isAcceptedSiblingCast(appType: string, cast: string): boolean {
  const accepted = ACCEPTED[bare(appType)] ?? []
  return accepted.some(a => a.toLowerCase() === bare(cast).toLowerCase())
}
