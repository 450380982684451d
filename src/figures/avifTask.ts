import fs from 'node:fs/promises'
import path from 'node:path'

import type { JobsConfig, PayloadRequest, TaskConfig } from 'payload'

import { slugs } from '../shared/slugs'
import { nameRenditions, removeFiles, writeAllOrNone, type FigureSource } from './files'
import { focalPointOf, savedByTask } from './pending'
import { renderStored } from './pipeline'
import type { FigureSettings } from './settings'
import type { ID } from '../shared/ids'

const figureAvifTask = 'makeFigureAvif'
const figuresQueue = 'figures'

interface TaskFigure {
  filename?: string | null
  focalX?: number | null
  focalY?: number | null
  sources?: FigureSource[] | null
}

const findFigure = async (req: PayloadRequest, id: ID): Promise<TaskFigure | null> =>
  (await req.payload.findByID({
    collection: slugs.figures,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as TaskFigure | null

const avifVariants = (figure: TaskFigure): Set<string> =>
  new Set(
    (figure.sources ?? [])
      .filter((source) => source.format === 'avif')
      .map((source) => source.variant),
  )

/** Still the same file and focal point the AVIF files were made for. */
const sameSource = (made: TaskFigure, now: TaskFigure | null): now is TaskFigure =>
  now !== null &&
  now.filename === made.filename &&
  now.focalX === made.focalX &&
  now.focalY === made.focalY

/**
 * The host's queues, plus the figures queue every five seconds, four tasks at a time: AVIF files
 * follow an upload within seconds, and a burst of uploads stays within memory.
 */
export const figureAutoRun = (autoRun: JobsConfig['autoRun']): JobsConfig['autoRun'] => {
  const figures = { cron: '*/5 * * * * *', limit: 4, queue: figuresQueue }
  if (typeof autoRun === 'function')
    return async (payload) => [...(await autoRun(payload)), figures]
  return [...(autoRun ?? []), figures]
}

export const queueFigureAvif = async (
  req: PayloadRequest,
  figure: ID,
  filename: string,
): Promise<void> => {
  // The generated input type names the SQL id type; the id is passed on as it is, string or number.
  await req.payload.jobs.queue({
    input: { figure: figure as number, filename },
    queue: figuresQueue,
    req,
    task: figureAvifTask,
  })
}

/**
 * Makes the AVIF renditions a figure's file lacks, after its upload has answered. All files are
 * written before the figure is updated, and a failure removes those written, so a figure never
 * lists a file that is not there; Payload retries the failed task. Work for a file or focal point
 * that has since been replaced is dropped: the save that replaced it queued its own task. Tasks
 * run one at a time, apart from uploads, so a burst of them stays within memory.
 */
export const makeFigureAvifTask = (
  settings: FigureSettings,
): TaskConfig<{ input: { figure: ID; filename: string }; output: { made: number } }> => ({
  slug: figureAvifTask,
  label: 'Make AVIF renditions of a figure',
  inputSchema: [
    { name: 'figure', type: 'relationship', relationTo: slugs.figures, required: true },
    { name: 'filename', type: 'text', required: true },
  ],
  outputSchema: [{ name: 'made', type: 'number', required: true }],
  retries: 3,
  handler: ({ input, req }) =>
    settings.limitBackground(async () => {
      const figure = await findFigure(req, input.figure)
      if (figure?.filename !== input.filename) return { output: { made: 0 } }
      const present = avifVariants(figure)
      const focal = focalPointOf(figure)
      const original = await fs.readFile(path.join(settings.dir, path.basename(input.filename)))
      const renditions = await renderStored(
        original,
        settings,
        focal,
        (item) => item.format === 'avif' && !present.has(item.variant),
      )
      if (renditions.length === 0) return { output: { made: 0 } }

      const { files, sources } = await nameRenditions(
        settings.dir,
        input.filename,
        renditions,
        focal,
      )
      await writeAllOrNone(settings.dir, files)
      const written = files.map((file) => file.filename)
      try {
        const now = await findFigure(req, input.figure)
        // Another server's task may have got there first: then these files are not needed.
        if (
          !sameSource(figure, now) ||
          [...avifVariants(now)].some((variant) => !present.has(variant))
        ) {
          await removeFiles(settings.dir, written)
          return { output: { made: 0 } }
        }
        await req.payload.update({
          collection: slugs.figures,
          context: { [savedByTask]: true },
          data: { sources: [...(now.sources ?? []), ...sources] },
          depth: 0,
          id: input.figure,
          overrideAccess: true,
          req,
        })
      } catch (error) {
        await removeFiles(settings.dir, written)
        throw error
      } finally {
        delete req.context[savedByTask]
      }
      return { output: { made: renditions.length } }
    }),
})
