/**
 * @youthchat/server: fetch-style `(Request) => Promise<Response>` handlers,
 * report stores, escalation delivery. The Node adapter is `@youthchat/server/node`.
 */
export * from './age/index.js';
export * from './chat/index.js';
export * from './consent/index.js';
export * from './escalation/index.js';
export * from './guardian/index.js';
export * from './http/index.js';
export * from './limits/index.js';
export * from './mail/index.js';
export * from './reports/index.js';
export * from './risk/index.js';
export * from './router.js';
