import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { raw, startServer } from './harness.ts';

let base = '';
beforeAll(async () => {
  base = await startServer();
});

const printable = fc.stringMatching(/^[ -~]{0,40}$/);
const dateLike = fc.oneof(
  fc
    .date({ min: new Date('0001-01-01'), max: new Date('9999-12-31'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10)),
  fc.stringMatching(/^\d{4}-\d{2}(-\d{2})?$/),
  printable,
);
const field = fc.oneof(fc.jsonValue(), dateLike, fc.integer(), fc.double());
const declaration = fc.record(
  {
    birthDate: field,
    age: field,
    country: fc.oneof(printable, fc.jsonValue()),
    timeZone: fc.oneof(fc.constantFrom('UTC', 'Europe/Madrid', 'Etc/GMT+14', 'Nowhere/City'), printable),
    signals: fc.oneof(
      fc.jsonValue(),
      fc.array(fc.record({ min: field, max: field, source: field }, { requiredKeys: [] })),
    ),
  },
  { requiredKeys: [] },
);
const body = fc.oneof(
  declaration.map((d) => JSON.stringify(d)),
  fc.jsonValue().map((v) => JSON.stringify(v)),
  printable,
  fc.uint8Array({ maxLength: 64 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);
const contentType = fc.oneof(
  fc.constantFrom('application/json', 'application/json; charset=utf-8', 'application/ld+json', 'text/plain', ''),
  printable,
);
const token = fc.oneof(printable, fc.constant('a.b.c'), fc.stringMatching(/^[\w-]{1,20}\.[\w-]{1,40}\.[\w-]{0,20}$/));

describe('nothing a client sends makes /api/age answer 5xx', () => {
  it('answers every random request with a status below 500 and a JSON error for every 4xx', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('POST', 'GET', 'DELETE', 'PUT', 'PATCH', 'OPTIONS'),
        contentType,
        body,
        fc.option(token, { nil: undefined }),
        fc.option(token, { nil: undefined }),
        async (method, type, payload, header, cookie) => {
          const headers: Record<string, string> = {};
          const bytes = Buffer.from(payload, 'utf8');
          // A well-framed HTTP request: what is under test is its content.
          if (method !== 'GET') headers['content-length'] = String(bytes.byteLength);
          if (type) headers['content-type'] = type;
          if (header) headers['x-youthchat-age'] = header;
          if (cookie !== undefined) headers.cookie = `yc_age=${cookie}`;
          const response = await raw(`${base}/api/age`, {
            method,
            headers,
            ...(method === 'GET' ? {} : { body: bytes }),
          });
          expect(response.status, `${method} ${type} ${payload}`).toBeLessThan(500);
          if (response.status >= 400) {
            const error = response.json().error;
            expect(typeof error.code).toBe('string');
            expect(typeof error.message).toBe('string');
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
