import nodemailer from 'nodemailer';
import { DEFAULT_MAIL_FROM, MailError, type Mailer } from './types.js';

export interface SmtpMailerOptions {
  /** `smtp://user:pass@host:587` (STARTTLS when offered) or `smtps://…:465` (`SMTP_URL`). */
  url: string;
  /** The sender. @default 'youthchat <no-reply@localhost>' */
  from?: string;
}

/**
 * Sends through an SMTP server with nodemailer, one pooled connection reused.
 *
 * @example
 * const mailer = createSmtpMailer({ url: process.env.SMTP_URL!, from: 'Example <no-reply@example.com>' });
 */
export function createSmtpMailer(options: SmtpMailerOptions): Mailer {
  const from = options.from ?? DEFAULT_MAIL_FROM;
  const url = new URL(options.url);
  if (url.protocol !== 'smtp:' && url.protocol !== 'smtps:') {
    throw new MailError(`SMTP_URL must start with smtp:// or smtps://; got "${url.protocol}//".`);
  }
  if (!url.searchParams.has('pool')) url.searchParams.set('pool', 'true');
  const transport = nodemailer.createTransport(url.toString());
  return {
    kind: 'smtp',
    async send(message) {
      try {
        const info = await transport.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          ...(message.headers ? { headers: message.headers } : {}),
        });
        return { messageId: info.messageId };
      } catch (error) {
        // The server's reply may quote the recipient: keep only its code.
        const code =
          typeof error === 'object' && error !== null && 'responseCode' in error ? error.responseCode : undefined;
        const responseCode = typeof code === 'number' ? code : undefined;
        throw new MailError(`The SMTP server did not accept the message${code ? ` (reply ${code})` : ''}.`, {
          ...(responseCode !== undefined ? { responseCode } : {}),
        });
      }
    },
    async close() {
      transport.close();
    },
  };
}

/** The SMTP server's host and port, for the start-up banner (never the credentials). */
export function describeSmtpUrl(raw: string): string {
  const url = new URL(raw);
  return `${url.protocol}//${url.hostname}${url.port ? `:${url.port}` : ''}`;
}
