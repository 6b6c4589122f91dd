import type { Mailer, MailMessage } from './types.js';

/** A mailer that keeps messages in an array, for tests and custom delivery. */
export interface MemoryMailer extends Mailer {
  readonly sent: (MailMessage & { messageId: string; date: Date })[];
}

/** Keeps every message in `sent`. */
export function createMemoryMailer(): MemoryMailer {
  const sent: MemoryMailer['sent'] = [];
  return {
    kind: 'memory',
    sent,
    async send(message) {
      const messageId = `<${crypto.randomUUID()}@youthchat.memory>`;
      sent.push({ ...message, messageId, date: new Date() });
      return { messageId };
    },
    async close() {},
  };
}
