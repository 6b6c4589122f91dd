import { hasBearerToken } from '../http/bearer.js';
import { HttpError } from '../http/errors.js';
import { clientAddress } from '../http/rate-limit.js';

/**
 * True when the request carries `Authorization: Bearer <expected>`, compared
 * in constant time (see `hasBearerToken`).
 */
export function hasModeratorToken(request: Request, expected: string | undefined): boolean {
  return hasBearerToken(request, expected);
}

/**
 * Passes a request with the moderator token; otherwise counts a failure
 * against the sender's address (`failures`) and throws a 401 that says how to
 * send the token, or that moderator routes are off.
 */
export async function requireModerator(
  request: Request,
  expected: string | undefined,
  failures: { hit(key: string): Promise<unknown> | unknown },
): Promise<void> {
  if (hasModeratorToken(request, expected)) return;
  await failures.hit(clientAddress(request));
  throw new HttpError(
    401,
    'moderator_token_invalid',
    expected
      ? 'Send the moderator token as "Authorization: Bearer <MODERATOR_TOKEN>".'
      : 'Moderator routes are off: set MODERATOR_TOKEN on the server.',
    { headers: { 'www-authenticate': 'Bearer realm="youthchat-moderation"' } },
  );
}
