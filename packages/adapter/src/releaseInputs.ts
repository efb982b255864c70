/**
 * The release-stage inputs (docs/release-stages.md): the ring a publish goes into or a promote moves to,
 * --force, the environment a build must be healthy in, and what promote and rollback need to find the app.
 * Each problem is one line naming the input, collected with the others.
 */
import type { ConnectionInput } from '@intune-publish/core'
import { readExtraConnection } from './connection.js'
import { parseBool, type GetInput, type Problems } from './fields.js'

export const RELEASE_COMMANDS = ['promote', 'rollback'] as const
export type ReleaseCommand = (typeof RELEASE_COMMANDS)[number]

export const isReleaseCommand = (c: string): c is ReleaseCommand =>
  (RELEASE_COMMANDS as readonly string[]).includes(c)

export interface ReleaseInputs {
  /** publish: the ring to publish into; promote: the ring to move to (default the next one). */
  ring?: string
  /** promote: move even though `after` or the gate is not met (recorded in the app's notes). */
  force: boolean
  /** publish: only if this build is in that environment with the same digest and meets its gate. */
  requireHealthyIn?: ConnectionInput
}

export function readReleaseInputs(
  p: Problems,
  get: GetInput,
  command: string,
  mask: (s: string) => void,
  federated: boolean,
): ReleaseInputs {
  const ring = get('ring') || undefined
  const force = parseBool(p, 'force', get('force'), false)
  const rawHealthy = get('require-healthy-in')
  const requireHealthyIn = rawHealthy
    ? readExtraConnection(p, 'require-healthy-in', rawHealthy, mask, federated)
    : undefined
  // The runner and the agent pass a boolean's default ('false') whether or not anybody set it.
  if (force && command !== 'promote') p.add('force', 'only applies to command promote')
  if (ring && command !== 'promote' && command !== 'publish' && command !== 'plan')
    p.add('ring', `does not apply to command ${command}; it names the ring for publish and promote`)
  if (rawHealthy && command !== 'publish' && command !== 'plan')
    p.add('require-healthy-in', 'only applies to publish (and plan)')
  return { ring, force, requireHealthyIn }
}

/**
 * promote and rollback act on one app that already exists: named by app-id, or found by the package it
 * was published from; the assignment template with the rings (or the release strategy) says what to do.
 */
export function checkReleaseTarget(
  p: Problems,
  command: ReleaseCommand,
  get: GetInput,
  packages: string[],
): void {
  if (!get('assignments'))
    p.add(
      'assignments',
      `is missing; ${command} needs the assignment template with the rings (or the release strategy)`,
    )
  if (get('source')) p.add('source', `not with ${command}: give app-id, or the package the app came from`)
  if (get('manifest')) p.add('manifest', `not with ${command}: give app-id, or one package`)
  if (command === 'promote' && !get('app-id') && !get('package'))
    p.add(
      'app-id',
      'is missing; promote needs app-id, or the package (and app template) it was published from',
    )
  if (command === 'rollback' && !get('app-id') && !get('app'))
    p.add('app-id', 'is missing; rollback needs app-id, or the app template that names the release')
  if (command === 'rollback' && get('package'))
    p.add('package', 'not with rollback: give app-id, or the app template that names the release')
  if (packages.length > 1) p.add('package', `matched ${packages.length} files; ${command} acts on one app`)
}
