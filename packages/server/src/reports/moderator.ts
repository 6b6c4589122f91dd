import { hasBearerToken } from '../http/bearer.js';

/**
 * True when the request carries `Authorization: Bearer <expected>`, compared
 * in constant time (see `hasBearerToken`).
 */
export function hasModeratorToken(request: Request, expected: string | undefined): boolean {
  return hasBearerToken(request, expected);
}
