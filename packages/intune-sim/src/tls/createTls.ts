/**
 * The simulator's own PKI: a throwaway CA and one server certificate for 127.0.0.1/localhost, so every
 * simulated endpoint is real HTTPS and clients trust it only through the CA file we hand them.
 * EC keys keep generation fast (a few ms). Private keys never touch the disk.
 */
import { promises as fs } from 'node:fs'
import path from 'node:path'
import { generate } from 'selfsigned'

export interface SimTls {
  caPem: string
  /** Path of the CA certificate PEM (inside tmpDir). */
  caFile: string
  /** Server private key and certificate (PEM), valid for 127.0.0.1, ::1 and localhost. */
  key: string
  cert: string
}

export async function createTls(tmpDir: string): Promise<SimTls> {
  const notBeforeDate = new Date(Date.now() - 60_000)
  const notAfterDate = new Date(Date.now() + 7 * 24 * 3600_000)
  const ca = await generate([{ name: 'commonName', value: 'intune-sim local CA' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    extensions: [
      { name: 'basicConstraints', cA: true, critical: true },
      { name: 'keyUsage', keyCertSign: true, cRLSign: true, digitalSignature: true, critical: true },
    ],
  })
  const server = await generate([{ name: 'commonName', value: 'localhost' }], {
    keyType: 'ec',
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate,
    ca: { key: ca.private, cert: ca.cert },
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      {
        name: 'subjectAltName',
        altNames: [
          { type: 2, value: 'localhost' },
          { type: 7, ip: '127.0.0.1' },
          { type: 7, ip: '::1' },
        ],
      },
    ],
  })
  const caFile = path.join(tmpDir, 'intune-sim-ca.pem')
  await fs.writeFile(caFile, ca.cert, { mode: 0o644 })
  return { caPem: ca.cert, caFile, key: server.private, cert: server.cert }
}
