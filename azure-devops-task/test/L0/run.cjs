// A mock-run file for MockTestRunner: runs the task bundle with the scenario's inputs and environment,
// which the test passes as JSON in L0_SCENARIO.
const path = require('node:path')
const { TaskMockRunner } = require('azure-pipelines-task-lib/mock-run')

const scenario = JSON.parse(process.env.L0_SCENARIO || '{}')
const tmr = new TaskMockRunner(path.join(__dirname, '..', '..', 'IntunePublishV1', 'dist', 'index.js'))
for (const [name, value] of Object.entries(scenario.inputs || {})) tmr.setInput(name, value)
for (const [name, value] of Object.entries(scenario.env || {})) process.env[name] = value
// The bundle carries its own task-lib, so nothing is mocked: the task runs as on an agent.
tmr.run(true)
