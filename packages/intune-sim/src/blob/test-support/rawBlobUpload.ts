/** Raw Azure Blob REST calls (Put Block / Put Block List) against a SAS URL, as upload clients make them. */
import { request, type Dispatcher } from 'undici'

export interface RawResponse {
  status: number
  body: string
  errorCode?: string
}

async function put(
  dispatcher: Dispatcher,
  url: string,
  body: Buffer,
  contentType: string,
): Promise<RawResponse> {
  const res = await request(url, {
    method: 'PUT',
    body,
    dispatcher,
    headers: {
      'content-type': contentType,
      'x-ms-blob-type': 'BlockBlob',
      'content-length': String(body.length),
    },
  })
  const text = await res.body.text()
  const code = res.headers['x-ms-error-code']
  return { status: res.statusCode, body: text, errorCode: typeof code === 'string' ? code : undefined }
}

export const blockId = (i: number): string =>
  Buffer.from(`blk-${String(i).padStart(6, '0')}`).toString('base64')

export function putBlock(
  dispatcher: Dispatcher,
  sasUrl: string,
  id: string,
  data: Buffer,
): Promise<RawResponse> {
  return put(
    dispatcher,
    `${sasUrl}&comp=block&blockid=${encodeURIComponent(id)}`,
    data,
    'application/octet-stream',
  )
}

export function putBlockList(dispatcher: Dispatcher, sasUrl: string, ids: string[]): Promise<RawResponse> {
  const xml = `<?xml version="1.0" encoding="utf-8"?><BlockList>${ids.map(i => `<Latest>${i}</Latest>`).join('')}</BlockList>`
  return put(dispatcher, `${sasUrl}&comp=blocklist`, Buffer.from(xml), 'application/xml')
}

/** Uploads data in blocks of blockSize and commits them; returns the last response. */
export async function uploadBlocks(
  dispatcher: Dispatcher,
  sasUrl: string,
  data: Buffer,
  blockSize: number,
): Promise<RawResponse> {
  const ids: string[] = []
  for (let off = 0, i = 0; off < data.length; off += blockSize, i++) {
    const id = blockId(i)
    const r = await putBlock(dispatcher, sasUrl, id, data.subarray(off, off + blockSize))
    if (r.status !== 201) return r
    ids.push(id)
  }
  return putBlockList(dispatcher, sasUrl, ids)
}
