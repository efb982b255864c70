// Preloaded into a benchmarked child process: writes its peak RSS (bytes) to BENCH_RSS_FILE at exit.
const { writeFileSync } = require('node:fs')
process.on('exit', () => {
  if (process.env.BENCH_RSS_FILE)
    writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS * 1024))
})
