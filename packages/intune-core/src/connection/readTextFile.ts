import { INPUT_LIMITS, readBoundedFileSync } from './boundedRead'

/**
 * Reads a small text input (connection JSON, PEM, CA bundle) of at most `max` bytes; a missing, oversize
 * or non-regular file (a FIFO, /dev/zero) is an input error naming `field`.
 */
export function readTextFile(path: string, field: string, max: number = INPUT_LIMITS.connection): string {
  return readBoundedFileSync(path, field, max).toString('utf8')
}
