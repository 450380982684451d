import type {
  CollectionBeforeOperationHook,
  CollectionBeforeReadHook,
  PayloadRequest,
} from 'payload'

import { outOfTime } from '../../src/access/timeBudget'

/** Only a request with a time budget stops, and only once its time is up. */
function stopIfOutOfTime(req: PayloadRequest): void {
  const error = outOfTime(req as Partial<Request>)
  if (error) throw error
}

/** Starts no operation (a list, a relationship's population, a write) once the time is up. */
export const stopOperationWhenOutOfTime: CollectionBeforeOperationHook = ({ req }) =>
  stopIfOutOfTime(req)

/** Reads no further document once the time is up: a list's documents are read one by one. */
export const stopReadingWhenOutOfTime: CollectionBeforeReadHook = ({ req }) => stopIfOutOfTime(req)
