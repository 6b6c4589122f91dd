import type { AgeBand, ConsentScope, ConsentStatus } from '@youthchat/core';

/** The notice as youthchat-server sends it (docs/consent.md), in English, for stories without a server. */
export const STORY_NOTICE = {
  locale: 'en',
  expiresAt: '2030-01-08T09:00:00.000Z',
  nonce: 'story-nonce',
  service: { name: 'Study Buddy', operator: 'Example Ltd', contact: 'privacy@example.com' },
  child: { band: 'under13', country: 'US' },
  title: 'Your child asked to use Study Buddy',
  sections: [
    {
      id: 'collected',
      heading: 'What we collect',
      body: 'The messages your child types, with names, phone numbers and addresses taken out first; their age band and country; reports they send.',
    },
    { id: 'purpose', heading: 'Why', body: 'To answer your child and to keep the chat safe for them.' },
    { id: 'third-parties', heading: 'Who else receives it', body: 'Only if you allow it:' },
    {
      id: 'retention',
      heading: 'How long we keep it',
      body: 'Messages are not kept. Reports: one year. Your address: 7 days at most.',
    },
    {
      id: 'rights',
      heading: 'Your rights',
      body: 'You can review, download or delete what we hold, and take back your permission, at any time.',
    },
  ],
  scopes: [
    {
      id: 'use',
      title: 'Use the chat',
      description: 'Your child chats with the assistant on this service.',
      methods: ['email-plus', 'vendor'],
    },
    {
      id: 'ai-provider',
      title: 'Share messages with OpenAI',
      description: 'Your child’s messages, without personal details, go to OpenAI, which writes the answers.',
      methods: ['vendor'],
    },
  ],
  methods: [
    {
      id: 'email-plus',
      scopes: ['use'],
      label: 'Confirm by email',
      description: 'Your click on this link; we send you a confirmation email later.',
      evidence: 'none',
    },
    {
      id: 'vendor',
      scopes: ['use', 'ai-provider'],
      label: 'Verify with an ID check',
      description: 'A short check by our verification partner.',
      evidence: 'jwt',
    },
  ],
  thirdParties: [{ name: 'OpenAI', purpose: 'writes the chat’s answers', scope: 'ai-provider' }],
};

export interface FakeConsentServer {
  fetch: typeof fetch;
  /** What the child's `GET /age` answers now; a story or test changes it to play the parent. */
  state: { band: AgeBand; consent: ConsentStatus; consentScopes: ConsentScope[] };
  /** Requests seen, as `METHOD path`. */
  calls: string[];
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/**
 * Answers the consent routes as youthchat-server would, for stories (which
 * run without a server). Link tokens: `used`, `expired`, `unknown` answer
 * those errors; any other is a live link. Tests against the real server use
 * the browser tests' server instead.
 */
export function fakeConsentServer(
  initial: { band: AgeBand; consent: ConsentStatus; consentScopes?: ConsentScope[] },
  options: { hang?: RegExp; grantAfterChecks?: number; grantScopes?: ConsentScope[] } = {},
): FakeConsentServer {
  const state = { band: initial.band, consent: initial.consent, consentScopes: initial.consentScopes ?? [] };
  const calls: string[] = [];
  let checks = 0;
  const fetcher: typeof fetch = async (input, init) => {
    const url = new URL(String(input), 'http://localhost');
    const method = init?.method ?? 'GET';
    calls.push(`${method} ${url.pathname}`);
    if (options.hang?.test(`${method} ${url.pathname}`)) return new Promise<Response>(() => {});
    const path = url.pathname.replace(/^\/api/, '');
    if (path === '/age') {
      checks += 1;
      // Plays the parent deciding while the child waits.
      if (options.grantAfterChecks !== undefined && checks >= options.grantAfterChecks) {
        state.consent = 'granted';
        state.consentScopes = options.grantScopes ?? ['use'];
      }
      return json({ ...state, expiresAt: '2030-01-01T00:00:00.000Z' });
    }
    if (path === '/consent/requests' && method === 'POST') {
      state.consent = 'pending';
      return json({ consent: 'pending', expiresAt: '2030-01-08T09:00:00.000Z' }, 202);
    }
    const link = /^\/consent\/([^/]+)$/.exec(path)?.[1];
    if (link) {
      if (link === 'used') return json({ error: { code: 'consent_link_used', message: 'used' } }, 410);
      if (link === 'expired') return json({ error: { code: 'consent_link_expired', message: 'expired' } }, 410);
      if (link === 'unknown') return json({ error: { code: 'consent_link_unknown', message: 'unknown' } }, 404);
      if (method === 'GET') return json(STORY_NOTICE);
      const body = JSON.parse(String(init?.body ?? '{}')) as { decision?: string; scopes?: ConsentScope[] };
      const granted = body.decision === 'grant';
      return json({
        consent: granted ? 'granted' : 'denied',
        consentScopes: granted ? (body.scopes ?? []) : [],
        manage: { url: '/parent/manage/story-manage', token: 'story-manage', expiresAt: '2030-02-01T00:00:00.000Z' },
      });
    }
    if (/^\/parent\/[^/]+$/.test(path)) {
      return json({
        child: { band: state.band, country: 'US' },
        consent: {
          status: state.consent,
          scopes: state.consentScopes,
          method: 'email-plus',
          decidedAt: '2029-12-01T10:00:00.000Z',
        },
        holdings: { consentRecords: 1, reports: 2, riskScores: 0, escalations: 0 },
        expiresAt: '2030-02-01T00:00:00.000Z',
      });
    }
    if (/^\/parent\/[^/]+\/revoke$/.test(path)) {
      state.consent = 'denied';
      state.consentScopes = [];
      return json({ consent: 'denied', consentScopes: [] });
    }
    if (/^\/parent\/[^/]+\/data$/.test(path))
      return json({ deleted: { reports: 2, consentRecords: 1, riskScores: 0 } });
    return json({ error: { code: 'not_found', message: 'no such route' } }, 404);
  };
  return { fetch: fetcher, state, calls };
}
