import { createLocalReq, type PayloadRequest } from 'payload'

/**
 * The request a site read runs under: an anonymous reader's, whoever asked, in the asking
 * request's transaction. The site shows what readers see; read as a staff member, a story would
 * show links to drafts, and the cache would then hand them to the public.
 */
export async function readerRequest(req: PayloadRequest): Promise<PayloadRequest> {
  const reader = await createLocalReq({}, req.payload)
  reader.transactionID = req.transactionID
  return reader
}
