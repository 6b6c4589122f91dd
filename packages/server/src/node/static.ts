import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import type { FetchHandler } from './adapter.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
};

export interface StaticFilesOptions {
  /** Paths left to the API (answered 404 here). @default '/api' */
  apiPath?: string;
  /** Path prefix of files named by their content hash, cached for a year. @default '/assets/' (Vite's) */
  immutablePrefix?: string;
}

/**
 * Serves a built single-page app (Vite's `dist/`, say): files by path, and
 * `index.html` for any other page address, so the app's own routes load.
 * Only GET and HEAD; nothing outside `root` is reachable. Put it behind the
 * youthchat handler with {@link withStaticFiles}.
 *
 * @example
 * await serve(withStaticFiles(app.handler, 'dist'), { port: 8787 });
 */
export function staticFiles(root: string, options: StaticFilesOptions = {}): FetchHandler {
  const base = resolve(root);
  const immutable = options.immutablePrefix ?? '/assets/';
  const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain' } });

  async function file(path: string): Promise<{ body: Buffer; type: string } | undefined> {
    try {
      if (!(await stat(path)).isFile()) return undefined;
      return { body: await readFile(path), type: TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream' };
    } catch {
      return undefined;
    }
  }

  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url).pathname);
    } catch {
      return new Response('Bad request', { status: 400 });
    }
    if (pathname.includes('\0')) return notFound();
    const target = resolve(join(base, pathname));
    if (target !== base && !target.startsWith(base + sep)) return notFound();
    let found = await file(target);
    if (!found) found = await file(join(target, 'index.html'));
    // A page address of the app (no file extension): the app's index.html, which routes it.
    const page = !found && extname(pathname) === '';
    if (page) found = await file(join(base, 'index.html'));
    if (!found) return notFound();
    const html = found.type.startsWith('text/html');
    const headers = {
      'content-type': found.type,
      'content-length': String(found.body.length),
      'cache-control': !html && pathname.startsWith(immutable) ? 'public, max-age=31536000, immutable' : 'no-cache',
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    };
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(found.body), { status: 200, headers });
  };
}

/**
 * The youthchat handler for `/api` and everything under it, and the built
 * app's files for every other path.
 */
export function withStaticFiles(api: FetchHandler, root: string, options: StaticFilesOptions = {}): FetchHandler {
  const apiPath = (options.apiPath ?? '/api').replace(/\/$/, '');
  const files = staticFiles(root, options);
  return (request) => {
    const { pathname } = new URL(request.url);
    return pathname === apiPath || pathname.startsWith(`${apiPath}/`) ? api(request) : files(request);
  };
}
