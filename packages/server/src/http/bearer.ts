import { createHash, timingSafeEqual } from 'node:crypto';

/**
 * True when the request carries `Authorization: Bearer <expected>`. Both sides
 * are hashed to the same length first, so the comparison takes the same time
 * whatever the token, its length or how much of it is right. An unset or
 * empty `expected` matches nothing.
 */
export function hasBearerToken(request: Request, expected: string | undefined): boolean {
  const header = request.headers.get('authorization');
  const match = header ? /^Bearer[ \t]+(\S{1,512})[ \t]*$/i.exec(header) : null;
  const given = match?.[1] ?? '';
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256')
    .update(expected ?? '')
    .digest();
  const same = timingSafeEqual(a, b);
  return same && expected !== undefined && expected !== '' && given !== '';
}
