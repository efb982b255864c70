#!/usr/bin/env node
import { main } from './main'

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (e: unknown) => {
    // main reports its own errors; reaching here is a bug, still shown without secrets by main's sanitizer.
    process.stderr.write(`error: unexpected failure: ${e instanceof Error ? e.name : 'unknown'}\n`)
    process.exitCode = 1
  },
)
