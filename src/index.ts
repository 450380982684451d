import path from 'node:path'

import type { CollectionConfig, Config } from 'payload'

import { Figures } from '../collections/Figures'
import { Issues } from '../collections/Issues'
import { Sponsors } from '../collections/Sponsors'
import { Stories } from '../collections/Stories'
import { Users, withRoles } from '../collections/Users'
import { Newsletter } from '../globals/Newsletter'
import { makeFigureAvifTask } from './figures/avifTask'
import { withFigureUploadLimits } from './figures/uploadLimits'
import { figureSettings } from './figures/settings'
import type { NewsdeskOptions } from './options'

export type { NewsdeskOptions } from './options'
export { roles, type Role } from './roles'
export { slugs } from './slugs'

/** Adds roles to the host's users collection, or brings a users collection when there is none. */
const withNewsroomUsers = (collections: CollectionConfig[], usersSlug: string): CollectionConfig[] =>
  collections.some((collection) => collection.slug === usersSlug)
    ? collections.map((collection) => (collection.slug === usersSlug ? withRoles(collection) : collection))
    : [...collections, Users(usersSlug)]

/**
 * The Newsdesk plugin: the collections, globals and rules of a newsletter's editorial desk,
 * added to any Payload config.
 */
export const newsdesk =
  (options: NewsdeskOptions = {}) =>
  (config: Config): Config => {
    if (options.disabled) return config
    const usersSlug = options.usersSlug ?? config.admin?.user ?? 'users'
    const figuresDir = options.figuresDir ?? path.resolve(process.cwd(), 'figures')
    const figures = figureSettings(options.figures)
    return {
      ...config,
      admin: { ...config.admin, user: usersSlug },
      collections: [
        ...withNewsroomUsers(config.collections ?? [], usersSlug),
        Issues,
        Stories,
        Figures(figuresDir, figures),
        Sponsors,
      ],
      globals: [...(config.globals ?? []), Newsletter],
      jobs: { ...config.jobs, tasks: [...(config.jobs?.tasks ?? []), makeFigureAvifTask(figures, figuresDir)] },
      upload: withFigureUploadLimits(config.upload, figures),
    }
  }
