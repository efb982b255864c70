/**
 * `strategy: new-app-per-version` (Win32): each version is its own app, "<Name> <version>", superseding
 * the previous version (supersedence type update, so devices with the old version get the new one). The
 * ring's assignments move to the new app: the same targets are taken off older versions. `retain: N`
 * keeps N older versions; older ones with no assignments left are deleted. The whole release plan is
 * printed before anything is written, then publish runs for the new version and the moves follow.
 */
import path from 'node:path'
import type { PublishInputs, PublishResult } from '../api'
import { resolveDirectory, targetKey } from '../assign'
import { directoryNeeds } from '../assign/directoryNeeds'
import { resolveConnection } from '../connection'
import { inputError } from '../errors'
import type { Logger } from '../logger'
import { IntuneApps } from '../publish/intuneApps'
import { FIXED } from '../graph/endpoints'
import { preparePackage } from '../publish/preparePackage'
import { openSession } from '../publish/session'
import { loadAppTemplate, toGraphAssignment, type AssignmentTemplate } from '../templates'
import type { ResolvedDirectory } from '../assign/resolveDirectory'
import { applyVersionMoves, planVersionMoves } from './versionMoves'
import { listVersions, RELEASE, RELEASE_VERSION, versionedName } from './versions'

export interface NewVersionOptions {
  env?: Record<string, string | undefined>
  now?: Date
}

/** Target keys of a template's entries: what the new version takes over. */
export function templateKeys(t: AssignmentTemplate, resolved: ResolvedDirectory, now: Date): Set<string> {
  return new Set(t.entries.map(e => targetKey(toGraphAssignment(e, 'win32LobApp', resolved, now).target)))
}

async function versionOf(inputs: PublishInputs, declared: unknown, log: Logger): Promise<string> {
  if (typeof declared === 'string' && declared.trim()) return declared.trim()
  if (inputs.packagePath) {
    const v = (await preparePackage({ packagePath: inputs.packagePath } as PublishInputs, log)).pkg.version
    if (v) return v
  }
  throw inputError(
    'app.displayVersion',
    'strategy new-app-per-version names each version "<displayName> <version>", but no version is known',
    'Set displayVersion in the app template (e.g. from the build: displayVersion: 1.2.3).',
  )
}

/** The app template for the version's own app: the user's template with the versioned name. */
function versionTemplate(appTemplate: PublishInputs['appTemplate'], name: string, version: string) {
  if (typeof appTemplate === 'string')
    return { extends: path.resolve(appTemplate), displayName: name, displayVersion: version }
  return { ...(appTemplate ?? {}), displayName: name, displayVersion: version }
}

export async function publishNewVersion(
  inputs: PublishInputs,
  template: AssignmentTemplate,
  log: Logger,
  opts: NewVersionOptions,
  publishOnce: (inner: PublishInputs) => Promise<PublishResult>,
): Promise<PublishResult> {
  const now = opts.now ?? new Date()
  if (inputs.packagePath && !/\.intunewin$/i.test(inputs.packagePath))
    throw inputError(
      'strategy',
      'new-app-per-version is for Win32 apps (.intunewin or --source)',
      'Use strategy: update for this package type.',
    )
  const tpl = await loadAppTemplate(inputs.appTemplate ?? {})
  const base = typeof tpl.props.displayName === 'string' ? tpl.props.displayName.trim() : ''
  if (!base)
    throw inputError(
      'app.displayName',
      "new-app-per-version needs the app's name",
      'Set displayName in the app template.',
    )
  const version = await versionOf(inputs, tpl.props.displayVersion, log)
  const name = versionedName(base, version)
  const retain = template.release?.retain ?? 2

  const resolved = resolveConnection(inputs.connection, log)
  const session = await openSession(resolved, log, opts.env)
  let versions
  let movePlan
  try {
    const directory = await resolveDirectory(
      session.graph,
      directoryNeeds(template, undefined, { allowEmptyGroups: true }),
      log,
    )
    versions = await listVersions(new IntuneApps(session.graph, FIXED.releaseApps), session.graph, base)
    const older = versions.filter(v => v.app.displayName !== name)
    movePlan = planVersionMoves(older, templateKeys(template, directory, now), retain, directory.names)
  } finally {
    await session.close()
  }
  const same = versions.find(v => v.app.displayName === name)
  const previous = versions.find(v => v.app.displayName !== name && !v.rolledBack)
  const steps = [
    same ? `update ${name} (${same.app.id}): this version exists` : `new app ${name}`,
    ...(previous && !same
      ? [`${name} supersedes ${String(previous.app.displayName)} (${previous.app.id}), type update`]
      : []),
    ...(same ? [] : movePlan.lines),
  ]
  log.info(
    `Release plan for ${base} (new-app-per-version, retain ${retain}):\n${steps.map(s => `  - ${s}`).join('\n')}`,
  )
  const result = await publishOnce({
    ...inputs,
    appTemplate: versionTemplate(inputs.appTemplate, name, version),
    provenance: { ...(inputs.provenance ?? {}), [RELEASE]: base, [RELEASE_VERSION]: version },
    supersede: [...(inputs.supersede ?? []), ...(previous && !same ? [previous.app.id] : [])],
  })
  const withSteps = { ...result, releaseSteps: steps }
  if (inputs.dryRun || same) return withSteps
  const again = await openSession(resolved, log, opts.env)
  try {
    await applyVersionMoves(again.graph, movePlan, versions, log)
  } finally {
    await again.close()
  }
  return withSteps
}
