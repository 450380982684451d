/**
 * Mutation testing of the pure modules: the rules a newsroom relies on and that unit tests can
 * reach without a database. `npm run test:mutation` prints the score; under 90% it fails.
 * The Jest configuration is the unit project's, limited to the tests that exercise these modules.
 */
export default {
  checkers: ['typescript'],
  coverageAnalysis: 'perTest',
  ignoreStatic: true,
  incremental: false,
  jest: { configFile: 'jest.mutation.config.js', enableFindRelatedTests: false },
  mutate: [
    'src/workflow/table.ts',
    'hooks/rules/**/*.ts',
    'src/access/queryRules.ts',
    'src/shared/roles.ts',
    'src/preview/token.ts',
    'src/figures/sniff.ts',
    'src/figures/settings.ts',
    'src/desk/due.ts',
  ],
  reporters: ['clear-text', 'progress', 'html', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  htmlReporter: { fileName: 'reports/mutation/index.html' },
  testRunner: 'jest',
  testRunnerNodeArgs: ['--experimental-vm-modules', '--no-deprecation'],
  thresholds: { break: 90, high: 95, low: 90 },
  tsconfigFile: 'tsconfig.mutation.json',
  concurrency: 2,
  tempDirName: '.stryker-tmp',
}
