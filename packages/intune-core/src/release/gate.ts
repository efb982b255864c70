/**
 * Whether an app may enter a ring: the ring's `after` (time spent in the ring before it) and its gate
 * (install figures). Each check is kept with its figures so the plan can show why, met or not.
 */
import type { Ring, RingGate } from '../templates/ringTemplate'
import { describeDuration, durationMs } from './duration'
import type { InstallFigures, InstallReport } from './installReport'

export interface GateCheck {
  /** `successRate >= 0.95`, `installed >= 20`, `failed <= 5`, `after +3d`. */
  rule: string
  /** The figure seen: `0.97 (32 of 33)`, `32`, `in pilot 1d 2h`. */
  actual: string
  met: boolean
}

export interface GateResult {
  met: boolean
  checks: GateCheck[]
  figures?: InstallFigures
  /** Set when Intune had no report for the app yet. */
  reportNotReady?: boolean
}

/** installed / (installed + failed); undefined before any device reported a result. */
export function successRate(f: InstallFigures): number | undefined {
  const done = f.installed + f.failed
  return done === 0 ? undefined : f.installed / done
}

export function gateChecks(gate: RingGate, f: InstallFigures): GateCheck[] {
  const checks: GateCheck[] = []
  if (gate.minSuccessRate !== undefined) {
    const rate = successRate(f)
    checks.push({
      rule: `success rate >= ${gate.minSuccessRate}`,
      actual:
        rate === undefined
          ? 'no install reported yet'
          : `${rate.toFixed(2)} (${f.installed} of ${f.installed + f.failed})`,
      met: rate !== undefined && rate >= gate.minSuccessRate,
    })
  }
  if (gate.minInstalled !== undefined)
    checks.push({
      rule: `installed >= ${gate.minInstalled}`,
      actual: String(f.installed),
      met: f.installed >= gate.minInstalled,
    })
  if (gate.maxFailed !== undefined)
    checks.push({
      rule: `failed <= ${gate.maxFailed}`,
      actual: String(f.failed),
      met: f.failed <= gate.maxFailed,
    })
  return checks
}

export function afterCheck(
  ring: Ring,
  from: string,
  since: Date | undefined,
  now: Date,
): GateCheck | undefined {
  if (!ring.after) return undefined
  if (!since)
    return { rule: `after ${ring.after} in ${from}`, actual: 'no ring entry time recorded', met: false }
  const spent = now.getTime() - since.getTime()
  const due = since.getTime() + durationMs(ring.after)
  return {
    rule: `after ${ring.after} in ${from}`,
    actual: `in ${from} ${describeDuration(spent)}${spent >= durationMs(ring.after) ? '' : `, due ${new Date(due).toISOString()}`}`,
    met: spent >= durationMs(ring.after),
  }
}

/** The gate for entering `ring`, given the report (undefined when the ring has no gate). */
export function evaluateGate(gate: RingGate | undefined, report: InstallReport | undefined): GateResult {
  if (!gate) return { met: true, checks: [] }
  if (!report || !report.ready)
    return {
      met: false,
      reportNotReady: true,
      checks: [
        {
          rule: 'install report',
          actual: `Intune has no report for the app yet (still computing after ${report?.ready === false ? report.attempts : 0} tries)`,
          met: false,
        },
      ],
    }
  const checks = gateChecks(gate, report.figures)
  return { met: checks.every(c => c.met), checks, figures: report.figures }
}
