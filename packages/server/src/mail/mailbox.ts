import { errorResponse, jsonResponse } from '../http/response.js';
import { listMail, readMail } from './file.js';

/**
 * Serves the `.eml` mailbox as JSON, for a demo or a development machine
 * only: `GET <mount>` lists messages (newest first), `GET <mount>/<id>` shows
 * one. It shows parents' addresses and live links, so never mount it where
 * anyone else can reach it.
 *
 * @example
 * createYouthchatHandler({ secret, routes: { '/dev/mail': createMailboxHandler({ dir: join(dataDir, 'mail') }) } });
 */
export function createMailboxHandler(options: { dir: string }): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return errorResponse(405, 'method_not_allowed', 'The mailbox is read-only: use GET.', { allow: 'GET' });
    }
    const last = new URL(request.url).pathname.split('/').filter(Boolean).pop() ?? '';
    if (/^\d{8}T/.test(last)) {
      const message = await readMail(options.dir, last);
      if (!message) return errorResponse(404, 'mail_not_found', 'No message with that id in the mailbox.');
      return jsonResponse({ message });
    }
    return jsonResponse({ messages: await listMail(options.dir) });
  };
}
