/**
 * Get Block List (`comp=blocklist&blocklisttype=uncommitted`): the blocks a killed run already stored for a
 * blob it never committed. Azure keeps uncommitted blocks for a week (or until the next Put Block List), and
 * the Intune SAS carries read permission (`sp=rcw`), so a re-run with a renewed SAS can ask for them
 * (../shared/reference/toolchain-notes.md §2: the 5 uploaded blocks listed, the other 33 sent, the commit
 * matched). Our block ids carry a digest of their bytes, so "already there" means "same bytes too".
 *
 * Any failure here only costs bytes: the caller then sends every block again.
 */
import { request, type Dispatcher } from 'undici'
import { MAX_BLOCKS } from './blockPlan'

/** Large enough for 100,000 uncommitted entries (Azure's cap) with ids of our width. */
const MAX_LIST_BYTES = 32 * 1024 * 1024

export function blockListUrl(sasUrl: string): string {
  return `${sasUrl}${sasUrl.includes('?') ? '&' : '?'}comp=blocklist&blocklisttype=uncommitted`
}

/** Parses `<UncommittedBlocks><Block><Name>id</Name><Size>n</Size></Block>…` into id → size. */
export function parseUncommittedBlocks(xml: string): Map<string, number> {
  const out = new Map<string, number>()
  const section = /<UncommittedBlocks>([\s\S]*?)<\/UncommittedBlocks>/.exec(xml)?.[1] ?? ''
  const block = /<Block>\s*<Name>([A-Za-z0-9+/=]{1,128})<\/Name>\s*<Size>(\d{1,12})<\/Size>\s*<\/Block>/g
  for (let m = block.exec(section); m && out.size < 2 * MAX_BLOCKS; m = block.exec(section))
    out.set(m[1], Number(m[2]))
  return out
}

export async function getUncommittedBlocks(
  sasUrl: string,
  dispatcher: Dispatcher | undefined,
  timeoutMs = 60_000,
): Promise<Map<string, number>> {
  const res = await request(blockListUrl(sasUrl), {
    method: 'GET',
    dispatcher,
    headersTimeout: timeoutMs,
    bodyTimeout: timeoutMs,
  })
  if (res.statusCode === 404) {
    // No blob yet: nothing was stored before the kill.
    await res.body.dump()
    return new Map()
  }
  if (res.statusCode !== 200) {
    await res.body.dump()
    throw new Error(`Get Block List answered HTTP ${res.statusCode}`)
  }
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of res.body) {
    size += (chunk as Buffer).length
    if (size > MAX_LIST_BYTES) {
      res.body.destroy()
      throw new Error(`Get Block List answered more than ${MAX_LIST_BYTES} bytes`)
    }
    chunks.push(chunk as Buffer)
  }
  return parseUncommittedBlocks(Buffer.concat(chunks).toString('utf8'))
}
