import type { ServerConfig } from '../node/config.js';
import { createChatHandler } from './handler.js';
import type { ChatHandlerOptions } from './options.js';
import { DEFAULT_SAFETY_MODEL } from './youth-policy-check.js';

/** The chat route as the server CLI runs it, and lines for its start-up message. */
export function createChatFromConfig(
  config: ServerConfig,
  options: Partial<Omit<ChatHandlerOptions, 'openai'>> = {},
): { route: (request: Request) => Promise<Response>; notes: string[] } {
  const { apiKey, baseURL } = config.openai;
  const openai = apiKey ? { apiKey, ...(baseURL ? { baseURL } : {}) } : undefined;
  const safety = config.safety;
  const safetyClassifier =
    safety.model && safety.apiKey
      ? {
          model: safety.model,
          api: safety.api,
          firstParty: safety.firstParty,
          openai: { apiKey: safety.apiKey, ...(safety.baseURL ? { baseURL: safety.baseURL } : {}) },
        }
      : undefined;
  const route = createChatHandler({
    secret: config.secret,
    zeroDataRetention: config.zeroDataRetention,
    chatFirstParty: config.chatFirstParty,
    overlapInput: config.chatOverlap !== false,
    allowedOrigins: config.allowedOrigins,
    ...(safetyClassifier ? { safetyClassifier } : {}),
    ...options,
    ...(openai ? { openai } : {}),
  });
  const notes = openai
    ? [
        `chat: ${config.chatFirstParty ? 'self-hosted model (YOUTHCHAT_CHAT_FIRST_PARTY)' : 'OpenAI'}${baseURL ? ` at ${baseURL}` : ''}, moderated with omni-moderation-latest`,
        config.chatFirstParty
          ? 'chat: first party declared: under-13 chats are answered by your own model, with no third party'
          : config.zeroDataRetention
            ? 'chat: zero data retention declared (YOUTHCHAT_ZDR): under-13 chats may go to the model'
            : 'chat: under-13 chats are held (no zero data retention declared; set YOUTHCHAT_ZDR=1 if your organisation has it)',
      ]
    : [
        'chat: no OPENAI_API_KEY, so replies come from the offline demo assistant (labelled as such), with local screening only',
      ];
  notes.push(classifierNote(config, safetyClassifier !== undefined, openai !== undefined));
  return { route, notes };
}

function classifierNote(config: ServerConfig, on: boolean, chatOn: boolean): string {
  const { safety } = config;
  if (!on) {
    return `youth-policy classifier: off (set YOUTHCHAT_SAFETY_MODEL, e.g. ${DEFAULT_SAFETY_MODEL} or gpt-oss-safeguard on your own server, to read whole conversations for grooming, sextortion and other risks moderation cannot see; it costs one extra model call per child's message, up to 12 turns / 8000 characters each)`;
  }
  const where = safety.baseURL ? ` at ${safety.baseURL}` : '';
  if (safety.firstParty)
    return `youth-policy classifier: ${safety.model}${where}, self-hosted (first party): one extra call per child's message, under-13 chats included`;
  if (!chatOn)
    return `youth-policy classifier: ${safety.model}${where} is a third party and runs only beside the OpenAI chat (set OPENAI_API_KEY, or YOUTHCHAT_SAFETY_FIRST_PARTY=1 for your own server)`;
  return `youth-policy classifier: ${safety.model}${where}: one extra model call per child's message (not for under-13 chats without zero data retention)`;
}
