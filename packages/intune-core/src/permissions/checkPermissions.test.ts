import { ErrorCodes, IntunePublishError } from '../errors'
import { adminConsentUrl, assertPermissions, checkPermissions } from './checkPermissions'
import { Requirements } from './requirements'

const conn = {
  loginHost: 'login.microsoftonline.com',
  tenantId: '11111111-2222-3333-4444-555555555555',
  clientId: 'aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee',
}
const roles = (...r: string[]): { roles: string[]; scp: string[] } => ({ roles: r, scp: [] })

describe('checkPermissions', () => {
  it.each([
    ['publish', [Requirements.publish], ['DeviceManagementApps.ReadWrite.All'], []],
    [
      'publish with read only',
      [Requirements.publish],
      ['DeviceManagementApps.Read.All'],
      ['DeviceManagementApps.ReadWrite.All'],
    ],
    ['read with ReadWrite', [Requirements.readApps], ['DeviceManagementApps.ReadWrite.All'], []],
    ['read with Read', [Requirements.readApps], ['DeviceManagementApps.Read.All'], []],
    ['groups via Directory.Read.All', [Requirements.groupsByName], ['Directory.Read.All'], []],
    ['groups via GroupMember', [Requirements.groupsByName], ['GroupMember.Read.All'], []],
    [
      'groups missing',
      [Requirements.groupsByName],
      ['DeviceManagementApps.ReadWrite.All'],
      ['GroupMember.Read.All'],
    ],
    [
      'filters via ReadWrite',
      [Requirements.filtersByName],
      ['DeviceManagementConfiguration.ReadWrite.All'],
      [],
    ],
    ['filters missing', [Requirements.filtersByName], [], ['DeviceManagementConfiguration.Read.All']],
    ['scope tags', [Requirements.scopeTagsByName], ['DeviceManagementRBAC.ReadWrite.All'], []],
    [
      'scope tags missing',
      [Requirements.scopeTagsByName, Requirements.publish],
      ['DeviceManagementApps.ReadWrite.All'],
      ['DeviceManagementRBAC.Read.All'],
    ],
  ])('%s', (_n, reqs, granted, missing) => {
    const c = checkPermissions(roles(...granted), reqs)
    expect(c.missing).toEqual(missing)
    expect(c.granted).toEqual([...granted].sort())
  })

  it('counts delegated scp too', () => {
    expect(
      checkPermissions({ roles: [], scp: ['DeviceManagementApps.ReadWrite.All'] }, [Requirements.publish])
        .missing,
    ).toEqual([])
  })
})

describe('assertPermissions', () => {
  it('names the permission, the consent URL and the clicks', () => {
    let err: IntunePublishError | undefined
    try {
      assertPermissions(roles('DeviceManagementApps.Read.All'), [Requirements.publish], conn)
    } catch (e) {
      err = e as IntunePublishError
    }
    expect(err?.code).toBe(ErrorCodes.PermissionMissing)
    expect(err?.message).toBe(
      'The app lacks the Graph permission DeviceManagementApps.ReadWrite.All (to create and update Intune apps).',
    )
    expect(err?.fix).toContain(adminConsentUrl(conn))
    expect(err?.fix).toContain(`?client_id=${conn.clientId}`)
    expect(err?.fix).toContain(
      'API permissions → Add a permission → Microsoft Graph → Application permissions → DeviceManagementApps.ReadWrite.All',
    )
    expect(err?.fix).toContain(`Grant admin consent for ${conn.tenantId}`)
  })

  it('says nothing is consented when the token has no roles', () => {
    expect(() => assertPermissions(roles(), [Requirements.readApps], conn)).toThrow(/nothing is consented/)
    expect(
      assertPermissions(roles('DeviceManagementApps.ReadWrite.All'), [Requirements.readApps], conn).missing,
    ).toEqual([])
  })
})
