/**
 * Reads back the `.eml` files the file mailer writes: headers (RFC 5322,
 * encoded words of RFC 2047) and the text and HTML parts of a MIME message
 * (base64, quoted-printable or plain). Enough for the messages the kit writes,
 * not a general mail parser.
 */

interface Part {
  headers: Record<string, string>;
  body: string;
}

function splitHeaders(raw: string): Part {
  const normalized = raw.replace(/\r\n/g, '\n');
  const end = normalized.indexOf('\n\n');
  const head = end === -1 ? normalized : normalized.slice(0, end);
  const body = end === -1 ? '' : normalized.slice(end + 2);
  const headers: Record<string, string> = {};
  // Folded lines start with white space and continue the header above.
  for (const line of head.replace(/\n[ \t]+/g, ' ').split('\n')) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers[name] = headers[name] === undefined ? value : `${headers[name]}, ${value}`;
  }
  return { headers, body };
}

function parameter(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  const match = new RegExp(`;\\s*${name}="?([^";]+)"?`, 'i').exec(header);
  return match?.[1];
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

function quotedPrintableBytes(text: string, inHeader: boolean): Uint8Array {
  const source = inHeader ? text.replace(/_/g, ' ') : text.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < source.length; i++) {
    const char = source[i] as string;
    const hex = source.slice(i + 1, i + 3);
    if (char === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...new TextEncoder().encode(char));
    }
  }
  return Uint8Array.from(bytes);
}

/** Decodes RFC 2047 encoded words (`=?UTF-8?B?…?=`, `=?UTF-8?Q?…?=`) in a header value. */
export function decodeHeader(value: string): string {
  return value
    .replace(/(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)/g, '$1')
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_, charset: string, encoding: string, text: string) => {
      const bytes =
        encoding.toUpperCase() === 'B'
          ? Uint8Array.from(Buffer.from(text, 'base64'))
          : quotedPrintableBytes(text, true);
      return decodeBytes(bytes, charset);
    });
}

function decodeBody(part: Part): string {
  const encoding = (part.headers['content-transfer-encoding'] ?? '7bit').toLowerCase();
  const charset = parameter(part.headers['content-type'], 'charset');
  if (encoding === 'base64') return decodeBytes(Uint8Array.from(Buffer.from(part.body, 'base64')), charset);
  if (encoding === 'quoted-printable') return decodeBytes(quotedPrintableBytes(part.body, false), charset);
  return part.body;
}

function collect(part: Part, out: { text?: string; html?: string }): void {
  const type = (part.headers['content-type'] ?? 'text/plain').toLowerCase();
  if (type.startsWith('multipart/')) {
    const boundary = parameter(part.headers['content-type'], 'boundary');
    if (!boundary) return;
    const pieces = part.body.split(`--${boundary}`);
    // The first piece is the preamble; the last starts with "--" (the closing delimiter).
    for (const piece of pieces.slice(1)) {
      if (piece.startsWith('--')) break;
      collect(splitHeaders(piece.replace(/^\r?\n/, '')), out);
    }
    return;
  }
  if (type.startsWith('text/html')) out.html ??= decodeBody(part).replace(/\n$/, '');
  else if (type.startsWith('text/plain')) out.text ??= decodeBody(part).replace(/\n$/, '');
}

/** The headers, text and HTML of one `.eml` message. */
export function parseEml(raw: string): { headers: Record<string, string>; text: string; html?: string } {
  const root = splitHeaders(raw);
  const out: { text?: string; html?: string } = {};
  collect(root, out);
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(root.headers)) headers[name] = decodeHeader(value);
  return { headers, text: out.text ?? '', ...(out.html !== undefined ? { html: out.html } : {}) };
}
