/** The Intune admin center deep link to an app, per cloud. */
const ADMIN_CENTER: Record<string, string> = {
  public: 'https://intune.microsoft.com',
  usgov: 'https://intune.microsoft.us',
  usgovdod: 'https://intune.microsoft.us',
  china: 'https://intune.microsoftonline.cn',
}

export function appAdminUrl(cloud: string, appId: string): string {
  const host = ADMIN_CENTER[cloud] ?? ADMIN_CENTER.public
  return `${host}/#view/Microsoft_Intune_Apps/SettingsMenu/~/0/appId/${appId}`
}
