import { randomBytes } from 'node:crypto';
import { chmod, mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { parseEml } from './eml.js';
import { DEFAULT_MAIL_FROM, MailError, type Mailer, type StoredMail } from './types.js';

export interface FileMailerOptions {
  /** The mailbox folder, made 0700 if missing (`mail/` in the data folder). */
  dir: string;
  /** The sender. @default 'youthchat <no-reply@localhost>' */
  from?: string;
}

/** A message id in the mailbox: a sortable time and 8 random bytes. */
const ID_PATTERN = /^\d{8}T\d{9}Z-[0-9a-f]{16}$/;

function newId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${randomBytes(8).toString('hex')}`;
}

/**
 * Writes each message as an `.eml` file (RFC 5322, built by nodemailer) to a
 * private folder: what the server does without `SMTP_URL`, so a whole consent
 * flow runs on one machine. Files are 0600: they hold a parent's address and
 * a live link.
 *
 * @example
 * const mailer = createFileMailer({ dir: join(dataDir, 'mail') });
 * await mailer.send({ to: 'parent@example.com', subject: 'Hello', text: '…' });
 */
export function createFileMailer(options: FileMailerOptions): Mailer {
  const from = options.from ?? DEFAULT_MAIL_FROM;
  // nodemailer's stream transport builds the MIME message without sending it anywhere.
  const composer = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  let ready: Promise<void> | undefined;
  const prepare = () => {
    ready ??= (async () => {
      await mkdir(options.dir, { recursive: true, mode: 0o700 });
      if (process.platform !== 'win32') await chmod(options.dir, 0o700);
    })();
    return ready;
  };
  return {
    kind: 'file',
    async send(message) {
      await prepare();
      const id = newId(new Date());
      try {
        const info = await composer.sendMail({
          from,
          to: message.to,
          subject: message.subject,
          text: message.text,
          ...(message.html !== undefined ? { html: message.html } : {}),
          ...(message.headers ? { headers: message.headers } : {}),
          textEncoding: 'base64',
          messageId: `<${id}@youthchat.local>`,
          date: new Date(),
        });
        const file = join(options.dir, `${id}.eml`);
        await writeFile(file, info.message as Buffer, { mode: 0o600, flag: 'wx' });
        return { messageId: info.messageId };
      } catch (error) {
        throw new MailError('The message could not be written to the mail folder.', { cause: codeOf(error) });
      }
    },
    async close() {
      composer.close();
    },
  };
}

/** An error's code (ENOSPC, EACCES…), never its text, which may hold a path or an address. */
function codeOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/**
 * The messages in a file mailer's folder, newest first (at most `limit`).
 * A missing folder is an empty mailbox.
 */
export async function listMail(dir: string, options: { limit?: number } = {}): Promise<StoredMail[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return [];
    throw error;
  }
  const ids = names
    .filter((name) => name.endsWith('.eml'))
    .map((name) => name.slice(0, -4))
    .filter((id) => ID_PATTERN.test(id))
    .sort()
    .reverse()
    .slice(0, options.limit ?? 100);
  const messages: StoredMail[] = [];
  for (const id of ids) {
    const message = await readMail(dir, id);
    if (message) messages.push(message);
  }
  return messages;
}

/** One message by id, or null for an id that is not one (no path can be read through it). */
export async function readMail(dir: string, id: string): Promise<StoredMail | null> {
  if (!ID_PATTERN.test(id)) return null;
  const file = join(dir, `${id}.eml`);
  let raw: string;
  try {
    raw = await readFile(file, 'utf8');
  } catch (error) {
    if (codeOf(error) === 'ENOENT') return null;
    throw error;
  }
  const { headers, text, html } = parseEml(raw);
  const date = headers.date ? new Date(headers.date) : (await stat(file)).mtime;
  return {
    id,
    from: headers.from ?? '',
    to: headers.to ?? '',
    subject: headers.subject ?? '',
    date: Number.isNaN(date.getTime()) ? new Date(0).toISOString() : date.toISOString(),
    text,
    ...(html !== undefined ? { html } : {}),
    headers,
  };
}
