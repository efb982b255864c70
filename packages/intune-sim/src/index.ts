/** The local Intune simulator's programmatic API. */
export * from './state'
export * from './graph/router'
export { startSimulator, type RunningSimulator, type SimConnection } from './simulator'
export type { SimClient, SimOptions } from './options'
export { DEFAULT_CLIENT_ID, DEFAULT_TENANT_ID, DEFAULT_ROLES } from './options'
export { createFederatedIssuer, type FederatedIssuer } from './entra/federatedIssuer'
export {
  validateBody,
  validateActionBody,
  typeShape,
  isDerivedFrom,
  findType,
  projectForVersion,
} from './graph/schema'
export { listResponse, parseFilter } from './graph/odata'
export type { GraphFaultRule, GraphFaults } from './graph/faults'
export type { RequestHookRule, RequestHooks } from './graph/requestHooks'
export { intuneError } from './graph/intuneError'
export { APPS_READ, APPS_WRITE, GROUPS_READ, FILTERS_READ, RBAC_READ } from './graph/permissions'
export { DeviceFleet, type DeviceOptions, type DeviceStatus, type SimDevice } from './graph/devices'
export { REPORTS_READ } from './graph/reports'
