process.env.DATABASE_URL = process.env.NEWSDESK_TEST_POSTGRES_URL
process.env.FIGURES_DIR = process.env.NEWSDESK_TEST_POSTGRES_FIGURES
process.env.NEWSDESK_RUN_JOBS = 'false'
