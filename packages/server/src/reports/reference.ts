import { randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a reference read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A reference number for the reporter, e.g. `YC-7K3M-Q9TX8`: 50 random bits,
 * enough that guessing one is hopeless at the status route's rate limit.
 */
export function newReference(): string {
  const bytes = randomBytes(10);
  let out = '';
  for (const byte of bytes) out += ALPHABET[byte & 31];
  return `YC-${out.slice(0, 5)}-${out.slice(5)}`;
}

/**
 * The canonical form of a reference a person typed: case and separators do
 * not matter, and the letters people confuse with digits (I, L, O) count as
 * those digits. Undefined when it cannot be a reference.
 */
export function normalizeReference(input: string): string | undefined {
  if (input.length > 40) return undefined;
  let body = input.toUpperCase().replace(/[\s-]/g, '');
  if (body.startsWith('YC')) body = body.slice(2);
  body = body.replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{10}$/.test(body)) return undefined;
  return `YC-${body.slice(0, 5)}-${body.slice(5)}`;
}
