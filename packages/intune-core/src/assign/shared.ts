/** Small pieces the assign modules share: the Graph slice they use, Graph's shapes, one error builder. */
import type { GraphClient } from '../graph/createGraphClient'
import { ErrorCodes, IntunePublishError } from '../errors'

/** The part of our Graph client the assign modules use (a createGraphClient() result fits). */
export type AssignGraph = Pick<GraphClient, 'get' | 'post' | 'delete' | 'list' | 'graphUrl'>

/** A mobileAppAssignment as Graph returns it (GET .../assignments) or as we post it. */
export interface GraphAssignment {
  id?: string
  '@odata.type'?: string
  intent: string
  target: Record<string, unknown>
  settings?: Record<string, unknown> | null
  [key: string]: unknown
}

export const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** One ASSIGNMENT_INVALID error: a single problem on one line, several as a list under a header. */
export function assignmentError(lines: string[], fix: string, what = 'assignments'): IntunePublishError {
  const msg =
    lines.length === 1
      ? `Can't apply ${what}: ${lines[0]}`
      : `Can't apply ${what} (${lines.length} problems):\n${lines.map(l => `  ${l}`).join('\n')}`
  return new IntunePublishError(ErrorCodes.AssignmentInvalid, msg, { fix })
}

export function isGraphStatus(e: unknown, status: number): boolean {
  return (e as { status?: number } | null)?.status === status
}
