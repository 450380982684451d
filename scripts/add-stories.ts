/**
 * `tsx scripts/add-stories.ts <count> [figures]`: adds `count` published stories to the desk
 * DATABASE_URL names, which `npm run seed` made (the demo users write them), to measure a desk
 * larger than the demo: backup and restore times and sizes in the README. Each story has the
 * sections of a demo story and a hero figure from `figures` new ones (default: one per ten
 * stories), and goes through the real workflow: the editor writes and submits, the reviewer
 * approves and publishes, so each keeps its versions as an edited story would.
 */
import { createLocalReq, getPayload, type PayloadRequest } from 'payload'

import config from '../payload.config'
import { demoLogins, toSection } from '../src/seed'
import { demoStories } from '../src/seed/demoContent'
import { demoImage } from '../src/seed/demoImage'
import { slugs } from '../src/shared/slugs'
import type { Role } from '../src/shared/roles'
import { runWorkflowAction } from '../src/workflow/server'

const [countArg, figuresArg] = process.argv.slice(2)
const count = Number(countArg)
const figureCount = figuresArg === undefined ? Math.ceil(count / 10) : Number(figuresArg)
if (!Number.isInteger(count) || count < 1 || !Number.isInteger(figureCount) || figureCount < 1) {
  console.error('usage: tsx scripts/add-stories.ts <count ≥ 1> [figures ≥ 1]')
  process.exit(2)
}

const payload = await getPayload({ config, disableOnInit: true })

async function actingAs(role: Role): Promise<PayloadRequest> {
  const { email } = demoLogins.find((login) => login.role === role)!
  const { docs } = await payload.find({ collection: 'users', where: { email: { equals: email } } })
  if (!docs[0]) throw new Error(`no ${email}: run npm run seed on this database first`)
  return createLocalReq({ user: { ...docs[0], collection: 'users' } }, payload)
}
const editor = await actingAs('editor')
const reviewer = await actingAs('reviewer')

const figureIDs: number[] = []
for (let index = 0; index < figureCount; index++) {
  const { hero } = demoStories[index % demoStories.length]
  const data = await demoImage(hero.palette, 1600, 1000)
  const figure = await payload.create({
    collection: slugs.figures,
    data: { alt: `${hero.alt}, take ${index + 1}`, caption: hero.caption, credit: hero.credit },
    file: { data, mimetype: 'image/jpeg', name: `desk-figure-${index + 1}.jpg`, size: data.length },
    req: editor,
  })
  figureIDs.push(figure.id as number)
}

const started = Date.now()
for (let index = 0; index < count; index++) {
  const { hero: _hero, sections, ...fields } = demoStories[index % demoStories.length]
  const story = await payload.create({
    collection: slugs.stories,
    data: {
      ...fields,
      headline: `${fields.headline.slice(0, 70)}, part ${index + 1}`,
      heroFigure: figureIDs[index % figureIDs.length],
      sections: sections.map(toSection),
    },
    draft: true,
    req: editor,
  })
  await runWorkflowAction({ action: 'submit', collection: 'stories', id: story.id, req: editor })
  for (const action of ['approve', 'publish'] as const)
    await runWorkflowAction({ action, collection: 'stories', id: story.id, req: reviewer })
}
console.log(
  `Added ${count} published stories and ${figureCount} figures in ${Date.now() - started} ms.`,
)
await payload.destroy()
process.exit(0)
