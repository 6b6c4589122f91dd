import { HttpError } from './errors.js';
import { isLightRequest, takeLightReader } from './light-request.js';

/** Default largest request body, in bytes. */
export const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

/**
 * Reads a request's body without a web stream; an adapter may register one
 * for the requests it builds (the Node adapter does). Answers the bytes, or
 * null as soon as the body passes `maxBytes` (reading stops there): at once
 * when the whole body has already arrived, otherwise as a promise.
 */
export type DirectBodyReader = (maxBytes: number) => Uint8Array | null | Promise<Uint8Array | null>;

const directReaders = new WeakMap<Request, DirectBodyReader>();

/** Registers how `readJsonObject` may read this request's body directly; used once, instead of `request.body`. */
export function setDirectBodyReader(request: Request, read: DirectBodyReader): void {
  directReaders.set(request, read);
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export interface ReadJsonOptions {
  /** Largest body accepted. @default 16384 */
  maxBytes?: number;
}

/**
 * Reads a JSON object body, enforcing the content type and size limit while
 * streaming, so an oversized body is refused without being buffered whole.
 */
export async function readJsonObject(
  request: Request,
  options: ReadJsonOptions = {},
): Promise<Record<string, unknown>> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BODY_BYTES;
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/([\w.+-]+\+)?json\s*(;|$)/i.test(type.trim())) {
    throw new HttpError(
      415,
      'unsupported_media_type',
      'Send the body as JSON with the header "Content-Type: application/json".',
    );
  }
  const declared = Number(request.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) throw tooLarge(maxBytes);
  // A body that has already arrived is read at once, without a promise.
  const read = readDirect(request, maxBytes);
  const text = typeof read === 'string' ? read : await (read ?? readLimited(request, maxBytes));
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    // Only a body that failed to parse is looked at again, so a good one is never copied to be trimmed.
    if (text.trim() === '') throw new HttpError(400, 'empty_body', 'The request body is empty; send a JSON object.');
    throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new HttpError(400, 'invalid_body', 'The request body must be a JSON object, like {"field": "value"}.');
  }
  return value as Record<string, unknown>;
}

function tooLarge(maxBytes: number): HttpError {
  return new HttpError(413, 'body_too_large', `The request body is larger than ${maxBytes} bytes. Send less.`);
}

/**
 * The body through the adapter's direct reader, when it has one and nothing
 * has read the stream: the text at once when the reader has the whole body,
 * a promise of it otherwise; undefined without a direct reader. Throws the
 * 4xx for a body it refuses at once (its caller is async, so it rejects).
 */
function readDirect(request: Request, maxBytes: number): string | Promise<string> | undefined {
  let read: DirectBodyReader | undefined;
  if (isLightRequest(request)) {
    // Its bodyUsed covers a stream that is merely locked; asking it for `body` would make one.
    if (request.bodyUsed) return undefined;
    read = takeLightReader(request);
  } else {
    read = directReaders.get(request);
    if (!read || request.bodyUsed || request.body?.locked) return undefined;
    directReaders.delete(request);
  }
  if (!read) return undefined;
  let bytes: Uint8Array | null | Promise<Uint8Array | null>;
  try {
    bytes = read(maxBytes);
  } catch (error) {
    throw unreadable(error);
  }
  if (bytes instanceof Promise) {
    return bytes.then(
      (whole) => textOf(whole, maxBytes),
      (error: unknown) => {
        throw unreadable(error);
      },
    );
  }
  return textOf(bytes, maxBytes);
}

function unreadable(cause: unknown): HttpError {
  return new HttpError(400, 'body_unreadable', 'The request body could not be read completely. Send it again.', {
    cause,
  });
}

function textOf(bytes: Uint8Array | null, maxBytes: number): string {
  if (bytes === null) throw tooLarge(maxBytes);
  return decode(bytes);
}

function decode(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new HttpError(400, 'invalid_encoding', 'The request body must be UTF-8 text.');
  }
}

/** The body read from its web stream, up to `maxBytes`. */
async function readLimited(request: Request, maxBytes: number): Promise<string> {
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => {});
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof HttpError) throw error;
    throw new HttpError(400, 'body_unreadable', 'The request body could not be read completely. Send it again.', {
      cause: error,
    });
  }
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return decode(bytes);
}
