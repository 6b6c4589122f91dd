/**
 * A 53-bit string hash (cyrb53) as 14 hex digits: stable across runtimes,
 * synchronous, and small. Not for security: it only has to change when the
 * text does.
 */
export function hashText(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const value = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return value.toString(16).padStart(14, '0');
}

/** The version of a disclosure: a hash of exactly the text a reader sees. */
export function contentVersion(title: string, sections: readonly { heading: string; body: string }[]): string {
  return hashText(JSON.stringify([title, sections.map((s) => [s.heading, s.body])]));
}
