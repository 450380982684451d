/**
 * Starts Payload on the DATABASE_URL and FIGURES_DIR it is given, as the app would on restored
 * data, and prints its inventory (tests/support/inventory.ts) as one JSON line.
 */
import { getPayload } from 'payload'

import config from '../../payload.config'
import { inventory } from './inventory'

const payload = await getPayload({ config, disableOnInit: true })
console.log(`INVENTORY ${JSON.stringify(await inventory(payload, process.env.FIGURES_DIR!))}`)
await payload.destroy()
process.exit(0)
