process.env.DATABASE_URL = process.env.NEWSDESK_TEST_SQLITE_URL
process.env.FIGURES_DIR = process.env.NEWSDESK_TEST_SQLITE_FIGURES
process.env.NEWSDESK_RUN_JOBS = 'false'
