/**
 * Starts the blob store (Azurite behind the HTTPS fault proxy) and registers the content-version
 * routes on the Graph router, unless blob is disabled.
 */
import { startBlobStore, type BlobStore } from './blob/blobStore'
import { DEFAULT_STATE_DELAY_MS, registerContentRoutes, type ContentController } from './graph/content'
import type { Router } from './graph/router'
import { validateBody } from './graph/schema'
import type { SimOptions } from './options'

/** Intune's observed SAS lifetime is roughly 10–15 minutes (protocol reference §3.4). */
export const DEFAULT_SAS_LIFETIME_MS = 15 * 60_000

export interface SimBlob {
  store: BlobStore
  content: ContentController
  stop(): Promise<void>
}

export async function startBlobWiring(
  router: Router,
  ctx: { opts: SimOptions; tls: { key: string; cert: string }; tmpDir: string },
): Promise<SimBlob | undefined> {
  if (ctx.opts.blob === false) return undefined
  const store = await startBlobStore({
    sasLifetimeMs: ctx.opts.blob?.sasLifetimeMs ?? DEFAULT_SAS_LIFETIME_MS,
    tls: ctx.tls,
    tmpDir: ctx.tmpDir,
  })
  const content = registerContentRoutes(router, {
    blob: store,
    stateDelayMs: ctx.opts.stateDelayMs ?? DEFAULT_STATE_DELAY_MS,
    validateBody,
  })
  return {
    store,
    content,
    stop: async () => {
      content.dispose()
      await store.stop()
    },
  }
}
