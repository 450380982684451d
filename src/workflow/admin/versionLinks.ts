import type { SanitizedConfig } from 'payload'

import type { ID } from '../../shared/ids'

/** Payload's comparison of one version against another (its previous one when `from` is not given). */
export const comparisonURL = (
  config: Pick<SanitizedConfig, 'routes'>,
  collection: string,
  id: ID,
  to: ID,
  from?: ID,
): string =>
  `${config.routes.admin}/collections/${collection}/${id}/versions/${to}${from === undefined ? '' : `?versionFrom=${from}`}`
