/**
 * Turns the user's "what to publish" (a package file, or a folder to package) into what the rest of the
 * flow needs: the package facts, the bytes to upload, and a digest that identifies this build across runs.
 */
import { randomBytes } from 'node:crypto'
import type { PublishInputs } from '../api'
import { inputError } from '../errors'
import type { Logger } from '../logger'
import { readPackage } from '../packages'
import { win32MsiProps } from '../packages/win32MsiDefaults'
import type { PackageInfo } from '../packages/types'
import { packageIntunewin, prepareIntunewinPayload } from '../packaging'
import type { ContentSource } from './contentSource'

export interface PreparedPackage {
  pkg: PackageInfo
  source: ContentSource
  /**
   * Identifies the build for idempotency: for .intunewin the plaintext FileDigest (a re-encryption of the
   * same content is the same build), otherwise the package file's SHA-256. Hex.
   */
  digest: string
}

export interface PrepareOptions {
  allowExpiredProvisioningProfile?: boolean
}

export async function preparePackage(
  inputs: PublishInputs,
  log: Logger,
  opts: PrepareOptions = {},
): Promise<PreparedPackage> {
  if (inputs.packagePath && inputs.source) {
    throw inputError(
      'package',
      'give either a package file or a source folder, not both',
      'Drop one of them.',
    )
  }
  if (inputs.source)
    return inputs.source.outFile
      ? packageThenRead(inputs.source, log, opts)
      : packageOnTheFly(inputs.source, log)
  if (!inputs.packagePath) {
    throw inputError(
      'package',
      'nothing to publish',
      'Give --package FILE, or --source DIR with --setup FILE.',
    )
  }
  return fromFile(inputs.packagePath, opts)
}

async function fromFile(path: string, opts: PrepareOptions): Promise<PreparedPackage> {
  const pkg = await readPackage(path, {
    allowExpiredProvisioningProfile: opts.allowExpiredProvisioningProfile,
  })
  const c = pkg.content
  if (c.mode === 'preEncrypted') {
    return {
      pkg,
      digest: Buffer.from(c.encryptionInfo.fileDigest, 'base64').toString('hex'),
      source: {
        kind: 'fileRange',
        path: c.path,
        offset: c.offset,
        length: c.length,
        size: c.unencryptedSize,
        info: c.encryptionInfo,
      },
    }
  }
  return { pkg, digest: pkg.sha256, source: { kind: 'encryptFile', path: c.path, size: c.size } }
}

// A random seed gives fresh keys and, as a side effect we want, fixed zip timestamps: the inner zip's digest
// then depends on the folder's content alone, so an unchanged folder is recognised as the same build.
const runSeed = () => randomBytes(16).toString('hex')

async function packageThenRead(
  source: NonNullable<PublishInputs['source']>,
  log: Logger,
  opts: PrepareOptions,
): Promise<PreparedPackage> {
  const outFile = source.outFile as string
  await packageIntunewin({
    sourceDir: source.dir,
    setupFile: source.setupFile,
    outFile,
    seed: runSeed(),
    logger: log,
  })
  log.info(`packaged ${source.dir} into ${outFile}`)
  return fromFile(outFile, opts)
}

async function packageOnTheFly(
  source: NonNullable<PublishInputs['source']>,
  log: Logger,
): Promise<PreparedPackage> {
  const prepared = await prepareIntunewinPayload({
    sourceDir: source.dir,
    setupFile: source.setupFile,
    seed: runSeed(),
    logger: log,
  })
  const msi = prepared.msi
  const pkg: PackageInfo = {
    kind: 'intunewin',
    appType: 'win32LobApp',
    fileName: 'IntunePackage.intunewin',
    fileSize: prepared.sizeEncrypted,
    sha256: prepared.digest,
    displayName: prepared.name,
    publisher: msi?.manufacturer,
    version: msi?.productVersion,
    identity: msi ? { property: 'productCode', value: msi.productCode } : undefined,
    graphProps: {
      fileName: 'IntunePackage.intunewin',
      setupFilePath: prepared.setupFile,
      ...(msi ? win32MsiProps(msi, prepared.setupFile, msi.productName) : {}),
    },
    manifest: null,
    content: { mode: 'encryptOnUpload', path: source.dir, size: prepared.size },
    facts: {
      source: source.dir,
      files: prepared.fileCount,
      sourceBytes: prepared.sourceBytes,
      setupFile: prepared.setupFile,
    },
    warnings: [],
    msi,
  }
  return {
    pkg,
    digest: prepared.digest,
    source: {
      kind: 'encryptedStream',
      size: prepared.size,
      sizeEncrypted: prepared.sizeEncrypted,
      open: () => {
        const run = prepared.open()
        return { stream: run.stream, done: run.done.then(r => ({ mac: r.mac, info: r.info })) }
      },
    },
  }
}
