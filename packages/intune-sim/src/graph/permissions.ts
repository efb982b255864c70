/** Graph application permissions per Intune operation (protocol reference §8), least privileged first. */
export const APPS_READ = ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All']
export const APPS_WRITE = ['DeviceManagementApps.ReadWrite.All']
export const GROUPS_READ = ['GroupMember.Read.All', 'Group.Read.All', 'Directory.Read.All']
export const FILTERS_READ = [
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementConfiguration.ReadWrite.All',
]
export const RBAC_READ = ['DeviceManagementRBAC.Read.All', 'DeviceManagementRBAC.ReadWrite.All']
