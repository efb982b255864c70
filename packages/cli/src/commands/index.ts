/** Every CLI command, in --help order. Add a command by writing commands/<name>.ts and listing it here. */
import { checkConnectionCommand } from './checkConnection'
import { packageCommand } from './package'
import type { Command } from './types'

export const commands: Command[] = [checkConnectionCommand, packageCommand]

export type { Command, CommandContext } from './types'
