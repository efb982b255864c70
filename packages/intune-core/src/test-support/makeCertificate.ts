/**
 * Test helper: a self-signed certificate + key, made with the simulator package's `selfsigned`
 * (not a core dependency; tests only).
 */
import path from 'node:path'

interface SelfSigned {
  generate(
    attrs: Array<{ name: string; value: string }>,
    opts: {
      keyType?: 'rsa' | 'ec'
      keySize?: number
      algorithm?: string
      notBeforeDate?: Date
      notAfterDate?: Date
    },
  ): Promise<{ private: string; public: string; cert: string }>
}

export interface TestCertificate {
  certPem: string
  keyPem: string
  /** cert + key in one PEM, as a user gives it. */
  combinedPem: string
}

export async function makeCertificate(
  opts: { notAfter?: Date; notBefore?: Date } = {},
): Promise<TestCertificate> {
  const simDir = path.resolve(__dirname, '../../../intune-sim')
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const selfsigned = require(require.resolve('selfsigned', { paths: [simDir] })) as SelfSigned
  const r = await selfsigned.generate([{ name: 'commonName', value: 'intune-publish test' }], {
    keyType: 'rsa',
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate: opts.notBefore ?? new Date(Date.now() - 60_000),
    notAfterDate: opts.notAfter ?? new Date(Date.now() + 24 * 3600_000),
  })
  return { certPem: r.cert, keyPem: r.private, combinedPem: `${r.cert}\n${r.private}` }
}
