import { createHash, randomBytes } from 'node:crypto';

/** A new link token: 32 random bytes, base64url (43 characters). */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What the store keeps of a link token: its SHA-256, so a copy of the database opens no link. */
export function hashLinkToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Whether a string has the shape of a link token (anything else is unknown without a look-up). */
export function isLinkToken(value: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(value);
}
