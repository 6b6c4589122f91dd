import { request as httpRequest } from 'node:http';
import { signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECRET } from './helpers.ts';
import { errorOf, moderator, postJson, type ReportsTestServer, startReportsServer } from './server.ts';

/** Every way the report routes refuse a request, each over real HTTP, each a 4xx with the error shape. */
describe('report routes refuse bad requests with a 4xx and a JSON error', () => {
  let server: ReportsTestServer;
  let decidedReference: string;
  let decidedId: string;

  beforeAll(async () => {
    server = await startReportsServer({
      allowedOrigins: ['https://app.example'],
      // The appeal window closes ten days after a decision here, so one can be tested closed.
      appeals: { windowDays: 10 },
    });
    const created = (await (await postJson(server.url, { reason: 'scary' })).json()) as {
      id: string;
      reference: string;
    };
    decidedId = created.id;
    decidedReference = created.reference;
    const decided = await postJson(
      `${server.url}/${decidedId}/decision`,
      { action: 'no-action', facts: 'A film trailer.', ground: { type: 'none', explanation: 'Allowed.' } },
      moderator,
    );
    expect(decided.status).toBe(200);
  });
  afterAll(() => server.close());

  const rejects = async (response: Response | Promise<Response>, status: number, code: string | RegExp) => {
    const error = await errorOf(await response);
    expect(error.status).toBe(status);
    expect(error.code).toMatch(code);
    expect(error.message.length).toBeGreaterThan(10);
    return error;
  };

  describe('POST /api/reports', () => {
    it('415 for a body that is not JSON', async () => {
      await rejects(
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"reason":"other"}' }),
        415,
        'unsupported_media_type',
      );
      await rejects(
        fetch(server.url, { method: 'POST', body: new URLSearchParams({ reason: 'other' }) }),
        415,
        /media/,
      );
    });

    it('413 for a body over 16 KB, declared or streamed', async () => {
      const big = JSON.stringify({ reason: 'other', details: 'x'.repeat(17 * 1024) });
      await rejects(postJson(server.url, big), 413, 'body_too_large');
      const streamed = new ReadableStream<Uint8Array>({
        start(controller) {
          for (let i = 0; i < 20; i++)
            controller.enqueue(new TextEncoder().encode(i === 0 ? '{"details":"' : 'y'.repeat(1024)));
          controller.close();
        },
      });
      await rejects(
        fetch(server.url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: streamed,
          duplex: 'half',
        } as RequestInit),
        413,
        'body_too_large',
      );
    });

    it('400 for an empty body, broken JSON, or JSON that is not an object', async () => {
      await rejects(postJson(server.url, ''), 400, 'empty_body');
      await rejects(postJson(server.url, '{"reason": "other"'), 400, 'invalid_json');
      await rejects(postJson(server.url, '["other"]'), 400, 'invalid_body');
      await rejects(postJson(server.url, 'null'), 400, 'invalid_body');
      await rejects(postJson(server.url, '"other"'), 400, 'invalid_body');
    });

    it('400 for text that is not UTF-8', async () => {
      const bytes = new Uint8Array([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      await rejects(
        fetch(server.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes }),
        400,
        'invalid_encoding',
      );
    });

    const invalid: [string, Record<string, unknown>, RegExp][] = [
      ['no reason', {}, /reason/],
      ['an unknown reason', { reason: 'spam' }, /reason: must be one of/],
      ['a reason that is not a string', { reason: 3 }, /reason/],
      ['details over 2000 characters', { reason: 'other', details: 'd'.repeat(2001) }, /details: must be at most 2000/],
      ['details that are not text', { reason: 'other', details: { a: 1 } }, /details/],
      ['an excerpt over 2000 characters', { reason: 'other', excerpt: 'e'.repeat(2001) }, /excerpt/],
      ['a messageId with spaces', { reason: 'other', messageId: 'a b' }, /messageId/],
      ['a messageId over 128 characters', { reason: 'other', messageId: 'm'.repeat(129) }, /messageId/],
      ['an empty clientReportId', { reason: 'other', clientReportId: '' }, /clientReportId/],
      ['a clientReportId over 128 characters', { reason: 'other', clientReportId: 'c'.repeat(129) }, /clientReportId/],
      ['a messageRole that is not user or assistant', { reason: 'other', messageRole: 'system' }, /messageRole/],
      ['a source that is not message or general', { reason: 'other', source: 'email' }, /source/],
      ['a locale that is not a language tag', { reason: 'other', locale: 'english please' }, /locale/],
      ['goodFaith that is not a boolean', { reason: 'other', goodFaith: 'yes' }, /goodFaith/],
      ['a conversationId that is not text', { reason: 'other', conversationId: 12 }, /conversationId/],
    ];
    for (const [what, body, message] of invalid) {
      it(`400 for ${what}, naming the field`, async () => {
        const error = await rejects(postJson(server.url, body), 400, 'invalid_request');
        expect(error.message).toMatch(message);
      });
    }

    it('403 for a browser request from another site; the own origin and listed ones pass', async () => {
      const body = { reason: 'other' };
      await rejects(postJson(server.url, body, { origin: 'https://evil.example' }), 403, 'origin_not_allowed');
      await rejects(
        postJson(server.url, body, { origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' }),
        403,
        'origin_not_allowed',
      );
      // Behind a proxy that rewrites Host, the browser's own Sec-Fetch-Site still says same-origin.
      expect(
        (await postJson(server.url, body, { origin: 'http://localhost:5173', 'sec-fetch-site': 'same-origin' })).status,
      ).toBe(201);
      expect((await postJson(server.url, body, { origin: 'https://app.example' })).status).toBe(201);
      expect((await postJson(server.url, body, { origin: server.origin })).status).toBe(201);
    });

    it('405 with Allow for other methods', async () => {
      for (const method of ['PUT', 'DELETE', 'PATCH']) {
        const response = await fetch(server.url, { method });
        expect(response.headers.get('allow')).toBe('GET, POST');
        await rejects(response, 405, 'method_not_allowed');
      }
    });
  });

  describe('moderator routes', () => {
    const decision = {
      action: 'remove-content',
      facts: 'The message asks a child for photos.',
      ground: { type: 'terms-of-service', clause: '3.1', explanation: 'Asking minors for images.' },
    };

    it('401 without the token, with a wrong one, another scheme, or a longer one', async () => {
      const headersList: Record<string, string>[] = [
        {},
        { authorization: 'Bearer wrong-token' },
        { authorization: `Basic ${Buffer.from('moderator:x').toString('base64')}` },
        { authorization: `${moderator.authorization}x` },
        { authorization: moderator.authorization.replace('Bearer ', 'Bearer  ').slice(0, -1) },
        { authorization: 'Bearer' },
      ];
      for (const headers of headersList) {
        const response = await fetch(server.url, { headers });
        expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
        await rejects(response, 401, 'moderator_token_invalid');
        await rejects(fetch(`${server.url}/${decidedId}`, { headers }), 401, 'moderator_token_invalid');
        await rejects(
          postJson(`${server.url}/${decidedId}/decision`, decision, headers),
          401,
          'moderator_token_invalid',
        );
      }
    });

    it('401 for everyone when no moderator token is configured', async () => {
      const off = await startReportsServer({ moderatorToken: '' });
      try {
        await rejects(fetch(off.url, { headers: { authorization: 'Bearer ' } }), 401, 'moderator_token_invalid');
        const error = await rejects(fetch(off.url, { headers: moderator }), 401, 'moderator_token_invalid');
        expect(error.message).toMatch(/MODERATOR_TOKEN/);
      } finally {
        await off.close();
      }
    });

    const badQueries: [string, RegExp][] = [
      ['status=open', /status/],
      ['reason=spam', /reason/],
      ['severity=urgent', /severity/],
      ['band=toddler', /band/],
      ['limit=0', /limit/],
      ['limit=201', /limit/],
      ['limit=ten', /limit/],
      ['since=yesterday', /since/],
      ['order=random', /order/],
      ['cursor=bm90LWEtY3Vyc29y', /cursor/],
    ];
    for (const [query, message] of badQueries) {
      it(`400 for a list filter ${query}`, async () => {
        const error = await rejects(fetch(`${server.url}?${query}`, { headers: moderator }), 400, 'invalid_request');
        expect(error.message).toMatch(message);
      });
    }

    it('404 for a report id that does not exist or is not an id', async () => {
      await rejects(
        fetch(`${server.url}/00000000-0000-4000-8000-000000000000`, { headers: moderator }),
        404,
        'report_not_found',
      );
      await rejects(fetch(`${server.url}/not-an-id`, { headers: moderator }), 404, 'report_not_found');
      await rejects(
        postJson(`${server.url}/00000000-0000-4000-8000-000000000000/decision`, decision, moderator),
        404,
        'report_not_found',
      );
    });

    const badDecisions: [string, unknown, RegExp][] = [
      ['no action', { ...decision, action: undefined }, /action/],
      ['an unknown action', { ...decision, action: 'ban-forever' }, /action/],
      ['no facts', { ...decision, facts: undefined }, /facts/],
      ['blank facts', { ...decision, facts: '   ' }, /facts/],
      ['facts over 4000 characters', { ...decision, facts: 'f'.repeat(4001) }, /facts/],
      ['no ground', { ...decision, ground: undefined }, /ground/],
      ['an unknown ground type', { ...decision, ground: { type: 'vibes', explanation: 'x' } }, /ground/],
      [
        'an illegal-content ground without the law',
        { ...decision, ground: { type: 'illegal-content', explanation: 'x' } },
        /legalGround/,
      ],
      ['no-action with a ground other than none', { ...decision, action: 'no-action' }, /ground\.type/],
      ['an action with ground none', { ...decision, ground: { type: 'none', explanation: 'x' } }, /ground\.type/],
      ['a duration on a removal', { ...decision, durationDays: 7 }, /durationDays/],
      ['a duration that is not whole', { ...decision, action: 'suspend-account', durationDays: 1.5 }, /durationDays/],
      ['automated flags that are not booleans', { ...decision, automatedDecision: 'no' }, /automatedDecision/],
    ];
    for (const [what, body, message] of badDecisions) {
      it(`400 for a decision with ${what}`, async () => {
        const fresh = (await (await postJson(server.url, { reason: 'other' })).json()) as { id: string };
        const error = await rejects(
          postJson(`${server.url}/${fresh.id}/decision`, body, moderator),
          400,
          'invalid_request',
        );
        expect(error.message).toMatch(message);
      });
    }

    it('415 for a decision that is not JSON', async () => {
      await rejects(
        fetch(`${server.url}/${decidedId}/decision`, { method: 'POST', headers: moderator, body: 'remove it' }),
        415,
        'unsupported_media_type',
      );
    });

    it('409 for a second decision before any appeal', async () => {
      await rejects(postJson(`${server.url}/${decidedId}/decision`, decision, moderator), 409, 'already_decided');
    });

    it('405 for the wrong method on each moderator route', async () => {
      await rejects(
        fetch(`${server.url}/${decidedId}`, { method: 'POST', headers: moderator }),
        405,
        'method_not_allowed',
      );
      await rejects(fetch(`${server.url}/${decidedId}/decision`, { headers: moderator }), 405, 'method_not_allowed');
    });

    it('404 for a path under /reports that is no route', async () => {
      await rejects(fetch(`${server.url}/${decidedId}/publish`, { headers: moderator }), 404, 'not_found');
      await rejects(fetch(`${server.url}/a/b/c`, { headers: moderator }), 404, 'not_found');
    });
  });

  describe('reporter routes', () => {
    it('404 for a reference that does not exist or cannot be one', async () => {
      await rejects(fetch(`${server.url}/YC-00000-00000/status`), 404, 'report_not_found');
      await rejects(fetch(`${server.url}/not%20a%20reference/status`), 404, 'report_not_found');
      await rejects(fetch(`${server.url}/${'Z'.repeat(300)}/status`), 404, 'report_not_found');
      await rejects(postJson(`${server.url}/YC-00000-00000/appeal`, {}), 404, 'report_not_found');
    });

    it('409 for an appeal before a decision, and for a second appeal', async () => {
      const fresh = (await (await postJson(server.url, { reason: 'other' })).json()) as { reference: string };
      await rejects(postJson(`${server.url}/${fresh.reference}/appeal`, {}), 409, 'not_decided');
      const first = await postJson(`${server.url}/${decidedReference}/appeal`, { text: 'It was not a trailer.' });
      expect(first.status).toBe(200);
      await rejects(postJson(`${server.url}/${decidedReference}/appeal`, {}), 409, 'already_appealed');
    });

    it('409 for an appeal after the window has closed', async () => {
      let now = Date.now();
      const timed = await startReportsServer({ appeals: { windowDays: 10 }, now: () => new Date(now) });
      try {
        const created = (await (await postJson(timed.url, { reason: 'other' })).json()) as {
          id: string;
          reference: string;
        };
        await postJson(
          `${timed.url}/${created.id}/decision`,
          { action: 'no-action', facts: 'Nothing wrong.', ground: { type: 'none', explanation: 'Allowed.' } },
          moderator,
        );
        now += 11 * 86_400_000;
        await rejects(postJson(`${timed.url}/${created.reference}/appeal`, {}), 409, 'appeal_window_closed');
      } finally {
        await timed.close();
      }
    });

    it('400 for an appeal text over 2000 characters, 415 for one that is not JSON', async () => {
      await rejects(
        postJson(`${server.url}/${decidedReference}/appeal`, { text: 't'.repeat(2001) }),
        400,
        'invalid_request',
      );
      await rejects(fetch(`${server.url}/${decidedReference}/appeal`, { method: 'POST', body: 'x' }), 415, /media/);
    });

    it('405 for the wrong method on the status and appeal routes', async () => {
      await rejects(fetch(`${server.url}/${decidedReference}/status`, { method: 'POST' }), 405, 'method_not_allowed');
      await rejects(fetch(`${server.url}/${decidedReference}/appeal`), 405, 'method_not_allowed');
    });
  });
});

describe('rate limits answer 429 with Retry-After', () => {
  const tight = { limit: 3, windowMs: 60_000 };

  it('per address for new reports', async () => {
    const server = await startReportsServer({ rateLimits: { perAddress: tight } });
    try {
      for (let i = 0; i < 3; i++) expect((await postJson(server.url, { reason: 'other' })).status).toBe(201);
      const response = await postJson(server.url, { reason: 'other' });
      expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await errorOf(response)).code).toBe('rate_limited');
    } finally {
      await server.close();
    }
  });

  it('per age token for new reports, while other tokens still pass', async () => {
    const server = await startReportsServer({ rateLimits: { perToken: tight } });
    try {
      const token = async () =>
        (await signAgeToken({ band: 'teen13to15', consent: 'not-needed' }, { secret: SECRET })).token;
      const mine = await token();
      for (let i = 0; i < 3; i++) {
        expect((await postJson(server.url, { reason: 'other' }, { 'x-youthchat-age': mine })).status).toBe(201);
      }
      const limited = await postJson(server.url, { reason: 'other' }, { 'x-youthchat-age': mine });
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await postJson(server.url, { reason: 'other' }, { 'x-youthchat-age': await token() })).status).toBe(201);
    } finally {
      await server.close();
    }
  });

  it('per address for reference lookups', async () => {
    const server = await startReportsServer({ rateLimits: { lookups: tight } });
    try {
      for (let i = 0; i < 3; i++) expect((await fetch(`${server.url}/YC-00000-00000/status`)).status).toBe(404);
      const response = await fetch(`${server.url}/YC-00000-00000/status`);
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await server.close();
    }
  });

  it('per address for refused moderator tokens', async () => {
    const server = await startReportsServer({ rateLimits: { moderatorFailures: tight } });
    try {
      for (let i = 0; i < 3; i++) {
        expect((await fetch(server.url, { headers: { authorization: 'Bearer guess' } })).status).toBe(401);
      }
      const response = await fetch(server.url, { headers: { authorization: 'Bearer guess' } });
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toMatch(/^\d+$/);
    } finally {
      await server.close();
    }
  });
});

describe('the Node adapter refuses what cannot be a request', () => {
  it('answers 400 for a malformed request line, without a 5xx', async () => {
    const server = await startReportsServer();
    try {
      const { port } = new URL(server.origin);
      const status = await new Promise<number>((resolve, reject) => {
        const req = httpRequest({
          host: '127.0.0.1',
          port,
          path: '/api/reports',
          method: 'POST',
          headers: { host: 'a b' },
        });
        req.on('response', (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        });
        req.on('error', reject);
        req.end('{}');
      });
      expect(status).toBeGreaterThanOrEqual(400);
      expect(status).toBeLessThan(500);
    } finally {
      await server.close();
    }
  });
});
