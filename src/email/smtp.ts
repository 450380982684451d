import nodemailer from 'nodemailer'
import type { EmailAdapter } from 'payload'

/**
 * Sends Payload's mail over SMTP when SMTP_HOST is set (SMTP_PORT, SMTP_USER, SMTP_PASS,
 * SMTP_SECURE, EMAIL_FROM_ADDRESS, EMAIL_FROM_NAME refine it). Without SMTP_HOST it returns
 * undefined, and Payload writes each message to the console instead.
 */
export function smtpEmailAdapter(env: NodeJS.ProcessEnv = process.env): EmailAdapter | undefined {
  if (!env.SMTP_HOST) return undefined
  const transport = nodemailer.createTransport({
    auth: env.SMTP_USER ? { pass: env.SMTP_PASS, user: env.SMTP_USER } : undefined,
    host: env.SMTP_HOST,
    port: Number(env.SMTP_PORT ?? 587),
    secure: env.SMTP_SECURE === 'true',
  })
  const defaultFromAddress = env.EMAIL_FROM_ADDRESS ?? 'newsdesk@localhost'
  const defaultFromName = env.EMAIL_FROM_NAME ?? 'Newsdesk'
  return () => ({
    defaultFromAddress,
    defaultFromName,
    name: 'smtp',
    sendEmail: (message) =>
      transport.sendMail({ from: `"${defaultFromName}" <${defaultFromAddress}>`, ...message }),
  })
}
