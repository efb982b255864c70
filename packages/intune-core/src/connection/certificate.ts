/**
 * Turns a certificate credential (PEM with the certificate and its private key) into what MSAL needs:
 * an unencrypted PKCS#8 key and the certificate's SHA-256 thumbprint.
 */
import { X509Certificate, createPrivateKey } from 'node:crypto'
import { inputError } from '../errors'
import { registerSecret } from '../sanitize'

export interface CertificateCredential {
  /** Hex SHA-256 thumbprint of the certificate (what Entra shows under Certificates & secrets). */
  thumbprintSha256: string
  /** PKCS#8 PEM private key, unencrypted (MSAL takes only this form). Registered for masking. */
  privateKey: string
  /** The certificate's expiry, ISO 8601. */
  notAfter: string
  subject: string
}

const CERT_BLOCK = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/
const KEY_BLOCK =
  /-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----[\s\S]+?-----END (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/

export function loadCertificate(
  pem: string,
  password: string | undefined,
  field: string,
): CertificateCredential {
  const certText = CERT_BLOCK.exec(pem)?.[0]
  const keyText = KEY_BLOCK.exec(pem)?.[0]
  if (keyText) registerSecret(keyText)
  if (!certText) {
    throw inputError(
      field,
      'has no -----BEGIN CERTIFICATE----- block.',
      'Give one PEM with the certificate and its private key (e.g. cat cert.pem key.pem).',
    )
  }
  if (!keyText) {
    throw inputError(
      field,
      'has no private key block.',
      'Give one PEM with the certificate and its private key (e.g. cat cert.pem key.pem).',
    )
  }
  let cert: X509Certificate
  try {
    cert = new X509Certificate(certText)
  } catch {
    throw inputError(
      field,
      'the certificate block could not be read.',
      'Export the certificate again as PEM (base64).',
    )
  }
  let privateKey: string
  try {
    const key = createPrivateKey({ key: keyText, format: 'pem', passphrase: password })
    privateKey = key.export({ type: 'pkcs8', format: 'pem' }).toString()
  } catch {
    const hint = keyText.includes('ENCRYPTED')
      ? 'The key is encrypted: give its password (certificatePassword / --certificate-password).'
      : 'Export the private key again as PEM.'
    throw inputError(field, 'the private key could not be read.', hint)
  }
  registerSecret(privateKey)
  if (!cert.checkPrivateKey(createPrivateKey(privateKey))) {
    throw inputError(
      field,
      'the private key does not belong to the certificate.',
      'Pair the certificate with its own key.',
    )
  }
  const notAfter = new Date(cert.validTo)
  if (notAfter.getTime() < Date.now()) {
    throw inputError(
      field,
      `the certificate expired on ${notAfter.toISOString()}.`,
      'Upload a new certificate to the app registration (Certificates & secrets) and use it here.',
    )
  }
  return {
    thumbprintSha256: cert.fingerprint256.replace(/:/g, '').toLowerCase(),
    privateKey,
    notAfter: notAfter.toISOString(),
    subject: cert.subject,
  }
}
