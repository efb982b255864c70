/**
 * A fixed number of block-sized buffers, reused for the whole upload. Taking one waits while all are out:
 * that wait is the uploader's backpressure, and the pool size is its memory bound.
 */
export class BufferPool {
  private readonly free: Buffer[] = []
  private readonly waiters: Array<{ resolve: (b: Buffer) => void; reject: (e: Error) => void }> = []
  private allocated = 0
  private closedWith?: Error
  /** Buffers handed out right now, and the most ever handed out at once (tests assert the bound). */
  live = 0
  maxLive = 0

  constructor(
    readonly bufferSize: number,
    readonly capacity: number,
  ) {}

  acquire(): Promise<Buffer> {
    if (this.closedWith) return Promise.reject(this.closedWith)
    const buf = this.free.pop() ?? (this.allocated < this.capacity ? this.allocate() : undefined)
    if (buf) return Promise.resolve(this.handOut(buf))
    return new Promise((resolve, reject) => this.waiters.push({ resolve, reject }))
  }

  release(buf: Buffer): void {
    this.live--
    const waiter = this.waiters.shift()
    if (waiter) waiter.resolve(this.handOut(buf))
    else this.free.push(buf)
  }

  /** Fails every pending and later acquire (the upload is over or failed). */
  close(reason: Error = new Error('buffer pool closed')): void {
    this.closedWith = reason
    for (const w of this.waiters.splice(0)) w.reject(reason)
    this.free.length = 0
  }

  private allocate(): Buffer {
    this.allocated++
    // allocUnsafe: every byte sent is overwritten first; only the filled prefix is ever used.
    return Buffer.allocUnsafeSlow(this.bufferSize)
  }

  private handOut(buf: Buffer): Buffer {
    this.live++
    if (this.live > this.maxLive) this.maxLive = this.live
    return buf
  }
}
