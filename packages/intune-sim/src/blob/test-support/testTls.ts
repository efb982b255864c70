/** A throw-away certificate for 127.0.0.1/localhost and an undici dispatcher that trusts it. */
import { Agent } from 'undici'
import { generate } from 'selfsigned'

export interface TestTls {
  key: string
  cert: string
  dispatcher: Agent
}

export async function createTestTls(): Promise<TestTls> {
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
  })
  return {
    key: pems.private,
    cert: pems.cert,
    dispatcher: new Agent({ connect: { ca: pems.cert }, keepAliveTimeout: 1000 }),
  }
}
