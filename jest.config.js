/**
 * Unit tests run once; integration tests run once per database: always on SQLite, and on
 * PostgreSQL when TEST_POSTGRES_URL names a server (tests create and drop their own database).
 */
const shared = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  moduleNameMapper: {
    '^@payload-config$': '<rootDir>/payload.config.ts',
    // The app uses the plugin from source, as tsconfig.json's paths say.
    '^newsdesk$': '<rootDir>/src/index.ts',
    '^newsdesk/(client|rsc|next)$': '<rootDir>/src/exports/$1.ts',
    '\\.(css|scss)$': '<rootDir>/tests/support/emptyModule.js',
  },
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', tsx: true },
          target: 'es2022',
          transform: { react: { runtime: 'automatic' } },
        },
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
    // Packs the plugin and installs the tarball into a scratch Payload project.
    { ...shared, displayName: 'package', testMatch: ['<rootDir>/tests/package/**/*.test.ts'] },
    integration('sqlite'),
    ...(process.env.TEST_POSTGRES_URL ? [integration('postgres')] : []),
    // Needs a production build (`npm run build`) and Debian's chromium; `npm run test:e2e` runs it.
    ...(process.env.NEWSDESK_E2E
      ? [{ ...shared, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'] }]
      : []),
  ],
  testTimeout: 120_000,
}
