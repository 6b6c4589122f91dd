import { render, screen } from '@testing-library/react';
import { type ParentConsentMessages, parentConsentMessages, pickMessages } from '@youthchat/core';
import { ParentDataRights, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it } from 'vitest';

/** What `GET /api/parent/:token` answers (its shape is held by test/server/consent/parent-age.test.ts). */
function review(child: Record<string, unknown>) {
  const body = {
    child,
    consent: { status: 'granted', scopes: ['use'], method: 'vendor', decidedAt: '2026-11-02T10:00:00.000Z' },
    holdings: { consentRecords: 1, reports: 0, escalations: 0, riskScores: null },
    locale: 'en',
    expiresAt: '2026-12-02T10:00:00.000Z',
  };
  return (async () =>
    new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })) as typeof fetch;
}

function show(child: Record<string, unknown>) {
  render(
    <YouthSafetyProvider locale="en" storage={null} fetch={review(child)}>
      <ParentDataRights token="manage-token" />
    </YouthSafetyProvider>,
  );
}

const t = pickMessages(parentConsentMessages, 'en') as ParentConsentMessages;

describe('ParentDataRights: the age group', () => {
  it('names the age group the parent confirmed, and says they confirmed it', async () => {
    show({
      band: 'teen13to15',
      label: '13 to 15',
      country: 'US',
      confirmedBy: { method: 'parent', assurance: 'verified' },
    });
    const term = await screen.findByText(t.ageGroupLabel);
    expect(term.nextElementSibling).toHaveTextContent('13 to 15, confirmed by you');
  });

  it('names the age group the child gave when the parent did not change it', async () => {
    show({ band: 'under13', label: 'Under 13', country: 'US' });
    const term = await screen.findByText(t.ageGroupLabel);
    expect(term.nextElementSibling).toHaveTextContent(/^Under 13$/);
  });
});
