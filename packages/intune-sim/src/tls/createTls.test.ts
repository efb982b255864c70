/**
 * Two simulators' CAs side by side: a client trusting both (its own CA plus a NODE_EXTRA_CA_CERTS left from
 * another simulator) must still verify each server. With one shared subject and no key identifiers, TLS
 * picked the first CA of that name and failed (issue 11 item 11).
 */
import { X509Certificate } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import https from 'node:https'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import { createTls, type SimTls } from './createTls'

let dir: string
let a: SimTls
let b: SimTls
beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'sim-tls-'))
  ;[a, b] = await Promise.all([createTls(path.join(dir)), createTls(mkdtempSync(path.join(dir, 'b-')))])
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

test('each CA has its own subject and key identifiers, and the server certificate names its CA', () => {
  const caA = new X509Certificate(a.caPem)
  const caB = new X509Certificate(b.caPem)
  expect(caA.subject).not.toBe(caB.subject)
  expect(caA.subject).toContain(a.caSubject.split(',')[0].replace('CN=', ''))
  const server = new X509Certificate(a.cert)
  expect(server.checkIssued(caA)).toBe(true)
  expect(server.verify(caA.publicKey)).toBe(true)
  // SKI (2.5.29.14) on the CA and AKI (2.5.29.35) on the server, both in the DER.
  const der = (c: X509Certificate) => c.raw.toString('hex')
  expect(der(caA)).toContain('0603551d0e')
  expect(der(server)).toContain('0603551d23')
  expect(caA.ca).toBe(true)
})

test("a client trusting another simulator's CA first still verifies this simulator", async () => {
  const server = https.createServer({ key: a.key, cert: a.cert }, (_req, res) => res.end('ok'))
  await new Promise<void>(r => server.listen(0, '127.0.0.1', () => r()))
  const { port } = server.address() as AddressInfo
  try {
    const body = await new Promise<string>((resolve, reject) => {
      https
        .get({ host: '127.0.0.1', port, path: '/', ca: [b.caPem, a.caPem] }, res => {
          let text = ''
          res.on('data', (c: Buffer) => (text += c.toString()))
          res.on('end', () => resolve(text))
        })
        .on('error', reject)
    })
    expect(body).toBe('ok')
  } finally {
    server.close()
  }
})
