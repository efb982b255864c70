/**
 * Fault hooks for Intune's asynchronous content-file states, and the record of every commit check,
 * so tests can make Intune misbehave and assert why a commit failed.
 */

export type UploadStateFault = 'failed' | 'timedOut'

export interface CommitRecord {
  appId: string
  contentVersionId: string
  fileId: string
  ok: boolean
  /** Why it failed, e.g. `HmacMismatch`, `SizeEncryptedMismatch`, or `Forced` for failNextCommits. */
  code?: string
  reason?: string
  at: number
  /** How long the check took (reading, decrypting and hashing the blob): Intune's own share of a publish. */
  checkMs: number
}

export class ContentFaults {
  /** Delay before each asynchronous state transition (SAS issued, renewal, commit check, publishing). */
  stateDelayMs: number
  /** Every finished commit check, oldest first. */
  readonly commits: CommitRecord[] = []
  private failCommits = 0
  private readonly sasFaults: UploadStateFault[] = []
  private readonly renewalFaults: UploadStateFault[] = []

  constructor(stateDelayMs: number) {
    this.stateDelayMs = stateDelayMs
  }

  /** The next n commits end in commitFileFailed whatever was uploaded. */
  failNextCommits(n = 1): void {
    this.failCommits += n
  }

  /** The next n SAS requests (file creations) end in azureStorageUriRequestFailed / …TimedOut. */
  failNextSasRequests(n = 1, outcome: UploadStateFault = 'timedOut'): void {
    for (let i = 0; i < n; i++) this.sasFaults.push(outcome)
  }

  /** The next n renewUpload calls end in azureStorageUriRenewalFailed / …TimedOut. */
  failNextRenewals(n = 1, outcome: UploadStateFault = 'timedOut'): void {
    for (let i = 0; i < n; i++) this.renewalFaults.push(outcome)
  }

  reset(): void {
    this.failCommits = 0
    this.sasFaults.length = 0
    this.renewalFaults.length = 0
    this.commits.length = 0
  }

  /** @internal used by the content routes */
  takeCommitFailure(): boolean {
    if (this.failCommits <= 0) return false
    this.failCommits--
    return true
  }

  /** @internal */
  takeSasFault(): UploadStateFault | undefined {
    return this.sasFaults.shift()
  }

  /** @internal */
  takeRenewalFault(): UploadStateFault | undefined {
    return this.renewalFaults.shift()
  }
}
