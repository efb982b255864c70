/**
 * The slice of @intune-publish/core the adapter calls. The shapes mirror the core's public contract
 * (packages/intune-core/src/api.ts and logger.ts); they are restated here so that the adapter builds
 * against the contract, not against whatever the core exports today. The functions are looked up at run
 * time so that a core build without them fails with one clear line instead of a crash deep in the bundle.
 */

export interface ProgressEvent {
  phase: string
  done: number
  total: number
  rate?: number
  etaSeconds?: number
  message: string
}

export interface Logger {
  info(message: string): void
  warn(message: string): void
  debug(message: string): void
  progress(event: ProgressEvent): void
  maskSecret(secret: string): void
}

export interface ConnectionInput {
  settingName?: string
  clientId?: string
  clientSecret?: string
  authUrl?: string
  tenantId?: string
  cloud?: string
  certificatePem?: string
  certificatePassword?: string
  clientAssertion?: () => Promise<string>
  graphUrl?: string
  allowCustomEndpoints?: boolean
  caPem?: string
}

export interface CheckConnectionResult {
  status: 'Connected' | 'Not finished' | 'Error'
  settingName?: string
  cloud?: string
  tenantId?: string
  clientId?: string
  appDisplayName?: string
  permissionsGranted: string[]
  permissionsMissing: string[]
  graphReachable: boolean
  tokenExpiresOn?: string
  checkedAt: string
  consentUrl?: string
  error?: string
  errorCode?: string
}

export interface PublishInputs {
  connection: ConnectionInput
  packagePath?: string
  source?: { dir: string; setupFile: string; outFile?: string }
  appTemplate?: string | Record<string, unknown>
  assignments?: string | Record<string, unknown>
  assignmentMode?: 'merge' | 'replace'
  appId?: string
  supersede?: string[]
  dryRun?: boolean
  concurrency?: number
  blockSizeMiB?: number
  provenance?: Record<string, string>
}

export interface PublishResult {
  status: 'created' | 'updated' | 'unchanged' | 'planned'
  appId?: string
  appType: string
  displayName: string
  contentVersion?: string
  bytesUploaded: number
  durationMs: number
  appUrl?: string
  plan: unknown
  packageFacts: Record<string, string | number | boolean | string[]>
}

export interface CoreApi {
  checkConnection(input: ConnectionInput, logger: Logger): Promise<CheckConnectionResult>
  publish(inputs: PublishInputs, logger: Logger): Promise<PublishResult>
  renderPlanMarkdown?(plan: unknown): string
  errorLine(e: unknown): string
  registerSecret(value: string | undefined | null): void
  sanitizeText(text: string): string
}

const REQUIRED = ['checkConnection', 'errorLine', 'registerSecret', 'sanitizeText']

/** Checks a loaded core module for what the adapter needs. */
export function asCoreApi(mod: unknown, needsPublish = true): CoreApi {
  const m = mod as Record<string, unknown> & { default?: Record<string, unknown> }
  // A CJS module imported from ESM may expose some exports on `default` only.
  const api: Record<string, unknown> = { ...(m.default ?? {}), ...m }
  const missing = [...REQUIRED, ...(needsPublish ? ['publish'] : [])].filter(
    name => typeof api[name] !== 'function',
  )
  if (missing.length) {
    throw new Error(`This build of intune-core lacks ${missing.join(', ')}; rebuild the bundle.`)
  }
  return api as unknown as CoreApi
}

/** The core's sanitizer with the given secrets registered, even from a core that is otherwise incomplete. */
export function sanitizerOf(mod: unknown, secrets: string[]): (text: string) => string {
  const m = mod as Partial<CoreApi> & { default?: Partial<CoreApi> }
  const register = m.registerSecret ?? m.default?.registerSecret
  const sanitize = m.sanitizeText ?? m.default?.sanitizeText
  if (register) for (const s of secrets) register(s)
  if (sanitize) return text => sanitize(text)
  return text => secrets.reduce((t, s) => t.split(s).join('***'), text)
}
