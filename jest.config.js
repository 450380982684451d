/**
 * Unit tests run once; integration tests run once per database: always on SQLite, and on
 * PostgreSQL when TEST_POSTGRES_URL names a server (tests create and drop their own database).
 */
const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    '\\.(css|scss)$': '<rootDir>/tests/support/emptyModule.js',
  },
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022', transform: { react: { runtime: 'automatic' } } },
        module: { type: 'es6' },
      },
    ],
  },
}

const integration = (database) => ({
  ...shared,
  displayName: database,
  setupFiles: [`<rootDir>/tests/support/use-${database}.js`],
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
})

export default {
  globalSetup: '<rootDir>/tests/support/globalSetup.js',
  // One process: the integration projects share one database per adapter, and the machine has two cores.
  maxWorkers: 1,
  globalTeardown: '<rootDir>/tests/support/globalTeardown.js',
  projects: [
    { ...shared, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    integration('sqlite'),
    ...(process.env.TEST_POSTGRES_URL ? [integration('postgres')] : []),
  ],
  testTimeout: 120_000,
}
