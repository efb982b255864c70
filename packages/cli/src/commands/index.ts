/** Every CLI command, in --help order. Add a command by writing commands/<name>.ts and listing it here. */
import { checkConnectionCommand } from './checkConnection'
import { packageCommand } from './package'
import { planCommand } from './plan'
import { promoteCommand } from './promote'
import { rollbackCommand } from './rollback'
import { publishCommand } from './publish'
import type { Command } from './types'

export const commands: Command[] = [
  publishCommand,
  planCommand,
  promoteCommand,
  rollbackCommand,
  packageCommand,
  checkConnectionCommand,
]

export type { Command, CommandContext } from './types'
