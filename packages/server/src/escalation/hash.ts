import { createHmac } from 'node:crypto';

/**
 * A keyed hash (HMAC-SHA256, base64url) of an identifier: stable for the same
 * key and value, useless to anyone without the key. Used for safety
 * identifiers and escalation subjects, so no raw id leaves the server.
 */
export function keyedHash(key: string | Uint8Array, value: string, purpose = 'youthchat'): string {
  return createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url');
}
