import type { ProgressEvent } from '../logger'
import { MiB } from './blockPlan'
import { UploadProgress } from './uploadProgress'

describe('UploadProgress', () => {
  it('emits at most every interval, always at 100 %, with windowed rate and ETA', () => {
    let t = 0
    const events: ProgressEvent[] = []
    const p = new UploadProgress({
      total: 100 * MiB,
      emit: e => events.push(e),
      now: () => t,
      windowMs: 10_000,
    })
    for (let i = 1; i <= 100; i++) {
      t = i * 100 // 1 MiB every 100 ms = 10 MiB/s
      p.add(MiB)
    }
    // first add emits, then one per 2 s over 10 s, then the final one
    expect(events.map(e => e.done / MiB)).toEqual([1, 21, 41, 61, 81, 100])
    const mid = events[2]
    expect(mid.rate).toBeCloseTo(10 * MiB, -3)
    expect(mid.etaSeconds).toBe(6)
    expect(mid.message).toBe('upload 41.0/100.0 MiB (41%) 10.0 MiB/s ETA 6s')
    expect(events[5].message).toBe('upload 100.0/100.0 MiB (100%) 10.0 MiB/s ETA 0s')
  })
  it('rates over the recent window, not since the start', () => {
    let t = 0
    const p = new UploadProgress({ total: 0, emit: () => undefined, now: () => t, windowMs: 1000 })
    t = 10_000
    p.add(MiB) // 10 s for the first MiB
    for (let i = 1; i <= 20; i++) {
      t = 10_000 + i * 100
      p.add(MiB) // then 10 MiB/s
    }
    expect(p.rate()! / MiB).toBeCloseTo(10, 0)
    expect(p.event().message).toMatch(/^upload 21.0 MiB 10.0 MiB\/s$/)
    const events: ProgressEvent[] = []
    const q = new UploadProgress({ total: 0, emit: e => events.push(e), now: () => t })
    q.add(MiB)
    q.add(MiB)
    q.finish()
    q.finish()
    // the first add, then the final line only once, even with the total unknown
    expect(events.map(e => e.done)).toEqual([MiB, 2 * MiB])
  })
})
