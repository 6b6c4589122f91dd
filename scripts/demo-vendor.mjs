// A pretend verification vendor for the demo (`pnpm start`) and its end-to-end tests: a JWKS and a "check"
// that signs a parent's result, as k-ID, Yoti or a card check would, so the `vendor` method (which may grant
// `ai-provider`) runs on one machine. It checks nobody: never use it outside the demo.
//
//   GET  /jwks.json            the public key set (YOUTHCHAT_CONSENT_JWKS_URL points here)
//   POST /verify  { nonce }    → { jwt }: EdDSA-signed { iss, aud, nonce, verified: true, iat, exp }
import { generateKeyPairSync, randomUUID, sign } from 'node:crypto';
import { createServer } from 'node:http';

export const DEMO_VENDOR_ISSUER = 'https://demo-vendor.youthchat.invalid';
export const DEMO_VENDOR_AUDIENCE = 'youthchat-demo';

const b64 = (value) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value)).toString('base64url');

/** Starts the pretend vendor on 127.0.0.1 (a free port unless given one). */
export async function startDemoVendor({ port = 0 } = {}) {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const kid = randomUUID();
  const jwks = { keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'EdDSA', use: 'sig' }] };

  function signResult(nonce) {
    const now = Math.floor(Date.now() / 1000);
    const header = b64({ alg: 'EdDSA', typ: 'JWT', kid });
    const claims = b64({
      iss: DEMO_VENDOR_ISSUER,
      aud: DEMO_VENDOR_AUDIENCE,
      sub: randomUUID(),
      nonce,
      verified: true,
      iat: now,
      exp: now + 300,
    });
    const signature = sign(null, Buffer.from(`${header}.${claims}`), privateKey).toString('base64url');
    return `${header}.${claims}.${signature}`;
  }

  const server = createServer((request, response) => {
    const path = (request.url ?? '/').split('?')[0]?.replace(/^\/demo-vendor/, '') ?? '/';
    const send = (status, body) => {
      response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'GET' && path === '/jwks.json') return send(200, jwks);
    if (request.method === 'POST' && path === '/verify') {
      let raw = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        raw += chunk;
        if (raw.length > 4096) request.destroy();
      });
      request.on('end', () => {
        let nonce;
        try {
          nonce = JSON.parse(raw).nonce;
        } catch {}
        if (typeof nonce !== 'string' || nonce.length === 0 || nonce.length > 200) {
          return send(400, { error: { code: 'invalid_request', message: 'Send { "nonce": "…" }.' } });
        }
        send(200, { jwt: signResult(nonce) });
      });
      return;
    }
    send(404, { error: { code: 'not_found', message: 'GET /jwks.json or POST /verify.' } });
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}`;
  return {
    url,
    jwksUrl: `${url}/jwks.json`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
