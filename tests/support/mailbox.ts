import type { AddressInfo } from 'node:net'

import { simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/** A mail as a test reads it. */
export interface Mail {
  html: string
  subject: string
  text: string
  to: string[]
}

/**
 * A real SMTP server on loopback that keeps every mail it is sent. It points the app at itself
 * through the environment a deployment uses (SMTP_HOST, SMTP_PORT), so start it before the
 * config is loaded.
 */
export async function startMailbox(): Promise<{ close: () => Promise<void>; inbox: Mail[] }> {
  const inbox: Mail[] = []
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((mail) => {
          inbox.push({
            html: mail.html || '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            to: session.envelope.rcptTo.map((address) => address.address),
          })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  process.env.SMTP_HOST = '127.0.0.1'
  process.env.SMTP_PORT = String((smtp.server.address() as AddressInfo).port)
  return { close: () => new Promise<void>((resolve) => smtp.close(() => resolve())), inbox }
}
