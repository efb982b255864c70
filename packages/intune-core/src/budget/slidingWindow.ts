/**
 * One sliding-window budget: at most `capacity` requests counted in any `windowMs`. A request holds a
 * slot from the moment it is granted; when it settles, its slot is stamped with the settle time, which is
 * never earlier than the moment the server counted it, so our window always empties after Intune's.
 */
export class SlidingWindow {
  private stamps: number[] = []
  private inFlight = 0
  private pausedUntil = 0

  constructor(
    readonly capacity: number,
    readonly windowMs: number,
  ) {}

  /** When a slot is free: `now` if one is, a time if the window (or a pause) ends then, Infinity while only in-flight requests hold it. */
  freeAt(now: number): number {
    this.prune(now)
    const paused = this.pausedUntil > now ? this.pausedUntil : now
    const used = this.stamps.length + this.inFlight
    if (used < this.capacity) return paused
    // The slot that frees first is the oldest stamp, if enough of the window is stamped at all.
    const over = used - this.capacity
    if (over >= this.stamps.length) return Infinity
    return Math.max(paused, this.stamps[over] + this.windowMs)
  }

  take(): void {
    this.inFlight += 1
  }

  settle(at: number): void {
    this.inFlight = Math.max(0, this.inFlight - 1)
    // Stamps stay sorted: settles arrive in time order.
    this.stamps.push(at)
  }

  /** Intune said 429: nothing more goes out of this window before `until`. */
  pause(until: number): void {
    this.pausedUntil = Math.max(this.pausedUntil, until)
  }

  /** Counted now (stamped and in flight), for reports and tests. */
  used(now: number): number {
    this.prune(now)
    return this.stamps.length + this.inFlight
  }

  private prune(now: number): void {
    let drop = 0
    while (drop < this.stamps.length && this.stamps[drop] + this.windowMs <= now) drop++
    if (drop) this.stamps.splice(0, drop)
  }
}
