// Jest setup (every project): the suite passes whatever the developer's shell holds. A connection, a
// proxy or an extra CA left in the shell (INTUNE_CONNECTION from trying the CLI, HTTPS_PROXY, a
// NODE_EXTRA_CA_CERTS pointing at another simulator's CA) must not reach the code under test or the
// processes tests spawn. A test that wants one of these sets it itself.
const HOST_VARIABLES = /^(INTUNE_|NODE_EXTRA_CA_CERTS$|(HTTPS?|ALL|NO)_PROXY$)/i
for (const name of Object.keys(process.env)) {
  if (HOST_VARIABLES.test(name)) delete process.env[name]
}
