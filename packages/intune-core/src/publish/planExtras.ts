/**
 * Everything a publish does besides the app and its content: categories, scope tags, assignments,
 * relationships. Names are resolved once per run, the changes planned without writes, and applied after
 * the app is published (Intune refuses assignments before that).
 */
import type { PublishInputs } from '../api'
import {
  applyAssignments,
  applyCategories,
  applyRelationships,
  directoryNeeds,
  neededPermissions,
  planAssignments,
  planCategories,
  planRelationships,
  readAssignments,
  readCategories,
  readRelationships,
  resolveAppRef,
  resolveDirectory,
  scopeTagIds,
  type AssignmentPlan,
  type RelationshipPlan,
  type ResolvedDirectory,
} from '../assign'
import { appTypeVersion } from '../templates/graphVersion'
import type { GraphClient } from '../graph'
import type { Logger } from '../logger'
import type { AppType } from '../packages/types'
import type { PermissionRequirement } from '../permissions'
import { emptyAssignmentPlan, type PlanStep, type PublishPlan } from '../plan/types'
import type { AppTemplate, AssignmentTemplate } from '../templates'

export type ExtraPlan = Pick<PublishPlan, 'assignments' | 'relationships' | 'categories'>

/** The steps after the app is published. */
export type ExtraStep = Extract<PlanStep, { kind: 'categories' | 'assignments' | 'relationships' }>

export interface PlannedExtras {
  view: ExtraPlan
  /** The writes this part of the plan makes, in order. */
  steps: ExtraStep[]
  apply(appId: string, step: ExtraStep): Promise<void>
}

export interface ExtrasPlanner {
  requirements: PermissionRequirement[]
  resolve(): Promise<{ roleScopeTagIds?: string[] }>
  /** `newContent`: relative install times (+3d) are re-anchored only when new content is published. */
  plan(existingAppId: string | undefined, newContent: boolean): Promise<PlannedExtras>
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

export function planExtras(x: ExtrasInputs): ExtrasPlanner {
  const template = x.assignments ?? x.tpl.assignments
  const supersedes = [...x.tpl.supersedes, ...(x.inputs.supersede ?? []).map(ref => refOf(ref))]
  let directory: ResolvedDirectory | undefined
  return {
    requirements: neededPermissions(x.assignments, x.tpl),
    async resolve() {
      const needs = directoryNeeds(x.assignments, x.tpl, { allowEmptyGroups: x.inputs.allowEmptyGroups })
      directory = await resolveDirectory(x.graph, needs, x.log)
      return { roleScopeTagIds: scopeTagIds(x.tpl.scopeTags, directory.scopeTags) }
    },
    async plan(appId, newContent) {
      const dir = directory as ResolvedDirectory
      const graph = x.graph
      let assignments: AssignmentPlan | undefined
      if (template) {
        assignments = planAssignments({
          current: appId ? await readAssignments(graph, appId) : [],
          template,
          appType: x.appType,
          resolved: dir,
          now: x.now ?? new Date(),
          modeOverride: x.inputs.assignmentMode,
          allowRequiredToAll: x.inputs.allowRequiredToAll,
          renewRelativeTimes: newContent,
        })
      }
      let relationships: RelationshipPlan | undefined
      if (x.appType === 'win32LobApp' && (supersedes.length || x.tpl.dependencies.length)) {
        relationships = await planRelationships({
          current: appId ? await readRelationships(graph, appId) : [],
          supersedes,
          dependencies: x.tpl.dependencies,
          appId,
          appType: x.appType,
          resolveApp: r => resolveAppRef(graph, r),
          readRelationships: id => readRelationships(graph, id),
        })
      }
      const current =
        appId && x.tpl.categories.length ? await readCategories(graph, appId, appTypeVersion(x.appType)) : []
      const categories = planCategories(
        current.map(c => c.displayName),
        x.tpl.categories,
      )
      const steps: ExtraStep[] = [
        ...(categories.added.length ? [{ kind: 'categories' as const, add: categories.added }] : []),
        // Always, with a template: the write re-reads and re-plans (the assignment race, applyAssignments).
        ...(assignments ? [{ kind: 'assignments' as const }] : []),
        ...(relationships?.hasChanges ? [{ kind: 'relationships' as const }] : []),
      ]
      return {
        view: {
          assignments: assignments?.changes ?? emptyAssignmentPlan(x.inputs.assignmentMode ?? 'merge'),
          relationships: relationships?.changes ?? { added: [], removed: [], kept: [] },
          categories,
        },
        steps,
        async apply(id, step) {
          if (step.kind === 'categories') {
            const byName = new Map(Object.entries(dir.categories).map(([n, id]) => [n.toLowerCase(), id]))
            const ids = step.add.map(n => byName.get(n.toLowerCase())).filter((v): v is string => Boolean(v))
            await applyCategories(
              graph,
              id,
              ids,
              current.map(c => c.id),
              appTypeVersion(x.appType),
            )
          } else if (step.kind === 'assignments' && assignments)
            await applyAssignments(graph, id, assignments)
          else if (step.kind === 'relationships' && relationships)
            await applyRelationships(graph, id, relationships)
        },
      }
    },
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
function refOf(ref: string): AppTemplate['supersedes'][number] {
  return GUID.test(ref) ? { id: ref, type: 'update' } : { name: ref, type: 'update' }
}
