export { createFileMailer, type FileMailerOptions, listMail, readMail } from './file.js';
export { createMailerFromConfig, type MailConfig } from './from-config.js';
export { createMailboxHandler } from './mailbox.js';
export { createMemoryMailer, type MemoryMailer } from './memory.js';
export { createSmtpMailer, describeSmtpUrl, type SmtpMailerOptions } from './smtp.js';
export { DEFAULT_MAIL_FROM, MailError, type Mailer, type MailMessage, type StoredMail } from './types.js';
