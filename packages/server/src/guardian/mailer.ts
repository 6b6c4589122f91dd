/** One message to a guardian: the shape of the server mailer's messages. */
export interface GuardianMail {
  to: string;
  subject: string;
  text: string;
  /** Extra headers, e.g. the alert's `X-Youthchat-Signature` and the signed `X-Youthchat-Alert`. */
  headers?: Record<string, string>;
}

/**
 * Sends mail: the server's mailer (SMTP with `SMTP_URL`, `.eml` files in the
 * data folder otherwise) fits. A rejection is retried for alerts; for a link
 * request the link is dropped and the teen can ask again.
 */
export interface GuardianMailer {
  send(mail: GuardianMail): Promise<unknown>;
}
