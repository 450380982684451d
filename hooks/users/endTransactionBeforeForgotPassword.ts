import { commitTransaction, type CollectionBeforeOperationHook } from 'payload'

/**
 * Payload's forgotPassword opens a transaction and then, on purpose, reserves the account's
 * once-per-interval slot with a write outside it, so that the slot holds even if the mail fails.
 * On SQLite the open transaction already holds the database's one write lock, so that write
 * fails with "database is locked" and every reset request answers 500. The transaction has
 * written nothing yet, so it ends here; the reset token is then saved in a transaction of its own.
 * (Called inside a caller's transaction, forgotPassword cannot work on SQLite at all, as that
 * transaction holds the lock; nothing in Newsdesk calls it so.)
 */
export const endTransactionBeforeForgotPassword: CollectionBeforeOperationHook = async ({
  args,
  operation,
  req,
}) => {
  if (operation === 'forgotPassword' && req.payload.db.name === 'sqlite' && req.transactionID) {
    await commitTransaction(req)
  }
  return args
}
