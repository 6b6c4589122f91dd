import { beforeAll, describe, expect, it } from 'vitest';
import { declare, type ErrorBody, raw, startServer } from './harness.ts';

const NOW = new Date('2026-06-15T12:00:00Z');
let base = '';
beforeAll(async () => {
  base = await startServer({ age: { now: () => NOW } });
});

async function expectError(response: Response | { status: number; json(): unknown }, status: number, code: string) {
  expect(response.status).toBe(status);
  const body = (await response.json()) as ErrorBody;
  expect(body.error.code).toBe(code);
  expect(body.error.message.length).toBeGreaterThan(10);
  return body.error.message;
}

describe('POST /api/age rejects what a client gets wrong with a 4xx that says what to fix', () => {
  it('malformed JSON: 400 invalid_json', async () => {
    const response = await fetch(`${base}/api/age`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"birthDate": "2012-01-01",',
    });
    await expectError(response, 400, 'invalid_json');
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/jsonp'])(
    'content type %s: 415 naming the right one',
    async (type) => {
      const response = await fetch(`${base}/api/age`, {
        method: 'POST',
        headers: { 'content-type': type },
        body: '{"age": 15}',
      });
      expect(await expectError(response, 415, 'unsupported_media_type')).toMatch(/application\/json/);
    },
  );

  it('no content type at all: 415', async () => {
    const response = await raw(`${base}/api/age`, { body: '{"age": 15}' });
    await expectError(response, 415, 'unsupported_media_type');
  });

  it('a body over 16 KB with a Content-Length: 413', async () => {
    const body = JSON.stringify({ age: 15, padding: 'x'.repeat(16 * 1024) });
    const response = await declare(base, JSON.parse(body));
    expect(await expectError(response, 413, 'body_too_large')).toMatch(/16384 bytes/);
  });

  it('a body over 16 KB sent in chunks without a length: 413', async () => {
    const chunk = Buffer.from(`{"age": 15, "padding": "${'x'.repeat(4000)}`);
    const response = await raw(`${base}/api/age`, {
      headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' },
      chunks: [chunk, chunk, chunk, chunk, chunk, Buffer.from('"}')],
    });
    await expectError(response, 413, 'body_too_large');
  });

  it('a body just under 16 KB is read', async () => {
    const padding = 'x'.repeat(16 * 1024 - 64);
    const response = await declare(base, { age: 15, padding });
    expect(response.status).toBe(200);
  });

  it.each([
    ['an empty body', '', 'empty_body'],
    ['a JSON array', '[{"age": 15}]', 'invalid_body'],
    ['a JSON string', '"2012-01-01"', 'invalid_body'],
    ['null', 'null', 'invalid_body'],
    ['bytes that are not UTF-8', Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]), 'invalid_encoding'],
  ])('%s: 400 %s', async (_, body, code) => {
    const response = await raw(`${base}/api/age`, { headers: { 'content-type': 'application/json' }, body });
    await expectError(response, 400, code);
  });

  it.each<[string, unknown, RegExp]>([
    ['no fields', {}, /birthDate.*age/],
    ['both birthDate and age', { birthDate: '2012-01-01', age: 14 }, /exactly one/],
    ['a birth date in another format', { birthDate: '14/03/2012' }, /birthDate: must be a date written YYYY-MM-DD/],
    ['a birth date as a number', { birthDate: 20120314 }, /birthDate/],
    ['an age as a string', { age: '15' }, /age/],
    ['a fractional age', { age: 12.5 }, /age: must be a whole number/],
    ['a negative age', { age: -1 }, /age/],
    ['an age over 120', { age: 121 }, /age/],
    ['a country name instead of a code', { age: 15, country: 'Germany' }, /country: must be a two-letter ISO 3166-1/],
    ['a time zone that does not exist', { birthDate: '2012-01-01', timeZone: 'Mars/Olympus_Mons' }, /IANA time zone/],
    [
      'a signal whose min is above its max',
      { age: 15, signals: [{ min: 16, max: 13, source: 'x' }] },
      /min must not be above max/,
    ],
    ['a signal without a source', { age: 15, signals: [{ min: 13 }] }, /signals\.0\.source/],
    ['too many signals', { age: 15, signals: Array.from({ length: 11 }, () => ({ min: 13, source: 'x' })) }, /signals/],
  ])('%s: 400 invalid_request naming the field', async (_, body, message) => {
    expect(await expectError(await declare(base, body), 400, 'invalid_request')).toMatch(message);
  });

  it.each([
    ['2013-02-29', 'invalid_date', /no day 29/],
    ['2012-04-31', 'invalid_date', /no day 31/],
    ['2012-13-01', 'invalid_date', /no month 13/],
    ['2012-00-10', 'invalid_date', /no month 0/],
    ['2026-06-16', 'date_in_future', /future/],
    ['2099-01-01', 'date_in_future', /future/],
    ['1906-06-14', 'date_too_old', /more than 120 years/],
    ['0001-01-01', 'date_too_old', /more than 120 years/],
  ])('an impossible birth date %s: 400 %s', async (birthDate, code, message) => {
    expect(await expectError(await declare(base, { birthDate, timeZone: 'UTC' }), 400, code)).toMatch(message);
  });

  it('accepts the oldest and youngest possible dates', async () => {
    expect((await declare(base, { birthDate: '1906-06-15', timeZone: 'UTC' })).status).toBe(200);
    expect((await declare(base, { birthDate: '2026-06-15', timeZone: 'UTC' })).status).toBe(200);
  });

  it('an unsupported method: 405 with Allow', async () => {
    const response = await fetch(`${base}/api/age`, { method: 'PUT' });
    await expectError(response, 405, 'method_not_allowed');
    expect(response.headers.get('allow')).toBe('GET, POST, DELETE');
  });

  it('an unknown route: 404', async () => {
    await expectError(await fetch(`${base}/api/ages`), 404, 'not_found');
  });

  it('too many answers from one address: 429 with Retry-After', async () => {
    const limited = await startServer({ age: { rateLimitPerMinute: 3 } });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await declare(limited, { age: 15 })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    const response = await declare(limited, { age: 15 });
    await expectError(response, 429, 'rate_limited');
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });
});
