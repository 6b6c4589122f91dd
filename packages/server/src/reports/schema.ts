import { type AgeBand, type ModerationAction, REPORT_LIMITS, REPORT_REASONS } from '@youthchat/core';
import { z } from 'zod';

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Text as every store can keep it: NUL characters removed (PostgreSQL refuses
 * them) and unpaired surrogates replaced, so odd input is a stored report,
 * never a server error.
 */
export function cleanText(value: string): string {
  return value.replace(/\u0000/g, '').replace(LONE_SURROGATE, '\ufffd');
}

const text = (max: number) => z.string().max(max, `must be at most ${max} characters`).transform(cleanText).nullish();

const requiredText = (max: number) =>
  z
    .string()
    .max(max, `must be at most ${max} characters`)
    .transform(cleanText)
    .refine((v) => v.trim().length > 0, 'must not be empty');

const token = (max: number) =>
  z
    .string()
    .min(1, 'must not be empty')
    .max(max, `must be at most ${max} characters`)
    .regex(/^[\x21-\x7e]+$/, 'must be printable ASCII without spaces');

/** The body of `POST /api/reports`. Unknown fields are ignored. */
export const submissionSchema = z.object({
  reason: z.enum(REPORT_REASONS, { error: `must be one of: ${REPORT_REASONS.join(', ')}` }),
  details: text(REPORT_LIMITS.details),
  messageId: token(REPORT_LIMITS.messageId).nullish(),
  messageRole: z.enum(['user', 'assistant'], { error: 'must be "user" or "assistant"' }).nullish(),
  excerpt: text(REPORT_LIMITS.excerpt),
  conversationId: token(REPORT_LIMITS.conversationId).nullish(),
  clientReportId: token(REPORT_LIMITS.clientReportId).nullish(),
  source: z.enum(['message', 'general'], { error: 'must be "message" or "general"' }).nullish(),
  locale: z
    .string()
    .max(REPORT_LIMITS.locale)
    .regex(/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/, 'must be a BCP 47 language tag, like "es-MX"')
    .nullish(),
  goodFaith: z.boolean({ error: 'must be true or false' }).nullish(),
});

const ACTIONS = [
  'no-action',
  'remove-content',
  'restrict-content',
  'warn-account',
  'suspend-account',
  'terminate-account',
] as const satisfies readonly ModerationAction[];

/** The body of `POST /api/reports/:id/decision`. */
export const decisionSchema = z
  .object({
    action: z.enum(ACTIONS, { error: `must be one of: ${ACTIONS.join(', ')}` }),
    scope: z
      .enum(['message', 'conversation', 'account'], { error: 'must be message, conversation or account' })
      .optional(),
    territorialScope: requiredText(100).optional(),
    durationDays: z.number().int('must be a whole number').min(1).max(3650).optional(),
    facts: requiredText(4000),
    ground: z.discriminatedUnion(
      'type',
      [
        z.object({
          type: z.literal('illegal-content'),
          legalGround: requiredText(500),
          explanation: requiredText(4000),
        }),
        z.object({ type: z.literal('terms-of-service'), clause: requiredText(500), explanation: requiredText(4000) }),
        z.object({ type: z.literal('none'), explanation: requiredText(4000) }),
      ],
      { error: 'must be an object whose "type" is illegal-content, terms-of-service or none' },
    ),
    automatedDetection: z.boolean().optional(),
    automatedDecision: z.boolean().optional(),
    childSexualExploitation: z.boolean().optional(),
  })
  .superRefine((value, ctx) => {
    if ((value.action === 'no-action') !== (value.ground.type === 'none')) {
      ctx.addIssue({
        code: 'custom',
        path: ['ground', 'type'],
        message: 'must be "none" exactly when the action is "no-action"',
      });
    }
    if (value.durationDays !== undefined && value.action !== 'restrict-content' && value.action !== 'suspend-account') {
      ctx.addIssue({
        code: 'custom',
        path: ['durationDays'],
        message: 'applies only to restrict-content and suspend-account',
      });
    }
  });

export type DecisionInput = z.infer<typeof decisionSchema>;

/** The body of `POST /api/reports/:reference/appeal`. */
export const appealSchema = z.object({ text: text(REPORT_LIMITS.details) });

const isoTime = z
  .string()
  .max(40)
  .transform((v, ctx) => {
    const ms = Date.parse(v);
    if (Number.isNaN(ms)) {
      ctx.addIssue({ code: 'custom', message: 'must be an ISO 8601 time, like 2026-01-31T00:00:00Z' });
      return z.NEVER;
    }
    return ms;
  });

const BANDS = ['under13', 'teen13to15', 'teen16to17', 'adult'] as const satisfies readonly AgeBand[];

/** Query string of `GET /api/reports`. */
export const listQuerySchema = z.object({
  status: z.enum(['received', 'decided', 'appealed'], { error: 'must be received, decided or appealed' }).optional(),
  reason: z.enum(REPORT_REASONS, { error: `must be one of: ${REPORT_REASONS.join(', ')}` }).optional(),
  severity: z.enum(['high', 'medium', 'low'], { error: 'must be high, medium or low' }).optional(),
  band: z.enum(BANDS, { error: `must be one of: ${BANDS.join(', ')}` }).optional(),
  subject: token(100).optional(),
  clientReportId: token(REPORT_LIMITS.clientReportId).optional(),
  since: isoTime.optional(),
  until: isoTime.optional(),
  order: z.enum(['asc', 'desc'], { error: 'must be asc or desc' }).optional(),
  limit: z.coerce.number({ error: 'must be a number' }).int('must be a whole number').min(1).max(200).optional(),
  cursor: z.string().max(200).optional(),
});
