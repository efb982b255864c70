/**
 * What each operation needs from Microsoft Graph. A requirement is satisfied by any one of its
 * alternatives (least privileged first, which is also what we tell an admin to grant).
 */

export interface PermissionRequirement {
  /** What the permission is for, in words an admin recognises. */
  purpose: string
  /** Any one of these satisfies the requirement; the first is the one we recommend. */
  anyOf: string[]
}

export const Requirements = {
  publish: { purpose: 'create and update Intune apps', anyOf: ['DeviceManagementApps.ReadWrite.All'] },
  readApps: {
    purpose: 'read Intune apps',
    anyOf: ['DeviceManagementApps.Read.All', 'DeviceManagementApps.ReadWrite.All'],
  },
  groupsByName: {
    purpose: 'find groups by name',
    anyOf: [
      'GroupMember.Read.All',
      'Group.Read.All',
      'Directory.Read.All',
      'Group.ReadWrite.All',
      'Directory.ReadWrite.All',
    ],
  },
  filtersByName: {
    purpose: 'find assignment filters by name',
    anyOf: ['DeviceManagementConfiguration.Read.All', 'DeviceManagementConfiguration.ReadWrite.All'],
  },
  scopeTagsByName: {
    purpose: 'find scope tags by name',
    anyOf: ['DeviceManagementRBAC.Read.All', 'DeviceManagementRBAC.ReadWrite.All'],
  },
  installReports: {
    purpose: "read Intune's app install reports (ring gates)",
    anyOf: [
      'DeviceManagementApps.Read.All',
      'DeviceManagementApps.ReadWrite.All',
      'DeviceManagementConfiguration.Read.All',
      'DeviceManagementConfiguration.ReadWrite.All',
      'DeviceManagementManagedDevices.Read.All',
      'DeviceManagementManagedDevices.ReadWrite.All',
    ],
  },
} satisfies Record<string, PermissionRequirement>

export type RequirementName = keyof typeof Requirements
