import { REPORT_LIMITS, REPORT_REASONS } from '@youthchat/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../../packages/server/src/http/errors.ts';
import { validateBody } from '../../../packages/server/src/http/validate.ts';
import { submissionSchema } from '../../../packages/server/src/reports/schema.ts';
import { parseSubmission } from '../../../packages/server/src/reports/submission.ts';

/** The schema's own answer: the parsed body, or the 400's message. */
function bySchema(body: Record<string, unknown>): { data: unknown } | { message: string } {
  try {
    return { data: validateBody(submissionSchema, body) };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    return { message: error.message };
  }
}

function byFastPath(body: Record<string, unknown>): { data: unknown } | { message: string } {
  try {
    return { data: parseSubmission(body) };
  } catch (error) {
    if (!(error instanceof HttpError)) throw error;
    expect(error.status).toBe(400);
    return { message: error.message };
  }
}

const anything = fc.oneof(
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.integer(),
  fc.double(),
  fc.string(),
  fc.array(fc.string(), { maxLength: 2 }),
  fc.dictionary(fc.string({ maxLength: 3 }), fc.string(), { maxKeys: 2 }),
);
/** Strings near each field's limits, with NULs, lone surrogates, spaces and control characters. */
const awkward = (max: number) =>
  fc.oneof(
    fc.string({ minLength: 0, maxLength: 40, unit: 'grapheme' }),
    fc.string({ minLength: 0, maxLength: 12, unit: 'binary' }),
    fc.constantFrom('', ' ', 'a\u0000b', '\ud800x', 'x\udc00', '\t', 'é', 'es-MX', 'en_GB', 'zh-Hant-TW', 'e', '1234'),
    fc.integer({ min: Math.max(0, max - 2), max: max + 2 }).map((n) => 'x'.repeat(n)),
  );
const field = <T>(valid: fc.Arbitrary<T>, max = 64) => fc.oneof(valid, awkward(max), anything);

const body = fc.record(
  {
    reason: field(fc.constantFrom(...REPORT_REASONS, 'Self-Harm', 'other ')),
    details: field(fc.string({ maxLength: 50 }), REPORT_LIMITS.details),
    excerpt: field(fc.string({ maxLength: 50 }), REPORT_LIMITS.excerpt),
    messageId: field(fc.stringMatching(/^[\x21-\x7e]{1,20}$/), REPORT_LIMITS.messageId),
    messageRole: field(fc.constantFrom('user', 'assistant', 'system')),
    conversationId: field(fc.stringMatching(/^[\x21-\x7e]{1,20}$/), REPORT_LIMITS.conversationId),
    clientReportId: field(fc.stringMatching(/^[\x21-\x7e]{1,20}$/), REPORT_LIMITS.clientReportId),
    source: field(fc.constantFrom('message', 'general', 'chat')),
    locale: field(fc.constantFrom('en', 'es-MX', 'de_DE', 'zh-Hant-TW', 'english', 'e1'), REPORT_LIMITS.locale),
    goodFaith: field(fc.boolean()),
    extra: anything,
    __proto__: anything,
  },
  { requiredKeys: [] },
);

describe('parseSubmission (the report route’s quick check of a submission)', () => {
  it('answers exactly as submissionSchema does: the same parsed body, or the same 400 message', () => {
    fc.assert(
      fc.property(body, (raw) => {
        // As the route gets it: JSON text parsed (undefined values dropped, "__proto__" an own key).
        const parsed = JSON.parse(JSON.stringify(raw)) as Record<string, unknown>;
        expect(byFastPath(parsed)).toEqual(bySchema(parsed));
      }),
      { numRuns: 5000 },
    );
  });

  it('keeps the cleaning the schema does: NULs removed and lone surrogates replaced in details and excerpt', () => {
    expect(parseSubmission({ reason: 'other', details: 'a\u0000b\ud800', excerpt: '\udc00' })).toEqual({
      reason: 'other',
      details: 'ab\ufffd',
      excerpt: '\ufffd',
    });
  });

  it('refuses a body without a reason or with a field past its limit, naming the field', () => {
    expect(() => parseSubmission({ details: 'hi' })).toThrow(/reason/);
    expect(() => parseSubmission({ reason: 'other', clientReportId: 'x'.repeat(129) })).toThrow(
      /clientReportId: must be at most 128 characters/,
    );
  });
});
