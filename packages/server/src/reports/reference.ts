import { randomBytes } from 'node:crypto';

// Crockford's base 32: no I, L, O or U, so a reference read aloud or copied by hand survives.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * Random bytes drawn a block at a time, as `crypto.randomUUID` does: one call
 * for 10 bytes costs about as much as one for 4 KB.
 */
const POOL_BYTES = 4000;
let pool = Buffer.alloc(0);
let poolAt = 0;

/**
 * A reference number for the reporter, e.g. `YC-7K3M-Q9TX8`: 50 random bits,
 * enough that guessing one is hopeless at the status route's rate limit.
 */
export function newReference(): string {
  if (poolAt + 10 > pool.length) {
    pool = randomBytes(POOL_BYTES);
    poolAt = 0;
  }
  let out = '';
  for (let i = poolAt; i < poolAt + 10; i++) out += ALPHABET[(pool[i] as number) & 31];
  // Used bytes are cleared, so what stays in memory is only what is still to be drawn.
  pool.fill(0, poolAt, poolAt + 10);
  poolAt += 10;
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
