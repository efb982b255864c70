/**
 * Leak checks for captured CI output. The masking commands themselves (`::add-mask::`,
 * `##vso[task.setsecret]`) are addressed to the runner, which swallows them, so they are dropped first;
 * everything else must hold no secret, no JWT and no SAS signature.
 */

const MASK_COMMAND = /^(::add-mask::|##vso\[task\.setsecret\]).*$/gm

export function withoutMaskCommands(text: string): string {
  return text.replace(MASK_COMMAND, '')
}

/** Problems found in `text`: each named secret that appears, any JWT, any unredacted `sig=`. */
export function findLeaks(text: string, secrets: Record<string, string>): string[] {
  const visible = withoutMaskCommands(text)
  const found: string[] = []
  for (const [name, value] of Object.entries(secrets)) {
    if (value && visible.includes(value)) found.push(`${name} appears`)
  }
  const jwt = /eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/.exec(visible)
  if (jwt) found.push(`a JWT appears: ${jwt[0].slice(0, 12)}…`)
  const sig = /[?&]sig=(?!REDACTED)[^&\s"']+/i.exec(visible)
  if (sig) found.push('a SAS signature appears')
  return found
}

/** The values a run registered for masking. */
export function maskedValues(text: string): string[] {
  return [...text.matchAll(MASK_COMMAND)].map(m =>
    m[0].replace(/^(::add-mask::|##vso\[task\.setsecret\])/, ''),
  )
}
