// `pnpm start`: the demo. One Node process runs youthchat-server (data and a generated
// secret in .data/) and the demo app's Vite dev server, with /api proxied to the former.
// Both run from the packages' sources, so a fresh clone needs `pnpm install` and nothing else.
// Ctrl-C stops both and exits 0.
//
// Environment: PORT (the API's port; a free one by default), DEMO_PORT (the page; 5173; 0 for any free port),
// DEMO_HMR=0 (no hot reload: edits made meanwhile never reload the page, as the end-to-end test needs),
// HOST (where the page listens; localhost), and every youthchat-server variable.
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const root = fileURLToPath(new URL('..', import.meta.url));
// TypeScript sources, with @youthchat/* mapped to src (see tsconfig.start.json).
register({ tsconfig: join(root, 'scripts/tsconfig.start.json') });

const { createAppFromConfig, loadServerConfig, serve } = await import('../packages/server/src/node/index.ts');
const { createServer } = await import('vite');

// Demo only: the page's moderator queue needs the token, so one is made up for this run when none is set,
// and handed to the page below. A real app keeps MODERATOR_TOKEN off every page children can reach.
const moderatorTokenGenerated = !process.env.MODERATOR_TOKEN;
if (moderatorTokenGenerated) process.env.MODERATOR_TOKEN = randomBytes(24).toString('base64url');
// The age reset needs a credential only an app's server holds. Here the page's dev server plays that server:
// it adds the credential to the page's DELETE /api/age (the demo's "Reset age"), and the page never sees it.
if (!process.env.YOUTHCHAT_AGE_RESET_TOKEN) process.env.YOUTHCHAT_AGE_RESET_TOKEN = randomBytes(32).toString('hex');
const ageResetAuthorization = `Bearer ${process.env.YOUTHCHAT_AGE_RESET_TOKEN}`;

// The demo serves plain HTTP, also to other machines when HOST says so, where browsers drop Secure cookies.
process.env.YOUTHCHAT_SECURE_COOKIES ??= '0';

// Links in the mail to parents open the demo page (its fixed port; with DEMO_PORT=0 the page's mailbox rewrites them).
const demoPort = Number(process.env.DEMO_PORT || 5173);
if (demoPort !== 0) process.env.YOUTHCHAT_PUBLIC_URL ??= `http://${process.env.HOST || 'localhost'}:${demoPort}`;
process.env.YOUTHCHAT_SERVICE_NAME ??= 'youthchat demo';

// Demo only: a pretend verification vendor, so a parent can grant `ai-provider` on one machine.
const { startDemoVendor, DEMO_VENDOR_AUDIENCE, DEMO_VENDOR_ISSUER } = await import('./demo-vendor.mjs');
let vendor;
if (!process.env.YOUTHCHAT_CONSENT_JWKS_URL) {
  vendor = await startDemoVendor();
  process.env.YOUTHCHAT_CONSENT_JWKS_URL = vendor.jwksUrl;
  process.env.YOUTHCHAT_CONSENT_JWT_ISSUER = DEMO_VENDOR_ISSUER;
  process.env.YOUTHCHAT_CONSENT_JWT_AUDIENCE = DEMO_VENDOR_AUDIENCE;
}

let config;
try {
  config = loadServerConfig(process.env, root);
} catch (error) {
  console.error(`youthchat demo: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(2);
}

const app = await createAppFromConfig(config);
// Demo only: the parent's mailbox (the .eml files the server wrote) at /demo/mail, for the page's mailbox panel.
const { createMailboxHandler } = await import('../packages/server/src/index.ts');
const mailbox = app.mailDir ? createMailboxHandler({ dir: app.mailDir }) : undefined;
const handler = (request) =>
  mailbox && new URL(request.url).pathname.startsWith('/demo/mail') ? mailbox(request) : app.handler(request);
const api = await serve(handler, {
  port: process.env.PORT ? config.port : 0,
  hostname: '127.0.0.1',
  maxConnections: config.maxConnections,
});

let vite;
try {
  vite = await createServer({
    configFile: join(root, 'demo/vite.config.ts'),
    clearScreen: false,
    logLevel: 'warn',
    define: {
      __YOUTHCHAT_DEMO_MODERATOR_TOKEN__: JSON.stringify(process.env.MODERATOR_TOKEN),
      __YOUTHCHAT_DEMO_VENDOR__: JSON.stringify(Boolean(vendor)),
    },
    server: {
      host: process.env.HOST || 'localhost',
      port: Number(process.env.DEMO_PORT || 5173),
      proxy: {
        ...(mailbox ? { '/demo/mail': { target: api.url, changeOrigin: true } } : {}),
        ...(vendor ? { '/demo-vendor': { target: vendor.url, changeOrigin: true } } : {}),
        '/api': {
          target: api.url,
          changeOrigin: true,
          configure(proxy) {
            proxy.on('proxyReq', (proxyReq, req) => {
              if (req.method === 'DELETE' && req.url?.split('?')[0] === '/api/age') {
                proxyReq.setHeader('authorization', ageResetAuthorization);
              }
            });
          },
        },
      },
      ...(process.env.DEMO_HMR === '0' ? { hmr: false, watch: null } : {}),
    },
  });
  await vite.listen();
} catch (error) {
  console.error('youthchat demo: the page could not start:', error instanceof Error ? error.message : error);
  await api.close();
  await app.close();
  await vendor?.close();
  process.exit(1);
}

const url = vite.resolvedUrls?.local[0] ?? `http://localhost:${vite.config.server.port}/`;
console.log(`
  youthchat demo:    ${url}
  youthchat server:  ${api.url}/api  (data in ${config.dataDir})`);
for (const note of app.notes) console.log(`    ${note}`);
if (mailbox) console.log('    demo page: shows the parent mailbox (mail/ in the data folder) at /demo/mail');
if (vendor)
  console.log("    demo page: a pretend verification vendor signs parents' results (demo only; checks nobody)");
console.log(
  `    demo page: gets the moderator token (${moderatorTokenGenerated ? 'generated for this run' : 'MODERATOR_TOKEN'}) for its moderator queue`,
);
console.log('\n  Press Ctrl-C to stop.\n');

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  // Something holding a connection open must not keep the process alive for ever.
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  await Promise.allSettled([vite.close(), api.close(), vendor?.close()]);
  await app.close();
  console.log('youthchat demo stopped.');
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
