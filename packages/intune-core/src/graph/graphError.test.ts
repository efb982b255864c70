import { ErrorCodes } from '../errors'
import { toGraphError, unwrapIntuneMessage } from './graphError'

describe('toGraphError', () => {
  it("unwraps Intune's JSON-in-message and keeps the ids", () => {
    const inner = JSON.stringify({
      _version: 3,
      Message: 'An error has occurred - Operation ID (for customer support): 0000 - Activity ID: 1234',
      CustomApiErrorPhrase: '',
    })
    const headers = new Headers({ 'request-id': 'req-1' })
    const e = toGraphError(
      { statusCode: 400, code: 'BadRequest', message: inner, requestId: 'req-1', headers },
      'POST',
      '/deviceAppManagement/mobileApps?$filter=x',
      'crid-1',
    )
    expect(e.code).toBe(ErrorCodes.GraphError)
    expect(e).toMatchObject({
      status: 400,
      graphCode: 'BadRequest',
      requestId: 'req-1',
      clientRequestId: 'crid-1',
    })
    expect(e.message).toBe(
      'Graph POST /deviceAppManagement/mobileApps → 400 BadRequest: An error has occurred - Operation ID (for customer support): 0000 - Activity ID: 1234',
    )
    expect(e.toLine()).toContain('(request-id req-1, client-request-id crid-1)')
  })

  it('adds a fix for the missing-permission 403', () => {
    const e = toGraphError(
      {
        statusCode: 403,
        code: 'Forbidden',
        message:
          'Application is not authorized to perform this operation. Application must have one of the following scopes: DeviceManagementApps.Read.All',
      },
      'GET',
      '/x',
      'c',
    )
    expect(e.fix).toContain('admin consent')
  })

  it('treats a missing status as a network error', () => {
    expect(toGraphError(new Error('ECONNRESET'), 'GET', '/x', 'c').code).toBe(ErrorCodes.NetworkError)
  })

  it('leaves plain messages alone and tolerates broken JSON', () => {
    expect(unwrapIntuneMessage('plain')).toBe('plain')
    expect(unwrapIntuneMessage('{not json')).toBe('{not json')
    expect(unwrapIntuneMessage('{"message":"lower"}')).toBe('lower')
  })
})
