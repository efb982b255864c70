/**
 * Simulated managed devices. Every member of a seeded group stands for one device (a device member is
 * that device; a user member owns one device). A device targeted by an app's required or available
 * assignment notices it, stays `pending` for its install delay, then ends `installed` or `failed`. The
 * outcome is a deterministic draw per device, app and content version against the success rate, so
 * tests see the same result every run. Time is the fleet's own clock, which tests move forward.
 */
import crypto from 'node:crypto'
import type { SimApp, SimState } from '../state'

export type InstallState = 'installed' | 'failed' | 'pending'

export interface DeviceOptions {
  /** Share of devices whose install succeeds, 0–1 (default 1). */
  successRate?: number
  /** How long a device takes from seeing the assignment to a result (default 10 minutes). */
  installDelayMs?: number
  /** Device ids that always fail, whatever the success rate. */
  failDevices?: string[]
  /**
   * How long the reports answer with no row after an app's targeting or content changed: Intune
   * computes these reports in the background (default 0).
   */
  reportDelayMs?: number
}

export interface SimDevice {
  id: string
  deviceName: string
  userId?: string
  userPrincipalName?: string
}

export interface DeviceStatus {
  device: SimDevice
  state: InstallState
  /** When the state last changed, on the fleet's clock. */
  changedAt: number
  appVersion?: string
}

type Obj = Record<string, unknown>

const ALL_DEVICES = 'microsoft.graph.allDevicesAssignmentTarget'
const ALL_USERS = 'microsoft.graph.allLicensedUsersAssignmentTarget'
const GROUP = 'microsoft.graph.groupAssignmentTarget'
const EXCLUDE = 'microsoft.graph.exclusionGroupAssignmentTarget'
/** The failure Intune shows most for Win32 installs that exit non-zero (0x87D1041C: not detected after install). */
const FAILED_CODE = -2016345060

function hash(...parts: string[]): Buffer {
  return crypto.createHash('sha256').update(parts.join('|')).digest()
}

/** A GUID-shaped id derived from a user id, so a user's device keeps its id across runs. */
function deviceIdFor(userId: string): string {
  const h = hash('device', userId).toString('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export class DeviceFleet {
  private offsetMs = 0
  private opts: Required<Omit<DeviceOptions, 'failDevices'>> & { failDevices: Set<string> }
  /** `app|device|contentVersion` → when the device first saw that content assigned. */
  private readonly seen = new Map<string, number>()
  /** app → [fingerprint of its targeting and content, when it last changed]. */
  private readonly changes = new Map<string, [string, number]>()

  constructor(
    private readonly state: SimState,
    opts: DeviceOptions = {},
  ) {
    this.opts = {
      successRate: 1,
      installDelayMs: 10 * 60_000,
      reportDelayMs: 0,
      ...opts,
      failDevices: new Set((opts.failDevices ?? []).map(d => d.toLowerCase())),
    }
  }

  /** The fleet's clock (ms since the epoch). */
  now(): number {
    return Date.now() + this.offsetMs
  }

  /** Moves the clock on, after noting every assignment made until now at the current time. */
  advance(ms: number): void {
    this.sync()
    this.offsetMs += ms
  }

  configure(opts: DeviceOptions): void {
    const { failDevices, ...rest } = opts
    Object.assign(this.opts, rest)
    if (failDevices) this.opts.failDevices = new Set(failDevices.map(d => d.toLowerCase()))
  }

  /** Every device in the tenant: the members of every group. */
  devices(): SimDevice[] {
    const out = new Map<string, SimDevice>()
    for (const g of this.state.groups)
      for (const m of g.members ?? []) {
        const d = this.memberDevice(m, g.memberType ?? 'user')
        out.set(d.id, d)
      }
    return [...out.values()]
  }

  /** Records first sightings of assigned content at the current time, for every app. */
  sync(): void {
    for (const app of this.state.apps.values()) this.syncApp(app)
  }

  /** The install status of every device the app targets, as of now. */
  statuses(app: SimApp): DeviceStatus[] {
    this.syncApp(app)
    const cv = this.contentVersion(app)
    if (!cv) return []
    const now = this.now()
    return this.targeted(app).map(device => {
      const seenAt = this.seen.get(`${app.id}|${device.id}|${cv}`) ?? now
      const doneAt = seenAt + this.delayFor(device.id, app.id)
      const appVersion = typeof app.props.displayVersion === 'string' ? app.props.displayVersion : undefined
      if (now < doneAt) return { device, state: 'pending', changedAt: seenAt, appVersion }
      return { device, state: this.outcome(device.id, app.id, cv), changedAt: doneAt, appVersion }
    })
  }

  /** False while Intune would still be computing the app's report after a change. */
  reportReady(app: SimApp): boolean {
    this.syncApp(app)
    const changed = this.changes.get(app.id)?.[1] ?? 0
    return this.now() >= changed + this.opts.reportDelayMs
  }

  static readonly failedErrorCode = FAILED_CODE

  private syncApp(app: SimApp): void {
    const cv = this.contentVersion(app)
    const targeted = cv ? this.targeted(app) : []
    const now = this.now()
    const fingerprint = `${cv ?? ''}|${targeted
      .map(d => d.id)
      .sort()
      .join(',')}`
    const last = this.changes.get(app.id)
    if (!last || last[0] !== fingerprint) this.changes.set(app.id, [fingerprint, now])
    for (const d of targeted) {
      const key = `${app.id}|${d.id}|${cv ?? ''}`
      if (!this.seen.has(key)) this.seen.set(key, now)
    }
  }

  private contentVersion(app: SimApp): string | undefined {
    const cv = app.props.committedContentVersion
    if (app.props.publishingState !== 'published') return undefined
    return typeof cv === 'string' && cv ? cv : 'store'
  }

  private memberDevice(member: string, type: 'user' | 'device'): SimDevice {
    const short = member.replace(/-/g, '').slice(-6).toUpperCase()
    if (type === 'device') return { id: member.toLowerCase(), deviceName: `SIM-${short}` }
    return {
      id: deviceIdFor(member.toLowerCase()),
      deviceName: `SIM-U${short}`,
      userId: member.toLowerCase(),
      userPrincipalName: `user-${short.toLowerCase()}@contoso.test`,
    }
  }

  private groupDevices(groupId: unknown): SimDevice[] {
    const g = this.state.groups.find(x => x.id.toLowerCase() === String(groupId).toLowerCase())
    return (g?.members ?? []).map(m => this.memberDevice(m, g?.memberType ?? 'user'))
  }

  /** Devices an install reaches: required and available targets, minus excluded groups. */
  private targeted(app: SimApp): SimDevice[] {
    const included = new Map<string, SimDevice>()
    const excluded = new Set<string>()
    for (const a of app.assignments as Obj[]) {
      const target = (a.target ?? {}) as Obj
      const type = String(target['@odata.type'] ?? '').replace(/^#/, '')
      if (type === EXCLUDE) {
        for (const d of this.groupDevices(target.groupId)) excluded.add(d.id)
        continue
      }
      if (a.intent !== 'required' && a.intent !== 'available') continue
      let devices: SimDevice[] = []
      if (type === GROUP) devices = this.groupDevices(target.groupId)
      else if (type === ALL_DEVICES) devices = this.devices()
      else if (type === ALL_USERS) devices = this.devices().filter(d => d.userId)
      for (const d of devices) included.set(d.id, d)
    }
    return [...included.values()].filter(d => !excluded.has(d.id))
  }

  /** Between half and one and a half times the configured delay, fixed per device and app. */
  private delayFor(deviceId: string, appId: string): number {
    const spread = hash('delay', deviceId, appId).readUInt16BE(0) / 0xffff
    return Math.round(this.opts.installDelayMs * (0.5 + spread))
  }

  private outcome(deviceId: string, appId: string, cv: string): InstallState {
    if (this.opts.failDevices.has(deviceId)) return 'failed'
    const draw = hash('outcome', deviceId, appId, cv).readUInt32BE(0) / 0xffffffff
    return draw < this.opts.successRate ? 'installed' : 'failed'
  }
}
