import {
  AGE_BANDS,
  ConfigurationError,
  countryOfLocale,
  crisisMessages,
  emergencyNumber,
  getCrisisLines,
  pickMessages,
  smsHref,
  telHref,
} from '@youthchat/core';
import { describe, expect, it } from 'vitest';

const byId = (country: string, locale = 'en') =>
  Object.fromEntries(getCrisisLines(country, locale).map((l) => [l.id, l]));

describe('getCrisisLines', () => {
  it('gives the US 988 to call or text', () => {
    const [line] = getCrisisLines('US', 'en');
    expect(line).toMatchObject({
      name: '988 Suicide & Crisis Lifeline',
      telHref: 'tel:988',
      smsHref: 'sms:988',
      alwaysOpen: true,
    });
  });

  it('gives Spanish readers in the US the Spanish keyword and description', () => {
    const [line] = getCrisisLines('US', 'es-US');
    expect(line?.smsHref).toBe('sms:988?body=AYUDA');
    expect(line?.description).toMatch(/marca 2 para hablar en español/);
  });

  it('gives the UK Childline, Samaritans and Shout', () => {
    const uk = byId('GB');
    expect(Object.keys(uk)).toEqual(['gb-childline', 'gb-samaritans', 'gb-shout']);
    expect(uk['gb-childline']?.telHref).toBe('tel:08001111');
    expect(uk['gb-samaritans']?.telHref).toBe('tel:116123');
    expect(uk['gb-shout']).toMatchObject({ sms: '85258', smsHref: 'sms:85258?body=SHOUT' });
    expect(uk['gb-shout']?.telHref).toBeUndefined();
  });

  it('gives Canada Kids Help Phone by phone or text', () => {
    const khp = byId('CA')['ca-kids-help-phone'];
    expect(khp).toMatchObject({ phone: '1-800-668-6868', telHref: 'tel:18006686868', sms: '686868' });
    expect(byId('CA', 'fr')['ca-kids-help-phone']?.name).toBe('Jeunesse, J’écoute');
  });

  it('gives Australia Kids Helpline', () => {
    expect(byId('AU')['au-kids-helpline']).toMatchObject({ phone: '1800 55 1800', telHref: 'tel:1800551800' });
  });

  it('takes the country from the locale when none is given, in any letter case', () => {
    expect(getCrisisLines(undefined, 'en-GB').map((l) => l.id)).toContain('gb-childline');
    expect(getCrisisLines('gb').map((l) => l.id)).toContain('gb-childline');
    expect(countryOfLocale('zh-Hant-TW')).toBe('TW');
    expect(countryOfLocale('es')).toBeUndefined();
  });

  it('falls back to Find A Helpline where no line is known, or to the app’s own fallback', () => {
    expect(getCrisisLines('BR', 'es')).toEqual([
      expect.objectContaining({
        id: 'findahelpline',
        url: 'https://findahelpline.com',
        description: expect.stringMatching(/gratuitas/),
      }),
    ]);
    expect(getCrisisLines()).toHaveLength(1);
    const own = { id: 'br-cvv', name: 'CVV', phone: '188' };
    expect(getCrisisLines('BR', 'en', { fallback: own })).toEqual([
      expect.objectContaining({ id: 'br-cvv', telHref: 'tel:188' }),
    ]);
    expect(getCrisisLines('BR', 'en', { fallback: null })).toEqual([]);
  });

  it('adds app lines, replaces a built-in line with the same id, and skips lines for other countries', () => {
    const lines = getCrisisLines('GB', 'en', {
      lines: [
        {
          id: 'gb-samaritans',
          name: 'Samaritans (Wales)',
          phone: '116 123',
          description: { en: 'Welsh-language line.' },
        },
        { id: 'school', name: 'School wellbeing team', url: 'https://school.example/help' },
        { id: 'us-only', country: 'US', name: 'US only', phone: '555' },
      ],
    });
    expect(lines.map((l) => l.id)).toEqual(['gb-childline', 'gb-samaritans', 'gb-shout', 'school']);
    expect(lines[1]).toMatchObject({ name: 'Samaritans (Wales)', description: 'Welsh-language line.' });
  });

  it('lets a function reorder, filter or replace the built-in lines', () => {
    const lines = getCrisisLines('GB', 'en', {
      lines: (builtIn) => [...builtIn].reverse().filter((l) => l.id !== 'gb-childline'),
    });
    expect(lines.map((l) => l.id)).toEqual(['gb-shout', 'gb-samaritans']);
  });

  it('puts the lines for the raised categories first', () => {
    expect(getCrisisLines('FR', 'fr').map((l) => l.id)).toEqual(['fr-3114', 'fr-119']);
    expect(getCrisisLines('FR', 'fr', { categories: ['grooming'] }).map((l) => l.id)).toEqual(['fr-119', 'fr-3114']);
    expect(getCrisisLines('FR', 'fr', { categories: ['self-harm'] }).map((l) => l.id)).toEqual(['fr-3114', 'fr-119']);
    const uk = getCrisisLines('GB', 'en', {
      categories: ['bullying'],
      lines: [{ id: 'anti-bullying', name: 'Anti-bullying team', phone: '1', topics: ['bullying'] }],
    });
    expect(uk.map((l) => l.id)).toEqual(['gb-childline', 'anti-bullying', 'gb-samaritans', 'gb-shout']);
  });

  it('does not show adults lines meant only for young people', () => {
    expect(getCrisisLines('GB', 'en', { band: 'adult' }).map((l) => l.id)).toEqual(['gb-samaritans', 'gb-shout']);
    expect(getCrisisLines('GB', 'en', { band: 'teen16to17' }).map((l) => l.id)).toContain('gb-childline');
  });

  it('refuses lines that cannot be reached or would link somewhere unsafe', () => {
    const attempt = (line: object) => () => getCrisisLines('GB', 'en', { lines: [line as never] });
    expect(attempt({ id: 'x', name: 'X' })).toThrow(/needs at least one of phone, sms or url/);
    expect(attempt({ id: 'x', name: 'X', url: 'javascript:alert(1)' })).toThrow(/must be an https address/);
    expect(attempt({ id: 'x', name: 'X', phone: '0800<script>' })).toThrow(/phone must be digits/);
    expect(attempt({ id: 'x', name: 'X', sms: '123', smsKeyword: 'two words' })).toThrow(/smsKeyword/);
    expect(attempt({ id: '', name: 'X', phone: '1' })).toThrow(ConfigurationError);
  });

  it('describes every built-in line in every shipped locale', () => {
    for (const locale of ['en', 'es', 'fr', 'de']) {
      for (const country of ['US', 'GB', 'CA', 'AU', 'DE', 'FR', 'ES', 'BR']) {
        for (const line of getCrisisLines(country, locale))
          expect(line.description, `${line.id} in ${locale}`).not.toBe('');
      }
    }
  });
});

describe('links and strings', () => {
  it('builds tel: and sms: links from numbers as written', () => {
    expect(telHref('+44 (0)800 1111')).toBe('tel:+4408001111');
    expect(smsHref('686 868', 'CONNECT')).toBe('sms:686868?body=CONNECT');
  });

  it('knows the emergency number for each country with built-in lines', () => {
    expect(emergencyNumber('US')).toBe('911');
    expect(emergencyNumber('gb')).toBe('999');
    expect(emergencyNumber('AU')).toBe('000');
    expect(emergencyNumber('BR')).toBeUndefined();
  });

  it('has every string in English, Spanish, French and German for every band', () => {
    const keys = Object.keys(crisisMessages.en.base).sort();
    for (const locale of ['en', 'es', 'fr', 'de']) {
      expect(Object.keys(crisisMessages[locale]?.base ?? {}).sort()).toEqual(keys);
      for (const band of AGE_BANDS) {
        const t = pickMessages(crisisMessages, locale, band);
        for (const key of keys)
          if (key !== 'lines') expect(t[key as 'heading'], `${locale}/${band}/${key}`).not.toBe('');
      }
    }
    expect(pickMessages(crisisMessages, 'es', 'under13').heading).not.toBe(
      pickMessages(crisisMessages, 'en', 'under13').heading,
    );
  });
});
