/**
 * An app's install figures from Intune's reports API. `mobileApps/{id}/installSummary` is deprecated
 * (since May 2023); its successor is `POST beta/deviceManagement/reports/getAppStatusOverviewReport`
 * with `{filter: "(ApplicationId eq '<id>')"}` (docs/protocol-notes.md, "Install reports"). The action
 * returns Edm.Stream: JSON bytes as application/octet-stream, a table of `Schema` columns and `Values`
 * rows. Right after a change Intune may answer with no row while it computes the report; that is
 * retried a few times and then reported as "not ready", never as zero installs.
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import type { GraphClient } from '../graph'
import { endpoints, odataQuote } from '../graph/endpoints'
import { retryLoop } from '../request'

/** A report for one app is a few hundred bytes; anything near this is not what we asked for. */
const MAX_REPORT_BYTES = 4 * 1024 * 1024

export interface InstallFigures {
  installed: number
  failed: number
  pending: number
  notInstalled: number
  notApplicable: number
}

export type InstallReport = { ready: true; figures: InstallFigures } | { ready: false; attempts: number }

interface ReportTable {
  Schema?: { Column?: string }[]
  Values?: unknown[][]
}

async function streamText(body: ReadableStream<Uint8Array>): Promise<string> {
  const reader = body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > MAX_REPORT_BYTES) {
      await reader.cancel()
      throw new IntunePublishError(ErrorCodes.GraphError, `the install report is larger than 4 MiB`)
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/** The Graph SDK hands an octet-stream answer over as a stream; a JSON answer as an object. */
export async function reportTable(raw: unknown): Promise<ReportTable> {
  let value: unknown = raw
  if (value && typeof (value as ReadableStream).getReader === 'function')
    value = await streamText(value as ReadableStream<Uint8Array>)
  if (typeof value === 'string') {
    if (value.length > MAX_REPORT_BYTES)
      throw new IntunePublishError(ErrorCodes.GraphError, `the install report is larger than 4 MiB`)
    try {
      value = JSON.parse(value) as unknown
    } catch {
      throw new IntunePublishError(ErrorCodes.GraphError, 'the install report is not JSON')
    }
  }
  if (!value || typeof value !== 'object')
    throw new IntunePublishError(ErrorCodes.GraphError, 'the install report came back empty')
  return value as ReportTable
}

/** The row for the app as column → value (column names compared without case). */
function firstRow(table: ReportTable): Record<string, unknown> | undefined {
  const row = table.Values?.[0]
  if (!row) return undefined
  const out: Record<string, unknown> = {}
  ;(table.Schema ?? []).forEach((c, i) => (out[String(c.Column ?? '').toLowerCase()] = row[i]))
  return out
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : Number(v ?? 0) || 0)

export interface ReadReportOptions {
  /** Tries while the report has no row yet (default 3). */
  attempts?: number
  /** Wait between tries (default 5 s, doubling). */
  delayMs?: number
  sleep?: (ms: number) => Promise<void>
}

export async function readInstallReport(
  graph: Pick<GraphClient, 'post'>,
  appId: string,
  opts: ReadReportOptions = {},
): Promise<InstallReport> {
  const attempts = opts.attempts ?? 3
  const delayMs = opts.delayMs ?? 5_000
  const r = endpoints.installReport()
  const read = async () => {
    const raw = await graph.post<unknown>(
      r.path,
      { filter: `(ApplicationId eq '${odataQuote(appId)}')` },
      { version: r.version },
    )
    return firstRow(await reportTable(raw))
  }
  // The one retry loop: a report with no row yet is asked again, waiting 5 s, then 10 s, ...
  const row = await retryLoop(
    read,
    (outcome, attempt) =>
      outcome.ok && !outcome.value && attempt < attempts
        ? { waitMs: delayMs * 2 ** (attempt - 1), strategy: 'report-not-ready', reason: 'no row yet' }
        : undefined,
    { maxTotalWaitMs: Infinity, sleep: opts.sleep },
  )
  if (!row) return { ready: false, attempts }
  return {
    ready: true,
    figures: {
      installed: num(row.installeddevicecount),
      failed: num(row.faileddevicecount),
      pending: num(row.pendinginstalldevicecount),
      notInstalled: num(row.notinstalleddevicecount),
      notApplicable: num(row.notapplicabledevicecount),
    },
  }
}
