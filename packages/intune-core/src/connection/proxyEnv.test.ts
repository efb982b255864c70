import { isIntunePublishError } from '../errors'
import { createHttpClient } from '../http/createHttpClient'

describe('proxy variables (issue 11 item 8)', () => {
  test.each([
    ['HTTPS_PROXY', 'proxy.corp:8080', /^HTTPS_PROXY: 'proxy\.corp:8080' has no scheme\./],
    ['https_proxy', 'user:pa55word@proxy.corp:8080', /^https_proxy: 'proxy\.corp:8080' has no scheme\./],
    ['HTTP_PROXY', 'socks5://proxy.corp:1080', /^HTTP_PROXY: 'socks5:\/\/proxy\.corp:1080' uses socks5/],
  ])('%s=%s names the variable and the fix', (name, value, message) => {
    let error: unknown
    try {
      createHttpClient({ env: { [name]: value } })
    } catch (e) {
      error = e
    }
    expect(isIntunePublishError(error) && error.code).toBe('INPUT_INVALID')
    expect((error as Error).message).toMatch(message)
    expect((error as Error).message).not.toContain('pa55word')
  })

  test('a proxy URL with a scheme is taken', async () => {
    const client = createHttpClient({ env: { HTTPS_PROXY: 'http://proxy.corp:8080' } })
    expect(client.proxied).toBe(true)
    await client.close()
  })
})
