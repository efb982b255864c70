// Live mode only (`npm run test:live`): the scenarios against a real tenant. No hermetic setup here: the
// run uses the maintainer's INTUNE_LIVE_* variables, proxy and CA on purpose. Never part of `npm test`.
const path = require('node:path')
module.exports = {
  testTimeout: 60 * 60_000,
  rootDir: path.join(__dirname, 'packages/intune-core'),
  testEnvironment: 'node',
  testMatch: ['<rootDir>/src/**/*.live.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: path.join(__dirname, 'tsconfig.test.json') }] },
  moduleNameMapper: {
    '^@intune-publish/core$': '<rootDir>/src/index.ts',
    '^@intune-publish/sim$': '<rootDir>/../intune-sim/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  maxWorkers: 1,
}
