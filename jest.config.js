const path = require('path');

// The toolchain lives in dev/node_modules (dev/package.json; `npm test` installs it), not in a
// node_modules of the repository root: jest, ts-jest and the packages the tests import are found
// there.
const dev = path.join(__dirname, 'dev', 'node_modules');

/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  modulePaths: [dev],
  transform: { '^.+\\.ts$': [path.join(dev, 'ts-jest'), { tsconfig: 'tsconfig.json' }] },
  testTimeout: 30000,
  // Jest's default is one worker fewer than the cores: on a 2-core CI machine that is one worker,
  // and the suites ran one after another (80-90 s); with every core, about 56 s.
  maxWorkers: '100%',
};
