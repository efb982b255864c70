/** Reads and writes a Win32 app's supersedence and dependencies (Graph beta only). */
import type { GraphRelationship, RelationshipPlan } from './planRelationships'
import { endpoints } from '../graph/endpoints'
import type { AssignGraph } from './shared'

export function readRelationships(graph: AssignGraph, appId: string): Promise<GraphRelationship[]> {
  const r = endpoints.relationships(appId)
  return graph.list<GraphRelationship>(r.path, { version: r.version })
}

/**
 * Posts the plan's complete list to updateRelationships when it changes anything; returns whether it
 * wrote. The body is always a real array (`{"relationships":[]}` clears, null would break the call).
 */
export async function applyRelationships(
  graph: AssignGraph,
  appId: string,
  plan: RelationshipPlan,
): Promise<boolean> {
  if (!plan.hasChanges) return false
  const relationships = plan.desired.map(r => ({ ...r }))
  const r = endpoints.updateRelationships(appId)
  await graph.post(r.path, { relationships }, { version: r.version, idempotent: true })
  return true
}
