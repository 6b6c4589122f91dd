import { useYouthSafety } from '@youthchat/react';
import { Fragment, useCallback, useEffect, useState } from 'react';

interface Mail {
  id: string;
  from: string;
  to: string;
  subject: string;
  date: string;
  text: string;
}

/** A parent's link opens this page (whatever public URL the server was given), as the parent's device would. */
function onThisPage(href: string): string {
  try {
    const url = new URL(href);
    return url.pathname.startsWith('/parent/') ? `${window.location.origin}${url.pathname}${url.search}` : href;
  } catch {
    return href;
  }
}

/** The message's text with its links made clickable. */
function MailText({ text }: { text: string }) {
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <p className="demo-mail__text">
      {parts.map((part, index) =>
        /^https?:\/\//.test(part) ? (
          <a key={index} href={onThisPage(part)} target="_blank" rel="noopener noreferrer">
            {onThisPage(part)}
          </a>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </p>
  );
}

/**
 * Step 1b (demo only): the parent's mailbox. Without SMTP_URL the server
 * writes each message as an .eml file to mail/ in the data folder; the
 * demo's /demo/mail route reads them back, so the whole consent flow runs on
 * one machine.
 */
export function MailboxSection() {
  const { age } = useYouthSafety('MailboxSection');
  const [mail, setMail] = useState<Mail[] | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    try {
      const response = await fetch('/demo/mail', { cache: 'no-store' });
      if (!response.ok) throw new Error(String(response.status));
      const body = (await response.json()) as { messages?: Mail[] };
      setMail(body.messages ?? []);
      setFailed(false);
    } catch {
      setFailed(true);
    }
  }, []);

  // A new request (the gate's consent changes) or a decision brings new mail.
  useEffect(() => {
    void load();
  }, [load, age?.consent]);

  const shown = mail?.find((message) => message.id === open);

  return (
    <section className="demo-section demo-section--moderator" aria-labelledby="demo-mailbox">
      <h2 id="demo-mailbox">
        <span className="demo-step">1b</span> Parent’s mailbox <span className="demo-badge">demo only</span>
      </h2>
      <p className="demo-note">
        Without <code>SMTP_URL</code>, mail to parents is written as <code>.eml</code> files to <code>mail/</code> in
        the data folder. Here you play the parent: open the message and follow its link (it opens the parent’s page in a
        new tab). The gate above moves on by itself once the parent decides.
      </p>
      <button type="button" className="yc-button" data-variant="secondary" onClick={() => void load()}>
        Refresh the mailbox
      </button>
      {failed ? (
        <p className="demo-waiting">The mailbox could not be read: start the demo with pnpm start, without SMTP_URL.</p>
      ) : mail === null ? null : mail.length === 0 ? (
        <p className="demo-waiting">
          No mail yet. Answer the age gate as a child below the consent age, then ask a parent by email.
        </p>
      ) : (
        <ul className="demo-mail__list" aria-label="Messages">
          {mail.map((message) => (
            <li key={message.id}>
              <button
                type="button"
                className="demo-mail__item"
                aria-expanded={open === message.id}
                aria-controls={open === message.id ? 'demo-mail-open' : undefined}
                onClick={() => setOpen(open === message.id ? null : message.id)}
              >
                <span className="demo-mail__subject">{message.subject}</span>
                <span className="demo-mail__meta">
                  To {message.to} · {new Date(message.date).toLocaleString()}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {shown ? (
        <article id="demo-mail-open" className="demo-mail__open" aria-labelledby="demo-mail-subject">
          <h3 id="demo-mail-subject">{shown.subject}</h3>
          <p className="demo-mail__meta">
            From {shown.from} · To {shown.to}
          </p>
          <MailText text={shown.text} />
        </article>
      ) : null}
    </section>
  );
}
