export { Requirements, type PermissionRequirement, type RequirementName } from './requirements'
export {
  checkPermissions,
  assertPermissions,
  adminConsentUrl,
  consentInstructions,
  grantedPermissions,
  type PermissionCheck,
} from './checkPermissions'
