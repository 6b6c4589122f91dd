import { normalizeCountry } from '../age/consent.js';
import { ConfigurationError } from '../errors.js';
import { localeChain, pickMessages, resolveLocale } from '../i18n/catalogue.js';
import { BUILT_IN_CRISIS_LINES, EMERGENCY_NUMBERS, FIND_A_HELPLINE } from './lines.js';
import { crisisMessages } from './messages.js';
import type { CrisisLine, CrisisLineInput, CrisisLineOptions } from './types.js';

const PHONE = /^\+?[0-9][0-9 ().-]{0,30}$/;
const KEYWORD = /^[A-Za-z0-9]{1,20}$/;
const COUNTRY = /^[A-Z]{2}$/;

/** A `tel:` link for a number as written locally: `0800 1111` → `tel:08001111`. */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^0-9+]/g, '')}`;
}

/** An `sms:` link, with the keyword as the message body when there is one. */
export function smsHref(number: string, keyword?: string): string {
  const to = number.replace(/[^0-9+]/g, '');
  return keyword ? `sms:${to}?body=${encodeURIComponent(keyword)}` : `sms:${to}`;
}

/** The emergency number for a country, when youthchat knows it. */
export function emergencyNumber(country: string | undefined): string | undefined {
  const code = normalizeCountry(country);
  return code ? EMERGENCY_NUMBERS[code] : undefined;
}

/** The country a locale names (`en-GB` → `GB`), if any. */
export function countryOfLocale(locale: string | undefined): string | undefined {
  const region = locale
    ?.replace('_', '-')
    .split('-')
    .slice(1)
    .find((part) => /^[A-Za-z]{2}$/.test(part));
  return region?.toUpperCase();
}

/** Every reason a line cannot be shown; empty when it is fine. */
export function crisisLineProblems(line: CrisisLineInput, path = 'line'): string[] {
  const problems: string[] = [];
  if (typeof line !== 'object' || line === null)
    return [`${path} must be an object with id, name and a phone, sms or url.`];
  if (typeof line.id !== 'string' || line.id.trim() === '') problems.push(`${path}.id must be non-empty text.`);
  if (typeof line.name !== 'string' || line.name.trim() === '') problems.push(`${path}.name must be non-empty text.`);
  if (line.country !== undefined && !COUNTRY.test(String(line.country).toUpperCase())) {
    problems.push(
      `${path}.country must be an ISO 3166-1 alpha-2 code such as "GB"; got ${JSON.stringify(line.country)}.`,
    );
  }
  if (!line.phone && !line.sms && !line.url) problems.push(`${path} needs at least one of phone, sms or url.`);
  if (line.phone !== undefined && !PHONE.test(line.phone))
    problems.push(`${path}.phone must be digits, spaces and dashes; got ${JSON.stringify(line.phone)}.`);
  if (line.sms !== undefined && !PHONE.test(line.sms))
    problems.push(`${path}.sms must be digits, spaces and dashes; got ${JSON.stringify(line.sms)}.`);
  if (line.smsKeyword !== undefined && (!line.sms || !KEYWORD.test(line.smsKeyword))) {
    problems.push(`${path}.smsKeyword must be one word of letters and digits, and needs sms.`);
  }
  if (line.url !== undefined) {
    let protocol = '';
    try {
      protocol = new URL(line.url).protocol;
    } catch {
      // reported below
    }
    if (protocol !== 'https:') problems.push(`${path}.url must be an https address; got ${JSON.stringify(line.url)}.`);
  }
  if (line.topics !== undefined && (!Array.isArray(line.topics) || line.topics.some((t) => typeof t !== 'string'))) {
    problems.push(`${path}.topics must be a list of category names.`);
  }
  if (line.audience !== undefined && line.audience !== 'young' && line.audience !== 'all') {
    problems.push(`${path}.audience must be 'young' or 'all'.`);
  }
  const { description } = line;
  if (description !== undefined && typeof description !== 'string') {
    if (
      typeof description !== 'object' ||
      description === null ||
      Object.values(description).some((d) => typeof d !== 'string')
    ) {
      problems.push(`${path}.description must be text or an object of text by locale.`);
    }
  }
  return problems;
}

function describe(
  input: CrisisLineInput,
  locale: string | undefined,
  builtIn: Readonly<Record<string, string>>,
): string {
  const { description } = input;
  if (typeof description === 'string') return description;
  if (description) {
    for (const tag of localeChain(locale)) {
      const text = description[tag];
      if (text) return text;
    }
  }
  return builtIn[input.id] ?? '';
}

function toLine(
  input: CrisisLineInput,
  locale: string | undefined,
  descriptions: Readonly<Record<string, string>>,
): CrisisLine {
  const line: CrisisLine = {
    id: input.id,
    name: input.name,
    description: describe(input, locale, descriptions),
    alwaysOpen: input.alwaysOpen ?? false,
    free: input.free ?? false,
    audience: input.audience ?? 'all',
    topics: input.topics ?? [],
  };
  if (input.country) line.country = normalizeCountry(input.country) ?? input.country.toUpperCase();
  if (input.phone) {
    line.phone = input.phone;
    line.telHref = telHref(input.phone);
  }
  if (input.sms) {
    line.sms = input.sms;
    line.smsHref = smsHref(input.sms, input.smsKeyword);
    if (input.smsKeyword) line.smsKeyword = input.smsKeyword;
  }
  if (input.url) line.url = input.url;
  return line;
}

function checked(input: CrisisLineInput, path: string): CrisisLineInput {
  const problems = crisisLineProblems(input, path);
  if (problems.length > 0) {
    throw new ConfigurationError('invalid_crisis_line', `A help line cannot be shown:\n- ${problems.join('\n- ')}`);
  }
  return input;
}

/**
 * Help lines for a country, described in the reader's language. Without a
 * country, the locale's region is used (`en-GB` → GB). Where no line is
 * known, the fallback (Find A Helpline) is returned instead.
 *
 * @example
 * getCrisisLines('GB', 'en'); // Childline, Samaritans, Shout
 * getCrisisLines('US', 'es', { lines: [{ id: 'school', name: 'School counselor', phone: '555 0100', country: 'US' }] });
 */
export function getCrisisLines(country?: string, locale?: string, options: CrisisLineOptions = {}): CrisisLine[] {
  const where = normalizeCountry(country ?? countryOfLocale(locale));
  const language = resolveLocale(crisisMessages, locale);
  const { lines: descriptions } = pickMessages(crisisMessages, locale);
  let lines = BUILT_IN_CRISIS_LINES.filter((line) => line.country === where).map(({ localized, ...line }) =>
    toLine({ ...line, ...localized?.[language] }, locale, descriptions),
  );
  if (options.band === 'adult' && lines.some((line) => line.audience === 'all')) {
    lines = lines.filter((line) => line.audience === 'all');
  }
  const extra = options.lines;
  if (typeof extra === 'function') {
    lines = extra(lines).map((input, i) => toLine(checked(input, `lines[${i}]`), locale, descriptions));
  } else if (extra) {
    extra.forEach((input, i) => {
      checked(input, `lines[${i}]`);
      if (input.country && normalizeCountry(input.country) !== where) return;
      const line = toLine(input, locale, descriptions);
      const at = lines.findIndex((existing) => existing.id === input.id);
      if (at === -1) lines.push(line);
      else lines[at] = line;
    });
  }
  const categories = options.categories ?? [];
  if (categories.length > 0) {
    const matches = (line: CrisisLine) => line.topics.some((topic) => categories.includes(topic));
    // Stable: lines for the raised categories first, each group in its own order.
    lines = [...lines.filter(matches), ...lines.filter((line) => !matches(line))];
  }
  if (lines.length === 0 && options.fallback !== null) {
    lines = [toLine(checked(options.fallback ?? FIND_A_HELPLINE, 'fallback'), locale, descriptions)];
  }
  return lines;
}
