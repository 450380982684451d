import config from './jest.config.js'

const unit = config.projects.find((project) => project.displayName === 'unit')

/** The unit tests of the modules stryker.config.mjs mutates, run as the unit project runs them. */
export default {
  ...unit,
  testMatch: [
    '<rootDir>/tests/unit/workflow-table.test.ts',
    '<rootDir>/tests/unit/rules.test.ts',
    '<rootDir>/tests/unit/query-rules.test.ts',
    '<rootDir>/tests/unit/preview-token.test.ts',
    '<rootDir>/tests/unit/figure-pipeline.test.ts',
    '<rootDir>/tests/unit/figure-sniff.test.ts',
    '<rootDir>/tests/unit/figure-settings.test.ts',
    '<rootDir>/tests/unit/roles.test.ts',
    '<rootDir>/tests/unit/desk-due.test.ts',
  ],
}
