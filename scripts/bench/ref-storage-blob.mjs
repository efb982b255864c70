// Reference (a): the raw limit. The same bytes to the same Azurite with @azure/storage-blob's uploadFile,
// no encryption. Args: <file> <sasUrl> <concurrency> <blockSizeMiB>. Prints elapsed ms.
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { root } from '../pnpm.mjs'

const require = createRequire(join(root, 'packages', 'intune-sim', 'package.json'))
const { BlockBlobClient } = require('@azure/storage-blob')
const [file, sasUrl, concurrency, blockMiB] = process.argv.slice(2)
const started = performance.now()
await new BlockBlobClient(sasUrl).uploadFile(file, {
  blockSize: Number(blockMiB) * 1048576,
  concurrency: Number(concurrency),
  maxSingleShotSize: 4 * 1048576,
})
console.log(String(Math.round(performance.now() - started)))
