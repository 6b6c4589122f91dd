/** One message to a parent or guardian. */
export interface MailMessage {
  /** One address. */
  to: string;
  subject: string;
  /** The plain-text body; every message has one. */
  text: string;
  /** An HTML body shown by mail programs that prefer it. */
  html?: string;
  /** Extra headers, e.g. `{ 'X-Youthchat-Kind': 'consent-request' }`. */
  headers?: Record<string, string>;
}

/**
 * Where mail goes: SMTP (`SMTP_URL`), `.eml` files in the data folder, or
 * memory (tests). A mailer never logs addresses or bodies.
 */
export interface Mailer {
  readonly kind: 'smtp' | 'file' | 'memory';
  /** Sends one message; rejects with `MailError` when it cannot be handed on. */
  send(message: MailMessage): Promise<{ messageId: string }>;
  /** Releases connections. */
  close(): Promise<void>;
}

/** A message the mailer could not hand on. Its text names no address. */
export class MailError extends Error {
  override readonly name = 'MailError';
  readonly code = 'mail_failed';
  /** The SMTP server's reply code, when it answered: 5xx means it refused the message for good (often the address). */
  readonly responseCode: number | undefined;

  constructor(message: string, options: { responseCode?: number; cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : {});
    this.responseCode = options.responseCode;
  }
}

/** The sender when `YOUTHCHAT_MAIL_FROM` is unset. */
export const DEFAULT_MAIL_FROM = 'youthchat <no-reply@localhost>';

/** A message read back from the `.eml` mailbox (`listMail`, `readMail`). */
export interface StoredMail {
  /** The file's name without `.eml`: safe to put in a URL. */
  id: string;
  from: string;
  to: string;
  subject: string;
  /** When it was written (ISO 8601). */
  date: string;
  text: string;
  html?: string;
  /** Every header, names in lower case. */
  headers: Record<string, string>;
}
