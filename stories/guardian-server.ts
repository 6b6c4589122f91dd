import type { GuardianSettingsValue, GuardianStatus } from '@youthchat/core';

/** How the stand-in `/api/guardian` answers: Storybook runs without a server. */
export interface GuardianServerState {
  teen?: 'none' | 'pending' | 'linked';
  link?: 'valid' | 'expired';
  settings?: Partial<GuardianSettingsValue>;
  usedMinutesToday?: number;
  lastAlertAt?: string | null;
}

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** Answers the guardian routes as youthchat-server would, from a state kept per story. */
export function fakeGuardianServer(initial: GuardianServerState = {}): typeof fetch {
  let teen = initial.teen ?? 'none';
  let linkUsed = false;
  let settings: GuardianSettingsValue = {
    alerts: true,
    quietHours: null,
    dailyLimitMinutes: null,
    timeZone: 'Europe/London',
    ...initial.settings,
  };
  const view = () => ({
    status: 'linked' as const,
    band: 'teen13to15',
    linkedAt: '2026-11-02T18:00:00.000Z',
    settings,
    usedMinutesToday: initial.usedMinutesToday ?? 20,
    lastAlertAt: initial.lastAlertAt ?? null,
  });
  return async (input, init) => {
    const url = new URL(String(input), 'http://story.local');
    const method = init?.method ?? 'GET';
    if (url.pathname.includes('/guardian/confirm/')) {
      if (initial.link === 'expired')
        return json({ error: { code: 'guardian_link_expired', message: 'Expired.' } }, 410);
      if (linkUsed) return json({ error: { code: 'guardian_link_unknown', message: 'Used.' } }, 404);
      if (method === 'POST') {
        linkUsed = true;
        return json({ status: 'linked', manageToken: 'story-credential-0123456789abcdefghijklmnopqrstu', settings });
      }
      return json({ band: 'teen13to15', expiresAt: '2026-11-05T18:00:00.000Z' });
    }
    if (url.pathname.endsWith('/guardian/settings')) {
      if (method === 'DELETE') return json({ status: 'unlinked' });
      if (method === 'PUT') settings = { ...settings, ...(JSON.parse(String(init?.body)) as GuardianSettingsValue) };
      return json(view());
    }
    if (method === 'POST') teen = 'pending';
    if (method === 'DELETE') teen = 'none';
    const status: GuardianStatus =
      teen === 'linked'
        ? { ...view(), status: 'linked' }
        : teen === 'pending'
          ? { status: 'pending', expiresAt: '2026-11-05T18:00:00.000Z' }
          : { status: 'none' };
    return json(status, method === 'POST' ? 202 : 200);
  };
}
