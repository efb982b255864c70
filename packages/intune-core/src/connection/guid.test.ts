import { checkGuidInput, pathSegment } from './guid'

describe('ids in URLs (issue 11 item 4)', () => {
  test.each([
    '../../deviceManagement',
    'a/b',
    '{c0ffee00-0000-4000-8000-000000000001}',
    ' c0ffee00-0000-4000-8000-000000000001',
    '%2F..%2F',
  ])('%s is refused, naming the field', id =>
    expect(() => checkGuidInput('app-id', id)).toThrow(/^app-id: ".*" is not a GUID/),
  )
  test('a GUID and "not given" pass', () => {
    expect(() => checkGuidInput('app-id', 'C0FFEE00-0000-4000-8000-000000000001')).not.toThrow()
    expect(() => checkGuidInput('app-id', undefined)).not.toThrow()
  })
  test('a path segment never carries a separator or a dot segment', () => {
    expect(pathSegment('a/../b?x#y')).toBe('a%2F..%2Fb%3Fx%23y')
    expect(pathSegment('..')).toBe('%2E%2E')
  })
})
