/**
 * Runs `fn` over `items` with at most `limit` calls at once, results in input order. Directory look-ups
 * and a manifest's apps use it, so that 1000 names are 1000 requests over a few keep-alive sockets
 * rather than 1000 parallel ones (each with its own TLS connection).
 */
export async function mapPool<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const out = new Array<R>(items.length)
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const i = next++
      out[i] = await fn(items[i], i)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
  return out
}
