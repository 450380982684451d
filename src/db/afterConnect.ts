import type { BaseDatabaseAdapter, DatabaseAdapterObj } from 'payload'

/** The adapter `adapterObj` makes, with `connected` run on it once it has connected. */
export function afterConnect<T extends BaseDatabaseAdapter>(
  adapterObj: DatabaseAdapterObj<T>,
  connected: (adapter: T) => void,
): DatabaseAdapterObj<T> {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args)
      const { connect } = adapter
      adapter.connect = async (options) => {
        await connect?.call(adapter, options)
        connected(adapter)
      }
      return adapter
    },
  }
}
