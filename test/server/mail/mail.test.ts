import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  createFileMailer,
  createMailboxHandler,
  createMailerFromConfig,
  createSmtpMailer,
  listMail,
  MailError,
  readMail,
} from '@youthchat/server';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'youthchat-mail-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

describe('the .eml mailbox', () => {
  it('writes each message as a private .eml file in a private folder, and reads it back', async () => {
    const dir = join(tempDir(), 'mail');
    const mailer = createFileMailer({ dir, from: 'Example <no-reply@example.com>' });
    expect(mailer.kind).toBe('file');
    await mailer.send({
      to: 'parent@example.com',
      subject: 'Ihr Kind möchte den Chat nutzen: bitte entscheiden Sie',
      text: 'Hallo,\nbitte öffnen Sie http://localhost:8787/parent/consent/abc',
      html: '<p>Hallo, <a href="http://localhost:8787/parent/consent/abc">öffnen</a></p>',
      headers: { 'X-Youthchat-Kind': 'consent-request' },
    });
    const files = readdirSync(dir);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatch(/\.eml$/);
    if (process.platform !== 'win32') {
      expect(statSync(dir).mode & 0o777).toBe(0o700);
      expect(statSync(join(dir, files[0] as string)).mode & 0o777).toBe(0o600);
    }
    const raw = readFileSync(join(dir, files[0] as string), 'utf8');
    expect(raw).toMatch(/^Content-Type: multipart\/alternative/m);
    expect(raw).toMatch(/^To: parent@example\.com$/m);

    const [message] = await listMail(dir);
    expect(message).toMatchObject({
      to: 'parent@example.com',
      from: 'Example <no-reply@example.com>',
      subject: 'Ihr Kind möchte den Chat nutzen: bitte entscheiden Sie',
      text: 'Hallo,\nbitte öffnen Sie http://localhost:8787/parent/consent/abc',
    });
    expect(message?.html).toContain('<a href="http://localhost:8787/parent/consent/abc">öffnen</a>');
    expect(message?.headers['x-youthchat-kind']).toBe('consent-request');
    expect(await readMail(dir, message?.id as string)).toEqual(message);
  });

  it('lists newest first and refuses ids that are paths', async () => {
    const dir = tempDir();
    const mailer = createFileMailer({ dir });
    await mailer.send({ to: 'a@example.com', subject: 'first', text: 'one' });
    await new Promise((resolve) => setTimeout(resolve, 5));
    await mailer.send({ to: 'b@example.com', subject: 'second', text: 'two' });
    expect((await listMail(dir)).map((m) => m.subject)).toEqual(['second', 'first']);
    expect(await readMail(dir, '../secret')).toBeNull();
    expect(await listMail(join(dir, 'missing'))).toEqual([]);
  });

  it('serves the mailbox as JSON for the demo', async () => {
    const dir = tempDir();
    await createFileMailer({ dir }).send({ to: 'p@example.com', subject: 'Hello', text: 'Body' });
    const mailbox = createMailboxHandler({ dir });
    const list = await mailbox(new Request('http://x/api/dev/mail'));
    const { messages } = (await list.json()) as { messages: { id: string; subject: string }[] };
    expect(messages.map((m) => m.subject)).toEqual(['Hello']);
    const one = await mailbox(new Request(`http://x/api/dev/mail/${messages[0]?.id}`));
    expect(((await one.json()) as { message: { text: string } }).message.text).toBe('Body');
    const missing = await mailbox(new Request('http://x/api/dev/mail/20260101T000000000Z-0000000000000000'));
    expect(missing.status).toBe(404);
    expect((await mailbox(new Request('http://x/api/dev/mail', { method: 'POST' }))).status).toBe(405);
  });

  it('is what the server uses without SMTP_URL, and the banner says where', () => {
    const dataDir = tempDir();
    const { mailer, notes, mailDir } = createMailerFromConfig({ dataDir });
    expect(mailer.kind).toBe('file');
    expect(mailDir).toBe(join(dataDir, 'mail'));
    expect(notes.join('\n')).toContain(`.eml files to ${join(dataDir, 'mail')}`);
  });
});

describe('SMTP', () => {
  let server: SMTPServer;
  let port = 0;
  const received: { from: string; to: string[]; data: string }[] = [];
  let rejectNext = false;

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, session, callback) {
        let data = '';
        stream.setEncoding('utf8');
        stream.on('data', (chunk: string) => {
          data += chunk;
        });
        stream.on('end', () => {
          if (rejectNext) {
            rejectNext = false;
            const error = Object.assign(new Error('550 mailbox parent@example.com unavailable'), { responseCode: 550 });
            return callback(error);
          }
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            data,
          });
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });
  afterEach(() => {
    received.length = 0;
  });

  it('sends through a real SMTP server when SMTP_URL is set', async () => {
    const { mailer, notes } = createMailerFromConfig({
      smtpUrl: `smtp://127.0.0.1:${port}`,
      from: 'Example <no-reply@example.com>',
      dataDir: tempDir(),
    });
    expect(mailer.kind).toBe('smtp');
    expect(notes.join('\n')).toContain(`smtp://127.0.0.1:${port}`);
    try {
      const { messageId } = await mailer.send({ to: 'parent@example.com', subject: 'Decide, please', text: 'Link' });
      expect(messageId).toMatch(/^<.+>$/);
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({ from: 'no-reply@example.com', to: ['parent@example.com'] });
      expect(received[0]?.data).toContain('Subject: Decide, please');
    } finally {
      await mailer.close();
    }
  });

  it('reports a refused message without the address in the error', async () => {
    const mailer = createSmtpMailer({ url: `smtp://127.0.0.1:${port}` });
    rejectNext = true;
    try {
      const error = await mailer.send({ to: 'parent@example.com', subject: 's', text: 't' }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(MailError);
      expect((error as Error).message).toContain('550');
      expect((error as Error).message).not.toContain('parent@example.com');
    } finally {
      await mailer.close();
    }
  });

  it('refuses a URL that is not smtp', () => {
    expect(() => createSmtpMailer({ url: 'http://example.com' })).toThrow(MailError);
  });
});
