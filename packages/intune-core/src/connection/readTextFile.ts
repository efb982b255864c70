import { readFileSync } from 'node:fs'
import { inputError } from '../errors'

/** Reads a small text input (connection JSON, PEM); an unreadable file is an input error naming `field`. */
export function readTextFile(path: string, field: string): string {
  try {
    return readFileSync(path, 'utf8')
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? 'unreadable'
    throw inputError(field, `cannot read ${path} (${code}).`, 'Check the path and that the file is readable.')
  }
}
