/** A manifest as the run uses it: every path absolute, every app's fields merged with the defaults. */
import type { AssignmentMode } from '../api'

/** The connection the command itself was given (flags, INTUNE_*, the Action's or the task's input). */
export const DEFAULT_CONNECTION = 'default'

export interface ManifestConnection {
  name: string
  /** Environment variable holding the connection JSON (absent for `default`). */
  env?: string
  /** Tenant label for splitting by tenant (default: the connection's name). */
  tenant: string
}

export interface ManifestApp {
  /** Position in the manifest's `apps` list, from 0: the field path in errors is `apps[index]`. */
  index: number
  /** Shown in logs and the result table: `name`, else the package's (or folder's) base name. */
  label: string
  connection: string
  packagePath?: string
  source?: { dir: string; setupFile: string }
  appTemplate?: string
  assignments?: string
  assignmentMode?: AssignmentMode
  appId?: string
  supersede?: string[]
}

export interface Manifest {
  /** Absolute path of the manifest file. */
  file: string
  connections: Record<string, ManifestConnection>
  apps: ManifestApp[]
}
