import { ErrorCodes } from '../errors'
import { decodeClaims } from './claims'

const jwt = (payload: object): string =>
  `${Buffer.from('{"alg":"RS256"}').toString('base64url')}.${Buffer.from(JSON.stringify(payload)).toString('base64url')}.c2ln`

describe('decodeClaims', () => {
  it('reads app-only claims', () => {
    const c = decodeClaims(
      jwt({
        roles: ['DeviceManagementApps.ReadWrite.All'],
        appid: 'app-1',
        app_displayname: 'CI Publisher',
        tid: 't1',
        exp: 1800000000,
        aud: 'https://graph.microsoft.com',
      }),
    )
    expect(c).toEqual({
      roles: ['DeviceManagementApps.ReadWrite.All'],
      scp: [],
      appid: 'app-1',
      app_displayname: 'CI Publisher',
      tid: 't1',
      aud: 'https://graph.microsoft.com',
      exp: 1800000000,
      appOnly: true,
    })
  })

  it('reads delegated scopes and a token with no roles at all', () => {
    const d = decodeClaims(jwt({ scp: 'User.Read DeviceManagementApps.Read.All', azp: 'app-2' }))
    expect(d.scp).toEqual(['User.Read', 'DeviceManagementApps.Read.All'])
    expect(d.appOnly).toBe(false)
    expect(d.appid).toBe('app-2')
    expect(decodeClaims(jwt({ appid: 'x' })).roles).toEqual([])
  })

  it('refuses something that is not a JWT', () => {
    expect(() => decodeClaims('opaque-token')).toThrow(
      expect.objectContaining({ code: ErrorCodes.AuthFailed }),
    )
  })
})
