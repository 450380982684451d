/**
 * Starts Payload with the server rather than on the first request, so migrations run, the demo
 * desk is seeded and its logins are printed as soon as `npm start` is up, and the job queue starts
 * (figures' AVIF renditions are made there).
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return
  const [{ getPayload }, { default: config }] = await Promise.all([
    import('payload'),
    import('@payload-config'),
  ])
  await getPayload({ config, cron: true })
}
