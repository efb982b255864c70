/**
 * The simulator's own PKI: a throwaway CA and one server certificate for 127.0.0.1/localhost, so every
 * simulated endpoint is real HTTPS and clients trust it only through the CA file we hand them.
 *
 * Each CA has a subject of its own (a random suffix) and subject/authority key identifiers. With one
 * shared subject and no key identifiers, a client that also trusts another simulator's CA (a shell with
 * NODE_EXTRA_CA_CERTS left over from trying the simulator) picks that CA by name and fails to verify.
 * EC P-256 keys keep generation fast (a few ms). Private keys never touch the disk.
 */
import { randomBytes, webcrypto } from 'node:crypto'
import { promises as fs } from 'node:fs'
import path from 'node:path'
import * as x509 from '@peculiar/x509'

export interface SimTls {
  caPem: string
  /** Path of the CA certificate PEM (inside tmpDir). */
  caFile: string
  /** Server private key and certificate (PEM), valid for 127.0.0.1, ::1 and localhost. */
  key: string
  cert: string
  /** The CA's unique subject, e.g. `CN=intune-sim local CA 3f9a1c2e`. */
  caSubject: string
}

const crypto = webcrypto
const alg = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' }
/** Positive 128-bit serial (RFC 5280 §4.1.2.2). */
const serial = (): string => `01${randomBytes(15).toString('hex')}`

async function pkcs8Pem(key: webcrypto.CryptoKey): Promise<string> {
  const der = Buffer.from(await crypto.subtle.exportKey('pkcs8', key))
  const b64 = der.toString('base64').replace(/(.{64})/g, '$1\n')
  return `-----BEGIN PRIVATE KEY-----\n${b64}\n-----END PRIVATE KEY-----\n`
}

export async function createTls(tmpDir: string): Promise<SimTls> {
  const notBefore = new Date(Date.now() - 60_000)
  const notAfter = new Date(Date.now() + 7 * 24 * 3600_000)
  x509.cryptoProvider.set(crypto)
  const caKeys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify'])
  const caSubject = `CN=intune-sim local CA ${randomBytes(4).toString('hex')}, O=intune-sim`
  const ca = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: serial(),
    name: caSubject,
    notBefore,
    notAfter,
    signingAlgorithm: alg,
    keys: caKeys,
    extensions: [
      new x509.BasicConstraintsExtension(true, 0, true),
      new x509.KeyUsagesExtension(
        x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign | x509.KeyUsageFlags.digitalSignature,
        true,
      ),
      await x509.SubjectKeyIdentifierExtension.create(caKeys.publicKey),
    ],
  })
  const serverKeys = await crypto.subtle.generateKey(alg, true, ['sign', 'verify'])
  const server = await x509.X509CertificateGenerator.create({
    serialNumber: serial(),
    subject: 'CN=localhost',
    issuer: ca.subject,
    notBefore,
    notAfter,
    signingAlgorithm: alg,
    publicKey: serverKeys.publicKey,
    signingKey: caKeys.privateKey,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, false),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.keyEncipherment),
      new x509.ExtendedKeyUsageExtension([x509.ExtendedKeyUsage.serverAuth]),
      new x509.SubjectAlternativeNameExtension([
        { type: 'dns', value: 'localhost' },
        { type: 'ip', value: '127.0.0.1' },
        { type: 'ip', value: '::1' },
      ]),
      await x509.SubjectKeyIdentifierExtension.create(serverKeys.publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca),
    ],
  })
  const caPem = ca.toString('pem') + '\n'
  const caFile = path.join(tmpDir, 'intune-sim-ca.pem')
  await fs.writeFile(caFile, caPem, { mode: 0o644 })
  return {
    caPem,
    caFile,
    key: await pkcs8Pem(serverKeys.privateKey),
    cert: server.toString('pem') + '\n',
    caSubject,
  }
}
