/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    // jose 6 ships ES modules only: compile it to CommonJS like our own code.
    '^.+\\.(ts|js)$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!jose/)'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  testTimeout: 60000,
  // PGlite instances are memory-hungry; two workers fit the 2-core machines.
  maxWorkers: 2,
  // A worker that ran many files slows down (on the PGlite pass files late in the run took 2–3× their
  // time alone: 17 s instead of 6): recycle it once its heap passes this after a file. The PGlite pass
  // went from 716 s to 483 s on this machine (2 CPUs).
  workerIdleMemoryLimit: '800MB',
};
