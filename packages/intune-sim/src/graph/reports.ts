/**
 * Intune's reports API for app installs: `POST deviceManagement/reports/getAppStatusOverviewReport`
 * (counts per app) and `getDeviceInstallStatusReport` (one row per device). Both are OData actions that
 * return `Edm.Stream`: the body is JSON bytes sent as application/octet-stream, in the reports' table
 * shape `{TotalRowCount, Schema: [{Column, PropertyType}], Values: [[...]], SessionId}`. The figures
 * come from the simulated devices (devices.ts). While Intune would still be computing a report after a
 * change, it answers with no row.
 */
import type { ServerResponse } from 'node:http'
import type { SimApp } from '../state'
import { DeviceFleet, type DeviceStatus } from './devices'
import { GraphHttpError, type RouteContext, type Router } from './router'

type Obj = Record<string, unknown>
type Column = [name: string, type: 'String' | 'Int32' | 'DateTime']

/** Least privileged first; the reports pages list these for the app and device reports. */
export const REPORTS_READ = [
  'DeviceManagementApps.Read.All',
  'DeviceManagementApps.ReadWrite.All',
  'DeviceManagementConfiguration.Read.All',
  'DeviceManagementConfiguration.ReadWrite.All',
  'DeviceManagementManagedDevices.Read.All',
  'DeviceManagementManagedDevices.ReadWrite.All',
]

const OVERVIEW: Column[] = [
  ['ApplicationId', 'String'],
  ['FailedDeviceCount', 'Int32'],
  ['PendingInstallDeviceCount', 'Int32'],
  ['InstalledDeviceCount', 'Int32'],
  ['NotInstalledDeviceCount', 'Int32'],
  ['NotApplicableDeviceCount', 'Int32'],
]

const DEVICE: Column[] = [
  ['DeviceId', 'String'],
  ['DeviceName', 'String'],
  ['UserPrincipalName', 'String'],
  ['UserName', 'String'],
  ['UserId', 'String'],
  ['Platform', 'String'],
  ['AppVersion', 'String'],
  ['InstallState', 'String'],
  ['InstallStateDetail', 'String'],
  ['ErrorCode', 'Int32'],
  ['HexErrorCode', 'String'],
  ['LastModifiedDateTime', 'DateTime'],
  ['ApplicationId', 'String'],
]

export function registerReportRoutes(router: Router, fleet: DeviceFleet): void {
  const base = '/deviceManagement/reports'
  router.add({
    method: 'POST',
    pattern: `${base}/getAppStatusOverviewReport`,
    anyOf: REPORTS_READ,
    write: false,
    handler: ctx => overview(ctx, fleet),
  })
  router.add({
    method: 'POST',
    pattern: `${base}/getDeviceInstallStatusReport`,
    anyOf: REPORTS_READ,
    write: false,
    handler: ctx => deviceReport(ctx, fleet),
  })
}

/** Reads `(ApplicationId eq '<id>')`, the filter every client sends; other filters are refused. */
function appFilter(ctx: RouteContext): string {
  const body = (ctx.body ?? {}) as Obj
  const filter = typeof body.filter === 'string' ? body.filter : ''
  const m = /^\s*\(?\s*ApplicationId\s+eq\s+'([^']+)'\s*\)?\s*$/i.exec(filter)
  if (!m) {
    throw new GraphHttpError(
      400,
      'BadRequest',
      `The simulator's reports take a filter of the form (ApplicationId eq '<app id>'), got '${filter}'.`,
    )
  }
  return m[1]
}

function findApp(ctx: RouteContext, id: string): SimApp | undefined {
  return [...ctx.state.apps.values()].find(a => a.id.toLowerCase() === id.toLowerCase())
}

function sendTable(res: ServerResponse, columns: Column[], rows: unknown[][], total = rows.length): void {
  const text = JSON.stringify({
    TotalRowCount: total,
    Schema: columns.map(([Column, PropertyType]) => ({ Column, PropertyType })),
    Values: rows,
    SessionId: '',
  })
  res.writeHead(200, {
    'Content-Type': 'application/octet-stream',
    'Content-Length': String(Buffer.byteLength(text)),
  })
  res.end(text)
}

function overview(ctx: RouteContext, fleet: DeviceFleet): undefined {
  const id = appFilter(ctx)
  const app = findApp(ctx, id)
  if (!app || !fleet.reportReady(app)) {
    sendTable(ctx.res, OVERVIEW, [])
    return undefined
  }
  const statuses = fleet.statuses(app)
  const count = (s: DeviceStatus['state']) => statuses.filter(x => x.state === s).length
  sendTable(ctx.res, OVERVIEW, [[app.id, count('failed'), count('pending'), count('installed'), 0, 0]])
  return undefined
}

function deviceReport(ctx: RouteContext, fleet: DeviceFleet): undefined {
  const id = appFilter(ctx)
  const body = (ctx.body ?? {}) as Obj
  const app = findApp(ctx, id)
  if (!app || !fleet.reportReady(app)) {
    sendTable(ctx.res, DEVICE, [])
    return undefined
  }
  const all = fleet.statuses(app).map(s => deviceRow(app, s))
  const skip = typeof body.skip === 'number' ? body.skip : 0
  const top = typeof body.top === 'number' && body.top > 0 ? body.top : 50
  const select = Array.isArray(body.select) ? body.select.map(String) : []
  const columns = select.length ? DEVICE.filter(([c]) => select.includes(c)) : DEVICE
  const rows = all.slice(skip, skip + top).map(r => columns.map(([c]) => r[c]))
  sendTable(ctx.res, columns, rows, all.length)
  return undefined
}

function deviceRow(app: SimApp, s: DeviceStatus): Record<string, unknown> {
  const failed = s.state === 'failed'
  const code = failed ? DeviceFleet.failedErrorCode : 0
  return {
    DeviceId: s.device.id,
    DeviceName: s.device.deviceName,
    UserPrincipalName: s.device.userPrincipalName ?? '',
    UserName: s.device.userPrincipalName?.split('@')[0] ?? '',
    UserId: s.device.userId ?? '',
    Platform: 'Windows',
    AppVersion: s.appVersion ?? '',
    InstallState: s.state === 'pending' ? 'pendingInstall' : s.state,
    InstallStateDetail: failed ? 'Application not detected after installation completed successfully' : '',
    ErrorCode: code,
    HexErrorCode: failed ? `0x${(code >>> 0).toString(16).toUpperCase()}` : '',
    LastModifiedDateTime: new Date(s.changedAt).toISOString(),
    ApplicationId: app.id,
  }
}
