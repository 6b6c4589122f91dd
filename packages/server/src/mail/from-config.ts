import { join } from 'node:path';
import { createFileMailer } from './file.js';
import { createSmtpMailer, describeSmtpUrl } from './smtp.js';
import type { Mailer } from './types.js';

export interface MailConfig {
  /** `SMTP_URL`; unset, mail is written as `.eml` files. */
  smtpUrl?: string;
  /** `YOUTHCHAT_MAIL_FROM`. */
  from?: string;
  /** The data folder; the mailbox is its `mail/` folder. */
  dataDir: string;
}

/**
 * The mailer `youthchat-server` uses: SMTP when `SMTP_URL` is set, otherwise
 * `.eml` files in `mail/` in the data folder. `mailDir` is set for the latter.
 */
export function createMailerFromConfig(config: MailConfig): { mailer: Mailer; notes: string[]; mailDir?: string } {
  const from = config.from ? { from: config.from } : {};
  if (config.smtpUrl) {
    return {
      mailer: createSmtpMailer({ url: config.smtpUrl, ...from }),
      notes: [`mail: sent through ${describeSmtpUrl(config.smtpUrl)} (SMTP_URL)`],
    };
  }
  const mailDir = join(config.dataDir, 'mail');
  return {
    mailer: createFileMailer({ dir: mailDir, ...from }),
    notes: [`mail: not sent; written as .eml files to ${mailDir} (set SMTP_URL to send)`],
    mailDir,
  };
}
