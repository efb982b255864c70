// Reference (b): what the PowerShell tools do (IntuneWin32App, WinTuner, the Microsoft samples): encrypt the
// whole file to a temporary file first, then upload it in 6 MiB blocks, one at a time.
// Args: <file> <sasUrl>. Prints elapsed ms.
import { createCipheriv, createHmac, randomBytes } from 'node:crypto'
import {
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  writeSync,
  closeSync,
  rmSync,
  statSync,
} from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { root } from '../pnpm.mjs'

const require = createRequire(join(root, 'packages', 'intune-core', 'package.json'))
const { request } = require('undici')
const [file, sasUrl] = process.argv.slice(2)
const started = performance.now()
const tmp = join(tmpdir(), `ps-way-${process.pid}.bin`)
const key = randomBytes(32)
const iv = randomBytes(16)
const out = createWriteStream(tmp)
out.write(Buffer.alloc(32))
out.write(iv)
await pipeline(createReadStream(file), createCipheriv('aes-256-cbc', key, iv), out)
const fd = openSync(tmp, 'r+')
const hmac = createHmac('sha256', randomBytes(32))
const buf = Buffer.alloc(6 * 1048576)
const size = statSync(tmp).size
for (let pos = 32; pos < size; ) {
  const n = readSync(fd, buf, 0, buf.length, pos)
  hmac.update(buf.subarray(0, n))
  pos += n
}
writeSync(fd, hmac.digest(), 0, 32, 0)
const ids = []
for (let pos = 0, i = 0; pos < size; i++) {
  const n = readSync(fd, buf, 0, buf.length, pos)
  const id = Buffer.from(`block-${String(i).padStart(6, '0')}`).toString('base64')
  const r = await request(`${sasUrl}&comp=block&blockid=${encodeURIComponent(id)}`, {
    method: 'PUT',
    body: buf.subarray(0, n),
    headers: { 'x-ms-blob-type': 'BlockBlob', 'content-length': String(n) },
  })
  await r.body.dump()
  if (r.statusCode !== 201) throw new Error(`Put Block ${r.statusCode}`)
  ids.push(id)
  pos += n
}
closeSync(fd)
const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map(i => `<Latest>${i}</Latest>`).join('')}</BlockList>`
const r = await request(`${sasUrl}&comp=blocklist`, { method: 'PUT', body: xml })
await r.body.dump()
if (r.statusCode !== 201) throw new Error(`Put Block List ${r.statusCode}`)
rmSync(tmp)
console.log(String(Math.round(performance.now() - started)))
