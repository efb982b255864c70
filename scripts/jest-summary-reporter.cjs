// Prints the plain closing line CI systems read ("N passed, N failed, N skipped") as the very last line:
// jest prints its own summary after the reporters have run, so the line is written at exit.
class SummaryReporter {
  onRunComplete(_contexts, results) {
    const { numPassedTests, numFailedTests, numPendingTests, numTodoTests } = results
    const line = `\n${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests + numTodoTests} skipped\n`
    process.once('exit', () => process.stderr.write(line))
  }
}
module.exports = SummaryReporter
