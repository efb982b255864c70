/**
 * The CLI's dispatcher: finds the command, parses its flags with util.parseArgs, and turns every failure
 * into one `error: …` line and an exit code (see exitCodes.ts). Commands live in commands/.
 */
import { parseArgs } from 'node:util'
import { ErrorCodes, errorLine, isIntunePublishError, safeLogger, sanitizeText } from '@intune-publish/core'
import { type Command, commands } from './commands'
import { type Output, createConsoleLogger, processOutput } from './consoleLogger'
import { EXIT } from './exitCodes'
import { VERSION } from './version'

const commonOptions = {
  json: { type: 'boolean' },
  verbose: { type: 'boolean', short: 'v' },
  debug: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const

const commonHelp = `Common:
  --json                       print the result as one JSON object
  --verbose, --debug           debug lines on stderr (secrets are always redacted)
  -h, --help                   this help`

function usage(): string {
  const width = Math.max(...commands.map(c => c.name.length)) + 2
  return [
    'intune-publish: publish app packages to Microsoft Intune from any CI.',
    '',
    'Usage: intune-publish <command> [flags]',
    '       intune-publish --version',
    '',
    'Commands:',
    ...commands.map(c => `  ${c.name.padEnd(width)}${c.summary}`),
    '',
    'Run intune-publish <command> --help for its flags.',
  ].join('\n')
}

function commandHelp(c: Command): string {
  return [
    `intune-publish ${c.name}: ${c.summary}`,
    '',
    `Usage: intune-publish ${c.name} [flags]`,
    '',
    c.help,
    '',
    commonHelp,
  ].join('\n')
}

/** Codes that mean the user's input is wrong and nothing was sent to Intune: exit 2. */
const BAD_INPUT = new Set<string>([
  ErrorCodes.InputInvalid,
  ErrorCodes.HostNotAllowed,
  ErrorCodes.PackageInvalid,
  ErrorCodes.TemplateInvalid,
])

export async function main(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
  out: Output = processOutput,
): Promise<number> {
  const fail = (line: string, code: number): number => {
    out.stderr(`error: ${sanitizeText(line)}\n`)
    return code
  }
  const [name, ...rest] = argv
  if (name === '--version' || name === '-V' || name === 'version') {
    out.stdout(`${VERSION}\n`)
    return EXIT.ok
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    out.stdout(`${usage()}\n`)
    return name ? EXIT.ok : EXIT.input
  }
  const command = commands.find(c => c.name === name)
  if (!command)
    return fail(`unknown command '${name}'. Commands: ${commands.map(c => c.name).join(', ')}.`, EXIT.input)

  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      options: { ...command.options, ...commonOptions },
      allowPositionals: command.allowPositionals ?? false,
      strict: true,
    })
  } catch (e) {
    return fail(`${argumentProblem(e)} See intune-publish ${command.name} --help.`, EXIT.input)
  }
  const values = parsed.values as Record<string, string | boolean | undefined>
  if (values.help) {
    out.stdout(`${commandHelp(command)}\n`)
    return EXIT.ok
  }
  const logger = safeLogger(
    createConsoleLogger(out, {
      debug: Boolean(values.debug || values.verbose),
      json: Boolean(values.json),
      tty: out === processOutput && Boolean(process.stderr.isTTY),
    }),
  )
  try {
    return await command.run({
      values,
      positionals: parsed.positionals,
      env,
      logger,
      out,
      json: Boolean(values.json),
    })
  } catch (e) {
    const input = isIntunePublishError(e) && BAD_INPUT.has(e.code)
    const notDue = isIntunePublishError(e) && e.code === ErrorCodes.ReleaseNotDue
    return fail(errorLine(e), input ? EXIT.input : notDue ? EXIT.notDue : EXIT.failed)
  }
}

/** parseArgs' own messages are long and may quote values; say what is wrong in a few words. */
function argumentProblem(e: unknown): string {
  const code = (e as { code?: string }).code
  const message = e instanceof Error ? e.message : String(e)
  const option = /'(-{1,2}[^' ]+)/.exec(message)?.[1] ?? ''
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `unknown option ${option}.`
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return `option ${option} needs a value (or takes none).`
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return 'unexpected argument (this command takes only flags).'
    default:
      return 'invalid arguments.'
  }
}
