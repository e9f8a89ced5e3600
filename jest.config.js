/** Tests run on the TypeScript sources (`test/`, and each skill's own `test/` folder); the CLI tests run the built `dist/` (npm test builds first). */
module.exports = {
  // Node's environment with the host's typed arrays, which onnxruntime-node needs (see the file).
  testEnvironment: '<rootDir>/test/support/onnxruntime-environment.js',
  roots: ['<rootDir>/test', '<rootDir>/skills'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json'}] },
  reporters: ['default', '<rootDir>/test/support/summary-reporter.js'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 20000,
};
