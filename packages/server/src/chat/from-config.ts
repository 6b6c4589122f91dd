import type { ServerConfig } from '../node/config.js';
import { createChatHandler } from './handler.js';
import type { ChatHandlerOptions } from './options.js';

/** The chat route as the server CLI runs it, and lines for its start-up message. */
export function createChatFromConfig(
  config: ServerConfig,
  options: Partial<Omit<ChatHandlerOptions, 'openai'>> = {},
): { route: (request: Request) => Promise<Response>; notes: string[] } {
  const { apiKey, baseURL } = config.openai;
  const openai = apiKey ? { apiKey, ...(baseURL ? { baseURL } : {}) } : undefined;
  const route = createChatHandler({
    secret: config.secret,
    zeroDataRetention: config.zeroDataRetention,
    allowedOrigins: config.allowedOrigins,
    ...options,
    ...(openai ? { openai } : {}),
  });
  const notes = openai
    ? [
        `chat: OpenAI${baseURL ? ` at ${baseURL}` : ''}, moderated with omni-moderation-latest`,
        config.zeroDataRetention
          ? 'chat: zero data retention declared (YOUTHCHAT_ZDR): under-13 chats may go to the model'
          : 'chat: under-13 chats are held (no zero data retention declared; set YOUTHCHAT_ZDR=1 if your organisation has it)',
      ]
    : [
        'chat: no OPENAI_API_KEY, so replies come from the offline demo assistant (labelled as such), with local screening only',
      ];
  return { route, notes };
}
