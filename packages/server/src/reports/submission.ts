import { REPORT_LIMITS, REPORT_REASONS } from '@youthchat/core';
import type { z } from 'zod';
import { validateBody } from '../http/validate.js';
import { cleanText, submissionSchema } from './schema.js';

export type Submission = z.infer<typeof submissionSchema>;

const REASONS = new Set<string>(REPORT_REASONS);
const TOKEN = /^[\x21-\x7e]+$/;
const LOCALE = /^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/;
const ROLES = new Set(['user', 'assistant']);
const SOURCES = new Set(['message', 'general']);

type Check = (value: unknown) => boolean;

const nullish =
  (check: Check): Check =>
  (value) =>
    value === undefined || value === null || check(value);
const text = (max: number): Check => nullish((v) => typeof v === 'string' && v.length <= max);
const token = (max: number): Check =>
  nullish((v) => typeof v === 'string' && v.length >= 1 && v.length <= max && TOKEN.test(v));
const oneOf =
  (values: Set<string>): Check =>
  (v) =>
    typeof v === 'string' && values.has(v);

/** What `submissionSchema` accepts, field by field, as plain checks. */
const FIELDS: Record<keyof Submission, Check> = {
  reason: oneOf(REASONS),
  details: text(REPORT_LIMITS.details),
  messageId: token(REPORT_LIMITS.messageId),
  messageRole: nullish(oneOf(ROLES)),
  excerpt: text(REPORT_LIMITS.excerpt),
  conversationId: token(REPORT_LIMITS.conversationId),
  clientReportId: token(REPORT_LIMITS.clientReportId),
  source: nullish(oneOf(SOURCES)),
  locale: nullish((v) => typeof v === 'string' && v.length <= REPORT_LIMITS.locale && LOCALE.test(v)),
  goodFaith: nullish((v) => typeof v === 'boolean'),
};
const KEYS = Object.keys(FIELDS) as (keyof Submission)[];

/**
 * The body of `POST /api/reports`, checked as `submissionSchema` checks it.
 * A well-formed body (nearly every one) is checked with plain comparisons,
 * several times cheaper than the schema on the report path; anything else
 * goes through the schema itself, so a refusal names the same fields with
 * the same messages. A property test holds the two to the same answers.
 */
export function parseSubmission(body: Record<string, unknown>): Submission {
  const out: Record<string, unknown> = {};
  for (const key of KEYS) {
    if (!Object.hasOwn(body, key)) continue;
    const value = body[key];
    if (!(FIELDS[key] as Check)(value)) return validateBody(submissionSchema, body);
    out[key] = (key === 'details' || key === 'excerpt') && typeof value === 'string' ? cleanText(value) : value;
  }
  if (!Object.hasOwn(out, 'reason')) return validateBody(submissionSchema, body);
  return out as Submission;
}
