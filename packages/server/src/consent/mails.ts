import type { ConsentScope } from '@youthchat/core';
import type { MailMessage } from '../mail/types.js';
import { fill, type NoticeLocale, parentTexts } from './texts.js';

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

function formatDate(ms: number, locale: NoticeLocale): string {
  return `${new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' }).format(ms)} UTC`;
}

/** A mail of paragraphs and one link, as text and as simple HTML (`lang` set for screen readers). */
function compose(
  locale: NoticeLocale,
  to: string,
  subject: string,
  before: string[],
  link: { label: string; url: string },
  after: string[],
  kind: string,
): MailMessage {
  const text = [...before, `${link.label}\n${link.url}`, ...after].join('\n\n');
  const paragraphs = (lines: string[]) => lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('\n');
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1a1a1a; max-width: 40em">
${paragraphs(before)}
<p>${escapeHtml(link.label)}<br><a href="${escapeHtml(link.url)}">${escapeHtml(link.url)}</a></p>
${paragraphs(after)}
</body></html>`;
  return { to, subject, text, html, headers: { 'X-Youthchat-Kind': kind, 'Content-Language': locale } };
}

interface Common {
  to: string;
  locale: NoticeLocale;
  service: string;
}

/** The direct notice's mail: what the child asked, the single-use link, and what happens if nothing is done. */
export function requestMail(
  input: Common & {
    band: string;
    country: string;
    provider: string;
    link: string;
    expiresAt: number;
    days: number;
    reportDays: number;
  },
): MailMessage {
  const t = parentTexts[input.locale];
  const values = {
    service: input.service,
    band: input.band,
    country: input.country,
    provider: input.provider,
    days: input.days,
    reportDays: input.reportDays,
    expires: formatDate(input.expiresAt, input.locale),
  };
  const f = (s: string) => fill(s, values);
  return compose(
    input.locale,
    input.to,
    f(t.requestSubject),
    [
      f(t.intro),
      `${t.collectedHeading}: ${f(t.collected)}`,
      `${t.thirdPartiesHeading}: ${f(t.thirdPartiesAI)}`,
      `${t.retentionHeading}: ${f(t.retention)}`,
      `${t.rightsHeading}: ${f(t.rights)}`,
    ],
    { label: f(t.requestOpen), url: input.link },
    [f(t.requestIgnore), f(t.signature)],
    'consent-request',
  );
}

/** The receipt of a decision, with the manage link. */
export function decisionMail(
  input: Common & {
    granted: boolean;
    scopes: ConsentScope[];
    provider: string;
    manageLink: string;
    manageExpiresAt: number;
    /** The age group the parent confirmed, by its name, when they confirmed one. */
    ageBand?: string;
  },
): MailMessage {
  const t = parentTexts[input.locale];
  const values = { service: input.service, provider: input.provider };
  const f = (s: string) => fill(s, values);
  const scopeNames = input.scopes
    .map((s) => f(s === 'use' ? t.scopeUseTitle : t.scopeAITitle).toLowerCase())
    .join(', ');
  return compose(
    input.locale,
    input.to,
    f(t.decisionSubject),
    [
      input.granted ? fill(t.decisionGranted, { scopes: scopeNames }) : t.decisionDenied,
      ...(input.granted && input.ageBand ? [fill(t.decisionAge, { band: input.ageBand })] : []),
    ],
    { label: fill(t.manageLink, { expires: formatDate(input.manageExpiresAt, input.locale) }), url: input.manageLink },
    [f(t.signature)],
    'consent-decision',
  );
}

/** The email-plus confirmation, sent after a delay. */
export function confirmationMail(input: Common & { manageLink: string; manageExpiresAt: number }): MailMessage {
  const t = parentTexts[input.locale];
  const f = (s: string) => fill(s, { service: input.service });
  return compose(
    input.locale,
    input.to,
    f(t.confirmSubject),
    [f(t.confirmBody)],
    { label: fill(t.manageLink, { expires: formatDate(input.manageExpiresAt, input.locale) }), url: input.manageLink },
    [f(t.signature)],
    'consent-confirmation',
  );
}
