import type { ParseArgsConfig } from 'node:util'
import type { Logger } from '@intune-publish/core'
import type { Output } from '../consoleLogger'

/** What every command gets: its parsed flags, the environment, a logger and raw output for --json. */
export interface CommandContext {
  values: Record<string, string | boolean | string[] | boolean[] | undefined>
  positionals: string[]
  env: Record<string, string | undefined>
  logger: Logger
  out: Output
  json: boolean
}

/** A CLI command. Register it in commands/index.ts; main.ts does the rest (parsing, --help, errors). */
export interface Command {
  name: string
  summary: string
  /** The options block of --help (without the common flags). */
  help: string
  options: NonNullable<ParseArgsConfig['options']>
  allowPositionals?: boolean
  /** Returns the exit code. Thrown IntunePublishErrors are printed as one line by main. */
  run(ctx: CommandContext): Promise<number>
}
