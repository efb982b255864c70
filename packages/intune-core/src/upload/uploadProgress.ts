/**
 * Upload progress for the logger: bytes, percent, throughput over a sliding window and ETA, emitted at most
 * every `intervalMs` and once at 100 %, so a CI log gets a line every few seconds, not one per block.
 */
import type { ProgressEvent } from '../logger'
import { MiB } from './blockPlan'

export interface ProgressOptions {
  total: number
  emit: (e: ProgressEvent) => void
  intervalMs?: number
  windowMs?: number
  now?: () => number
}

export class UploadProgress {
  private done = 0
  private lastEmit = -Infinity
  private finished = false
  private readonly samples: Array<{ t: number; done: number }> = []
  private readonly now: () => number
  private readonly intervalMs: number
  private readonly windowMs: number

  constructor(private readonly opts: ProgressOptions) {
    this.now = opts.now ?? Date.now
    this.intervalMs = opts.intervalMs ?? 2000
    this.windowMs = opts.windowMs ?? 10_000
    this.samples.push({ t: this.now(), done: 0 })
  }

  /** Records `bytes` more as stored; emits when due. */
  add(bytes: number): void {
    this.done += bytes
    const t = this.now()
    this.samples.push({ t, done: this.done })
    // Keep one sample at or before the window start so the rate spans the whole window.
    while (this.samples.length > 2 && this.samples[1].t <= t - this.windowMs) this.samples.shift()
    const complete = this.opts.total > 0 && this.done >= this.opts.total
    if (complete && !this.finished) {
      this.finished = true
      this.emitNow(t)
    } else if (!complete && t - this.lastEmit >= this.intervalMs) {
      this.emitNow(t)
    }
  }

  /** Emits the last event if it wasn't (total unknown, or progress stopped short of it). */
  finish(): void {
    if (this.finished) return
    this.finished = true
    this.emitNow(this.now())
  }

  /** Bytes per second over the window, or undefined before any time has passed. */
  rate(t = this.now()): number | undefined {
    const first = this.samples[0]
    const span = (t - first.t) / 1000
    if (span <= 0) return undefined
    return (this.done - first.done) / span
  }

  event(t = this.now()): ProgressEvent {
    const { total } = this.opts
    const rate = this.rate(t)
    const left = total > 0 ? Math.max(0, total - this.done) : undefined
    const etaSeconds = rate && left !== undefined ? Math.round(left / rate) : undefined
    const parts = [
      total > 0
        ? `upload ${mib(this.done)}/${mib(total)} MiB (${Math.floor((this.done / total) * 100)}%)`
        : `upload ${mib(this.done)} MiB`,
    ]
    if (rate !== undefined) parts.push(`${mib(rate)} MiB/s`)
    if (etaSeconds !== undefined) parts.push(`ETA ${etaSeconds}s`)
    return { phase: 'upload', done: this.done, total, rate, etaSeconds, message: parts.join(' ') }
  }

  private emitNow(t: number): void {
    this.lastEmit = t
    this.opts.emit(this.event(t))
  }
}

function mib(bytes: number): string {
  return (bytes / MiB).toFixed(1)
}
