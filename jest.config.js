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
};
