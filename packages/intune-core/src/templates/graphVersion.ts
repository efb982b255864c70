/**
 * THE place that decides whether a body goes to Graph v1.0 or beta. v1.0 is used whenever it can take the
 * body as it is; beta only when the type or something in the body (a property, an enum member such as
 * arm64, a nested type) exists in beta alone. Decided from Microsoft's metadata, not from a list.
 * graph/endpoints carries the decision onto each call; calls with no body of ours have their version
 * there (`FIXED`).
 */
import { ErrorCodes, IntunePublishError } from '../errors'
import { checkGraphValue, graphMetadata, type GraphVersion } from './graphMetadata'

export type { GraphVersion } from './graphMetadata'

export interface GraphVersionChoice {
  version: GraphVersion
  /** Why beta was needed (empty for v1.0), one readable line each. */
  betaReasons: string[]
}

/**
 * Choose the Graph version for `body` as an instance of `typeName` (an app type such as `win32LobApp`, or
 * `mobileAppAssignment`, or any other type in the metadata). Throws TEMPLATE_INVALID when even beta
 * can't take the body (an unknown property or value), listing every problem.
 */
export function chooseGraphVersion(typeName: string, body: Record<string, unknown>): GraphVersionChoice {
  const name = typeName.replace(/^#?microsoft\.graph\./, '')
  if (!graphMetadata('v1.0').types[`microsoft.graph.${name}`]) {
    const beta = checkGraphValue('beta', name, body)
    if (beta.length) throw invalid(name, beta)
    return { version: 'beta', betaReasons: [`${name} exists only in Graph beta`] }
  }
  const v1 = checkGraphValue('v1.0', name, body)
  if (!v1.length) return { version: 'v1.0', betaReasons: [] }
  const beta = checkGraphValue('beta', name, body)
  if (beta.length) throw invalid(name, beta)
  return { version: 'beta', betaReasons: v1.map(p => `${p} (beta has it)`) }
}

/**
 * The version every call on an app of this type goes through: beta for a type only beta knows
 * (macOSPkgApp), since v1.0 answers such calls as for an unknown type (fidelity item 6).
 */
export function appTypeVersion(appType: string): GraphVersion {
  const name = appType.replace(/^#?microsoft\.graph\./, '')
  return graphMetadata('v1.0').types[`microsoft.graph.${name}`] ? 'v1.0' : 'beta'
}

/**
 * An app body's version. Scope tags named in the template but not resolved yet count as the
 * roleScopeTagIds they will become, so the plan already shows the version the write will use.
 */
export function chooseAppBodyVersion(
  appType: string,
  body: Record<string, unknown>,
  pendingScopeTags: boolean,
): GraphVersionChoice {
  const choice = chooseGraphVersion(appType, body)
  if (!pendingScopeTags || choice.version === 'beta' || 'roleScopeTagIds' in body) return choice
  const tagged = chooseGraphVersion(appType, { ...body, roleScopeTagIds: ['0'] })
  return tagged.version === 'beta'
    ? { version: 'beta', betaReasons: ['scopeTags: roleScopeTagIds exist only in Graph beta'] }
    : choice
}

/**
 * The version assignments of an app are posted in: the app type's (beta-only types stay in beta), else
 * beta when any target carries filter properties (posting those through v1.0 would drop a filter) or
 * anything else only beta knows, else v1.0.
 */
export function assignmentsVersion(
  appType: string,
  /** Each assignment's target as posted, and its body in canonical form (no nulls, no noise). */
  assignments: { target: Record<string, unknown>; body: Record<string, unknown> }[],
): GraphVersion {
  if (appTypeVersion(appType) === 'beta') return 'beta'
  for (const a of assignments) {
    if (Object.keys(a.target).some(k => k.startsWith('deviceAndAppManagementAssignmentFilter'))) return 'beta'
    try {
      if (chooseGraphVersion('mobileAppAssignment', a.body).version === 'beta') return 'beta'
    } catch {
      return 'beta'
    }
  }
  return 'v1.0'
}

/** beta if any choice needs beta; the reasons of all of them. */
export function combineGraphVersions(...choices: GraphVersionChoice[]): GraphVersionChoice {
  const betaReasons = choices.flatMap(c => c.betaReasons)
  return { version: choices.some(c => c.version === 'beta') ? 'beta' : 'v1.0', betaReasons }
}

function invalid(typeName: string, problems: string[]): IntunePublishError {
  return new IntunePublishError(
    ErrorCodes.TemplateInvalid,
    [`The ${typeName} body is not valid for Microsoft Graph:`, ...problems.map(p => `  ${p}`)].join('\n'),
    { fix: 'Fix the template fields named above (Graph property names and values are case-sensitive).' },
  )
}
