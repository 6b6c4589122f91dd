import type { z } from 'zod';
import { HttpError } from './errors.js';

/**
 * Checks a parsed body against a zod schema; a failure becomes a 400 whose
 * message names each field and what is wrong with it.
 */
export function validateBody<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.slice(0, 5).map((issue) => {
    const path = issue.path.length > 0 ? issue.path.join('.') : 'body';
    return `${path}: ${issue.message}`;
  });
  throw new HttpError(400, 'invalid_request', `Fix these fields and send again: ${problems.join('; ')}.`);
}
