/**
 * One normalized assignment (names already resolved to ids) -> Graph's mobileAppAssignment JSON, with the
 * exact @odata.types, the settings type for the app's platform, and relative times resolved against `now`.
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import type { AppType } from '../packages/types'
import type { AssignmentPlanInput, AssignmentSettingsInput, AssignmentTemplate } from './assignmentTemplate'
import { resolveTime } from './relativeTime'
import { templateError } from './templateErrors'

/** Display name -> object id, as resolved against Graph for this run. */
export interface ResolvedIds {
  groups: Record<string, string>
  filters: Record<string, string>
}

export type GraphMobileAppAssignment = {
  '@odata.type': '#microsoft.graph.mobileAppAssignment'
  intent: string
  target: Record<string, unknown>
  settings: Record<string, unknown> | null
}

type Platform = keyof AssignmentSettingsInput

/** The settings block that applies to an app type (undefined: Graph has no settings type for it). */
export function settingsPlatform(appType: AppType): Platform | undefined {
  switch (appType) {
    case 'win32LobApp':
      return 'win32'
    case 'iosLobApp':
      return 'ios'
    case 'macOSPkgApp':
    case 'macOSDmgApp':
      return 'macos'
    case 'windowsUniversalAppX':
      return 'msix'
    default:
      return undefined
  }
}

/**
 * Problems with using `tpl` for an app of `appType`, one line each: settings only for other platforms,
 * availableWithoutEnrollment on a type that can't take it. Call before any write.
 */
export function assignmentProblemsForApp(tpl: AssignmentTemplate, appType: AppType): string[] {
  const out: string[] = []
  const mine = settingsPlatform(appType)
  for (const e of tpl.entries) {
    const given = Object.keys(e.settings ?? {}) as Platform[]
    if (given.length && !(mine && given.includes(mine)))
      out.push(
        `${e.origin}: settings.${given.join('/settings.')} don't apply to a ${appType} app` +
          (mine ? `; add settings.${mine} or remove them` : `; ${appType} assignments take no settings`),
      )
    if (e.intent === 'availableWithoutEnrollment' && appType !== 'iosLobApp' && appType !== 'androidLobApp')
      out.push(`${e.origin}: intent availableWithoutEnrollment is only for iOS and Android apps`)
  }
  return out
}

/** Guardrail: required to All users / All devices without a filter (unless opted out). */
export function guardrailProblems(tpl: AssignmentTemplate): string[] {
  if (tpl.guardrails.allowRequiredToAll) return []
  return tpl.entries
    .filter(
      e =>
        e.intent === 'required' &&
        (e.target.kind === 'allUsers' || e.target.kind === 'allDevices') &&
        !e.filter,
    )
    .map(
      e =>
        `${e.origin}: required to ${e.target.kind === 'allUsers' ? 'All users' : 'All devices'} without a filter is refused; add a filter or set guardrails.allowRequiredToAll: true`,
    )
}

export function toGraphAssignment(
  entry: AssignmentPlanInput,
  appType: AppType,
  resolved: ResolvedIds,
  now: Date,
): GraphMobileAppAssignment {
  const t = entry.target
  let target: Record<string, unknown>
  const groupId = (ref: { groupId?: string; groupName?: string }): string => {
    const id = ref.groupId ?? (ref.groupName !== undefined ? resolved.groups[ref.groupName] : undefined)
    if (!id) throw unresolved(entry, `group '${ref.groupName}'`)
    return id
  }
  if (t.kind === 'group')
    target = { '@odata.type': '#microsoft.graph.groupAssignmentTarget', groupId: groupId(t) }
  else if (t.kind === 'exclusionGroup')
    target = { '@odata.type': '#microsoft.graph.exclusionGroupAssignmentTarget', groupId: groupId(t) }
  else if (t.kind === 'allUsers')
    target = { '@odata.type': '#microsoft.graph.allLicensedUsersAssignmentTarget' }
  else target = { '@odata.type': '#microsoft.graph.allDevicesAssignmentTarget' }

  if (entry.filter) {
    if (t.kind === 'exclusionGroup')
      throw templateError([`${entry.origin}: filters can't apply to excluded groups`], 'assignment template')
    const f = entry.filter
    const id = f.id ?? (f.name !== undefined ? resolved.filters[f.name] : undefined)
    if (!id) throw unresolved(entry, `filter '${f.name}'`)
    // Beta-only properties: chooseGraphVersion('mobileAppAssignment', ...) sends such assignments to beta.
    target.deviceAndAppManagementAssignmentFilterId = id
    target.deviceAndAppManagementAssignmentFilterType = f.mode
  }

  const problems = assignmentProblemsForApp(
    {
      mode: 'merge',
      guardrails: { allowRequiredToAll: true, allowEmptyGroups: true },
      entries: [entry],
      files: [],
    },
    appType,
  )
  if (problems.length) throw templateError(problems, 'assignment template')
  const settings = t.kind === 'exclusionGroup' ? null : graphSettings(entry, appType, now)
  return { '@odata.type': '#microsoft.graph.mobileAppAssignment', intent: entry.intent, target, settings }
}

function graphSettings(
  entry: AssignmentPlanInput,
  appType: AppType,
  now: Date,
): Record<string, unknown> | null {
  const s = entry.settings ?? {}
  switch (settingsPlatform(appType)) {
    case 'win32': {
      const w = s.win32 ?? {}
      const time = w.installTime
      const r = w.restart
      const start = time?.availability !== undefined ? resolveTime(time.availability, now) : null
      const deadline = time?.deadline !== undefined ? resolveTime(time.deadline, now) : null
      if (start && deadline && deadline < start)
        throw templateError(
          [
            `${entry.origin}: settings.win32.installTime.deadline (${deadline}) is before availability (${start})`,
          ],
          'assignment template',
        )
      return {
        '@odata.type': '#microsoft.graph.win32LobAppAssignmentSettings',
        notifications: w.notifications ?? 'showAll',
        deliveryOptimizationPriority: w.deliveryOptimizationPriority ?? 'notConfigured',
        installTimeSettings: time
          ? { useLocalTime: time.useLocalTime === true, startDateTime: start, deadlineDateTime: deadline }
          : null,
        restartSettings: r
          ? {
              gracePeriodInMinutes: r.gracePeriodInMinutes ?? 1440,
              countdownDisplayBeforeRestartInMinutes: r.countdownDisplayBeforeRestartInMinutes ?? 15,
              restartNotificationSnoozeDurationInMinutes:
                r.restartNotificationSnoozeDurationInMinutes ?? null,
            }
          : null,
        ...(w.autoUpdateSupersededApps !== undefined
          ? {
              autoUpdateSettings: {
                autoUpdateSupersededAppsState: w.autoUpdateSupersededApps ? 'enabled' : 'notConfigured',
              },
            }
          : {}),
      }
    }
    case 'ios':
      return s.ios ? { '@odata.type': '#microsoft.graph.iosLobAppAssignmentSettings', ...s.ios } : null
    case 'macos':
      // Graph has no PKG/DMG settings type; macOsLobAppAssignmentSettings only when the template asks for it.
      return s.macos ? { '@odata.type': '#microsoft.graph.macOsLobAppAssignmentSettings', ...s.macos } : null
    case 'msix':
      return {
        '@odata.type': '#microsoft.graph.windowsUniversalAppXAppAssignmentSettings',
        useDeviceContext: s.msix?.useDeviceContext === true,
      }
    default:
      return null
  }
}

function unresolved(entry: AssignmentPlanInput, what: string): IntunePublishError {
  return new IntunePublishError(
    ErrorCodes.AssignmentInvalid,
    `${entry.origin}: ${what} was not resolved to an id`,
    {
      fix: 'Resolve group and filter names with Graph before building assignments.',
    },
  )
}
