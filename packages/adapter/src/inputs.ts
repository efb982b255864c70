/**
 * Reads every adapter input through a `getInput` function (@actions/core's getInput in the Action, the
 * task's mapping in Azure DevOps, a map in tests), validates them all, and returns either the typed
 * inputs or the full list of problems. An empty string means "not set": the caller turns whatever its
 * CI fills in for an unset input (a declared default the user did not choose, the sources folder for an
 * empty filePath) into ''.
 */
import { existsSync, statSync } from 'node:fs'
import path from 'node:path'
import { readConnectionInputs, type ConnectionInputs, type OidcCheck } from './connection.js'
import type { AssignmentMode, PublishInputs } from '@intune-publish/core'
import { checkGuid, parseBool, parseChoice, parseInt, parseList, Problems, type GetInput } from './fields.js'
import { expandGlob } from './glob.js'
import { readManifestInputs, type ManifestInputs } from './manifestInputs.js'
import { checkReleaseTarget, isReleaseCommand, readReleaseInputs } from './releaseInputs.js'

export const COMMANDS = [
  'publish',
  'plan',
  'check-connection',
  'split-manifest',
  'promote',
  'rollback',
] as const
export type Command = (typeof COMMANDS)[number]

/** Every input action.yml declares; a test keeps the two in step. */
export const ACTION_INPUTS = [
  'command',
  'connection',
  'setting-name',
  'client-id',
  'client-secret',
  'auth-url',
  'tenant-id',
  'certificate',
  'cloud',
  'use-oidc',
  'oidc-audience',
  'package',
  'source',
  'setup',
  'app',
  'assignments',
  'assignment-mode',
  'app-id',
  'supersede',
  'dry-run',
  'allow-expired-provisioning-profile',
  'graph-url',
  'allow-custom-endpoints',
  'ca-file',
  'concurrency',
  'block-size-mib',
  'manifest',
  'shard',
  'parallel',
  'budget-share',
  'fail-fast',
  'split-by',
  'jobs',
  'ring',
  'force',
  'require-healthy-in',
  'allow-required-to-all',
  'allow-empty-groups',
] as const

export interface ActionInputs extends ConnectionInputs {
  command: Command
  /** Package files, one publish each; empty with `source` or for check-connection. */
  packages: string[]
  /** The publish options shared by every package (without connection and packagePath). */
  publish: Omit<PublishInputs, 'connection' | 'packagePath'>
  /** Publish an .ipa whose provisioning profile has expired (it installs on no device). */
  allowExpiredProvisioningProfile: boolean
  /** promote: move even though `after` or the gate is not met (the app's notes record it). */
  force: boolean
  /** Many apps: a manifest (docs/manifest.md) instead of package/source; and how to run or split it. */
  manifest?: ManifestInputs
}

export type ReadResult = { ok: true; inputs: ActionInputs } | { ok: false; problems: string[] }

/** INPUT_* variables that match no declared input (typos, inputs of another action version). */
export function unknownInputs(env: NodeJS.ProcessEnv): string[] {
  const known = new Set(ACTION_INPUTS.map(n => `INPUT_${n.replace(/ /g, '_').toUpperCase()}`))
  return Object.keys(env)
    .filter(k => k.startsWith('INPUT_') && !known.has(k))
    .map(k => k.slice('INPUT_'.length).toLowerCase())
}

/** A path input that must exist; inline text (several lines or JSON/YAML braces) is passed through. */
function pathOrInline(
  p: Problems,
  input: string,
  raw: string,
  base: string,
  inline: boolean,
): string | undefined {
  if (!raw) return undefined
  if (inline && (/[\n{}[\]]/.test(raw) || /^\s*\w[\w-]*\s*:/.test(raw))) return raw
  const full = path.resolve(base, raw)
  if (!existsSync(full)) p.add(input, `file '${raw}' not found; give a path relative to the workspace`)
  return full
}

function readPackages(p: Problems, raw: string, base: string): string[] {
  const files: string[] = []
  for (const pattern of parseList(raw)) {
    const found = expandGlob(pattern, base)
    if (!found.length) p.add('package', `'${pattern}' matches no file in ${base}`)
    files.push(...found)
  }
  return [...new Set(files)]
}

export interface ReadOptions {
  /** The folder relative paths start from (GITHUB_WORKSPACE, the ADO working directory). */
  baseDir?: string
  oidcCheck?: OidcCheck
}

export function readInputs(
  get: GetInput,
  env: NodeJS.ProcessEnv,
  mask: (s: string) => void,
  opts: ReadOptions = {},
): ReadResult {
  const p = new Problems()
  const base = opts.baseDir || env.GITHUB_WORKSPACE || process.cwd()
  const command = parseChoice(p, 'command', get('command'), COMMANDS, 'publish')
  // Splitting a manifest signs in nowhere: its job needs no connection.
  const connProblems = command === 'split-manifest' ? new Problems() : p
  const conn = readConnectionInputs(get, connProblems, env, mask, opts.oidcCheck)
  const dryRun = parseBool(p, 'dry-run', get('dry-run'), false) || command === 'plan'
  const allowExpiredProvisioningProfile = parseBool(
    p,
    'allow-expired-provisioning-profile',
    get('allow-expired-provisioning-profile'),
    false,
  )
  // Unset means "as the assignment template says" (merge when it says nothing).
  const rawMode = get('assignment-mode')
  const assignmentMode = rawMode
    ? parseChoice<AssignmentMode>(p, 'assignment-mode', rawMode, ['merge', 'replace'], 'merge')
    : undefined
  const concurrency = parseInt(p, 'concurrency', get('concurrency'), 1, 32)
  const blockSizeMiB = parseInt(p, 'block-size-mib', get('block-size-mib'), 1, 100)
  const appId = get('app-id') || undefined
  checkGuid(p, 'app-id', appId)
  const manifest = readManifestInputs(p, get, base, command)
  const rawPackage = get('package')
  const rawSource = get('source')
  const setup = get('setup')
  let packages: string[] = []
  let source: PublishInputs['source']
  if (isReleaseCommand(command)) {
    if (rawPackage) packages = readPackages(p, rawPackage, base)
    checkReleaseTarget(p, command, get, packages)
  } else if (manifest) {
    for (const name of ['package', 'source', 'setup', 'app', 'assignments', 'app-id', 'supersede'])
      if (get(name)) p.add(name, 'not with manifest: the manifest sets it per app')
  } else if (command === 'split-manifest') p.add('manifest', 'is missing; split-manifest splits a manifest')
  else if (command !== 'check-connection') {
    if (rawPackage && rawSource) p.add('package', 'give either package or source/setup, not both')
    else if (!rawPackage && !rawSource)
      p.add('package', 'is missing; give a package path or glob, or source and setup')
    if (rawPackage) packages = readPackages(p, rawPackage, base)
    if (rawSource) {
      const dir = path.resolve(base, rawSource)
      if (!existsSync(dir) || !statSync(dir).isDirectory()) p.add('source', `folder '${rawSource}' not found`)
      if (!setup) p.add('setup', 'is missing; give the setup file inside the source folder, e.g. setup.exe')
      source = { dir, setupFile: setup }
    } else if (setup) p.add('setup', 'needs source (the folder to package)')
    if (appId && packages.length > 1)
      p.add('app-id', 'can update one app only, but package matched several files')
  }
  const release = readReleaseInputs(p, get, command, mask, conn.authKind === 'oidc')
  // The same runner reaches both environments: the ca-file trusted for one is trusted for the other.
  if (release.requireHealthyIn && !release.requireHealthyIn.caPem)
    release.requireHealthyIn.caPem = conn.connection.caPem
  const publish: ActionInputs['publish'] = {
    source,
    appTemplate: pathOrInline(p, 'app', get('app'), base, false),
    assignments: pathOrInline(p, 'assignments', get('assignments'), base, true),
    assignmentMode,
    appId,
    supersede: get('supersede') ? parseList(get('supersede')) : undefined,
    dryRun,
    concurrency,
    blockSizeMiB,
    ring: release.ring,
    requireHealthyIn: release.requireHealthyIn,
    allowRequiredToAll: parseBool(p, 'allow-required-to-all', get('allow-required-to-all'), false),
    allowEmptyGroups: parseBool(p, 'allow-empty-groups', get('allow-empty-groups'), false),
  }
  if (p.lines.length) return { ok: false, problems: p.lines }
  return {
    ok: true,
    inputs: {
      ...conn,
      command,
      packages,
      publish,
      allowExpiredProvisioningProfile,
      force: release.force,
      manifest,
    },
  }
}
