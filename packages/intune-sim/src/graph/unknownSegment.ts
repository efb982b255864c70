/** Finds the first path segment no registered route accepts, for Graph's "Resource not found for the segment" error. */
import type { Router } from './router'

export function unknownSegment(router: Router, path: string): string {
  const segs = path.split('/').filter(Boolean)
  const patterns = router.patterns().map(p => p.split('/').filter(Boolean))
  const fits = (pat: string, seg: string) => pat.startsWith(':') || pat.toLowerCase() === seg.toLowerCase()
  for (let i = 0; i < segs.length; i++) {
    const ok = patterns.some(p => p.length > i && segs.slice(0, i + 1).every((s, j) => fits(p[j], s)))
    if (!ok) return segs[i]
  }
  return segs[segs.length - 1] ?? ''
}
