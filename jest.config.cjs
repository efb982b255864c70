// One jest run over every package; each project compiles its TypeScript with ts-jest (CJS, transpile-only,
// type checking is `tsc -b`'s job).
const path = require('node:path')
const tsJest = ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }]
// Host INTUNE_*, proxy and extra-CA variables are removed before every test file (hermetic suite).
const setupFiles = [path.join(__dirname, 'scripts', 'jest-hermetic-env.cjs')]
const project = dir => ({
  displayName: dir,
  rootDir: `<rootDir>/${dir}`,
  testEnvironment: 'node',
  setupFiles,
  testMatch: ['<rootDir>/src/**/*.test.ts'],
  // Live mode's tests run only under `npm run test:live` (jest.live.config.cjs).
  testPathIgnorePatterns: ['/node_modules/', '\\.live\\.test\\.ts$'],
  // packages/cli/out holds the packed CLI (its own package.json): not a module of the workspace.
  modulePathIgnorePatterns: ['<rootDir>/out/'],
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@intune-publish/core$': '<rootDir>/../intune-core/src/index.ts',
    '^@intune-publish/sim$': '<rootDir>/../intune-sim/src/index.ts',
    '^@intune-publish/adapter$': '<rootDir>/../adapter/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
})
// The adapters: their tests import only modules free of the ESM-only @actions/* and of task-lib; the
// built bundles are exercised by spawning them (black-box), as the runner and the agent do.
const adapter = (dir, testMatch) => ({
  displayName: dir,
  rootDir: `<rootDir>/${dir}`,
  testEnvironment: 'node',
  setupFiles,
  testMatch,
  transform: { '^.+\\.ts$': tsJest },
  moduleNameMapper: {
    '^@intune-publish/core$': path.join(__dirname, 'packages/intune-core/src/index.ts'),
    '^@intune-publish/sim$': path.join(__dirname, 'packages/intune-sim/src/index.ts'),
    '^@intune-publish/adapter$': path.join(__dirname, 'packages/adapter/src/index.ts'),
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
})
module.exports = {
  // Generous: on a loaded 2-core machine a simulator start plus Azurite can take a minute; a hang still fails.
  testTimeout: 180000,
  reporters: ['default', path.join(__dirname, 'scripts', 'jest-summary-reporter.cjs')],
  projects: [
    project('packages/intune-core'),
    project('packages/intune-sim'),
    project('packages/cli'),
    project('packages/adapter'),
    adapter('actions/publish', ['<rootDir>/src/**/*.test.ts']),
    adapter('azure-devops-task', ['<rootDir>/test/**/*.test.ts']),
  ],
}
