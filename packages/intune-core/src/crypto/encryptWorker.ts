/**
 * The encrypting worker thread: reads a file and writes IV ‖ AES-256-CBC ciphertext into block slots of a
 * SharedArrayBuffer, while hashing the plaintext (SHA-256, the fileDigest) and the output (HMAC). Encryption
 * is serial (CBC), so one thread does it; running it off the main thread leaves that thread to the HTTP work.
 *
 * The code is a string run with `eval: true` rather than a file: the CLI and the Action ship as single-file
 * bundles, where a separate worker file would not exist. It uses Node built-ins only, and the messages
 * below are its whole interface.
 */

/** What the worker is started with. Keys are copied into the worker, never logged. */
export interface EncryptWorkerData {
  path: string
  /** Block slots: `slots` × `blockSize` bytes. */
  shared: SharedArrayBuffer
  slots: number
  blockSize: number
  /** Plaintext bytes read per step. */
  readSize: number
  key: Uint8Array
  macKey: Uint8Array
  iv: Uint8Array
}

/** Main thread → worker: a block was stored, its slot may be refilled. */
export interface FreeSlotMessage {
  type: 'free'
  slot: number
}

/** Worker → main thread. Blocks arrive in stream order; `end` follows the last one. */
export type EncryptWorkerMessage =
  | { type: 'block'; slot: number; length: number }
  | { type: 'end'; mac: Uint8Array; digest: Uint8Array; plainLength: number }
  | { type: 'error'; message: string; code?: string }

export const ENCRYPT_WORKER_SOURCE = String.raw`
'use strict'
const { parentPort, workerData: w } = require('node:worker_threads')
const { createCipheriv, createHash, createHmac } = require('node:crypto')
const fs = require('node:fs')

const slab = Buffer.from(w.shared)
const free = []
for (let i = 0; i < w.slots; i++) free.push(i)
const iv = Buffer.from(w.iv)
const cipher = createCipheriv('aes-256-cbc', Buffer.from(w.key), iv)
const hmac = createHmac('sha256', Buffer.from(w.macKey)).update(iv)
const sha = createHash('sha256')
const readBuf = Buffer.allocUnsafe(w.readSize)
// Output not yet placed in a slot: the IV first, then whatever cipher.update returned.
let pending = iv
let pendingAt = 0
let fd
let pos = 0
let eof = false
let over = false

/** More output into pending; false once the plaintext and the final block are consumed. */
function produce() {
  if (eof) return false
  const n = fs.readSync(fd, readBuf, 0, readBuf.length, pos)
  let out
  if (n === 0) {
    eof = true
    fs.closeSync(fd)
    out = cipher.final()
  } else {
    pos += n
    const plain = readBuf.subarray(0, n)
    sha.update(plain)
    out = cipher.update(plain)
  }
  hmac.update(out)
  pending = out
  pendingAt = 0
  return true
}

function fill(slot) {
  const base = slot * w.blockSize
  let filled = 0
  while (filled < w.blockSize) {
    if (pendingAt === pending.length && !produce()) break
    const take = Math.min(pending.length - pendingAt, w.blockSize - filled)
    pending.copy(slab, base + filled, pendingAt, pendingAt + take)
    pendingAt += take
    filled += take
  }
  if (filled > 0) parentPort.postMessage({ type: 'block', slot, length: filled })
  if (eof && pendingAt === pending.length) {
    over = true
    parentPort.postMessage({ type: 'end', mac: hmac.digest(), digest: sha.digest(), plainLength: pos })
  }
}

function pump() {
  try {
    if (fd === undefined) fd = fs.openSync(w.path, 'r')
    while (!over && free.length > 0) fill(free.shift())
  } catch (e) {
    over = true
    parentPort.postMessage({ type: 'error', message: String(e && e.message), code: e && e.code })
  }
}

parentPort.on('message', m => {
  if (m.type !== 'free') return
  free.push(m.slot)
  pump()
})
pump()
`
