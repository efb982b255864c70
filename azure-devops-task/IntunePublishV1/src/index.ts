/** The task's entry point (dist/index.js after bundling): run and nothing else. */
import { run } from './main.js'

void run()
