/**
 * What a run must look up in the directory and which Graph permissions that takes, read from the
 * templates before anything is sent.
 */
import { Requirements, type PermissionRequirement } from '../permissions/requirements'
import type { AppTemplate } from '../templates/appTemplate'
import type { AssignmentTemplate } from '../templates/assignmentTemplate'
import type { DirectoryNeeds } from './resolveDirectory'

/** The names and ids to resolve for these templates (the app template's own assignments when no other is given). */
export function directoryNeeds(
  assignmentTemplate?: AssignmentTemplate,
  appTemplate?: Pick<AppTemplate, 'categories' | 'scopeTags' | 'assignments'>,
  opts: { allowEmptyGroups?: boolean } = {},
): DirectoryNeeds {
  const tpl = assignmentTemplate ?? appTemplate?.assignments
  const needs: Required<DirectoryNeeds> = {
    groupNames: [],
    groupIds: [],
    filterNames: [],
    scopeTagNames: [...(appTemplate?.scopeTags ?? [])],
    categoryNames: [...(appTemplate?.categories ?? [])],
    nonEmptyGroups: [],
    allowEmptyGroups: opts.allowEmptyGroups === true || tpl?.guardrails.allowEmptyGroups === true,
  }
  for (const e of tpl?.entries ?? []) {
    const t = e.target
    if (t.kind === 'group' || t.kind === 'exclusionGroup') {
      if (t.groupName !== undefined) needs.groupNames.push(t.groupName)
      if (t.groupId !== undefined) needs.groupIds.push(t.groupId)
      // An empty exclusion group excludes nobody, which is harmless; an empty include group reaches nobody.
      if (t.kind === 'group') needs.nonEmptyGroups.push((t.groupName ?? t.groupId) as string)
    }
    if (e.filter?.name !== undefined) needs.filterNames.push(e.filter.name)
  }
  return needs
}

/**
 * Permissions the directory look-ups need (publishing itself, DeviceManagementApps.ReadWrite.All, is the
 * caller's). Group ids need group read too: we check they exist and have members.
 */
export function neededPermissions(
  assignmentTemplate?: AssignmentTemplate,
  appTemplate?: Pick<AppTemplate, 'categories' | 'scopeTags' | 'assignments'>,
): PermissionRequirement[] {
  const n = directoryNeeds(assignmentTemplate, appTemplate) as Required<DirectoryNeeds>
  const out: PermissionRequirement[] = []
  if (n.groupNames.length || n.groupIds.length) out.push(Requirements.groupsByName)
  if (n.filterNames.length) out.push(Requirements.filtersByName)
  if (n.scopeTagNames.length) out.push(Requirements.scopeTagsByName)
  return out
}
