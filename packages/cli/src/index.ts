/** The CLI as a library: main() for tests and wrappers, the command table for adding commands. */
export { main } from './main'
export { commands, type Command, type CommandContext } from './commands'
export { connectionOptions, connectionHelp, readConnectionFlags } from './connectionFlags'
export { createConsoleLogger, type Output } from './consoleLogger'
export { EXIT } from './exitCodes'
