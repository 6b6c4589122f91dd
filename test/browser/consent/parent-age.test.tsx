// The parent's confirmation of the child's age group on the parent's page, in real Chromium: the age
// groups offered, the rule that an older group needs a check that verifies the parent, and the outcome;
// axe for each new state in English and Spanish. The server's side is tested in test/server/consent/parent-age.test.ts.
import { render, within } from '@testing-library/react';
import { formatMessage, type ParentConsentMessages, parentConsentMessages, pickMessages } from '@youthchat/core';
import { ParentConsent, type ParentDecision, YouthSafetyProvider } from '@youthchat/react';
import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { STORY_NOTICE } from '../../../stories/fake-consent-server.ts';
import { expectNoAxeViolations } from '../../helpers/axe.ts';

const BANDS = {
  en: { under13: 'under 13', teen13to15: '13 to 15', teen16to17: '16 or 17' },
  es: { under13: 'menos de 13', teen13to15: '13 a 15', teen16to17: '16 o 17' },
} as const;

const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

/** The notice and decision routes as youthchat-server answers them, with the age groups in the parent's language. */
function server(locale: 'en' | 'es') {
  const posted: Record<string, unknown>[] = [];
  const labels = BANDS[locale];
  const notice = {
    ...STORY_NOTICE,
    locale,
    methods: STORY_NOTICE.methods.map((m) => ({
      ...m,
      ageAssurance: m.id === 'vendor' ? 'verified' : 'self-declared',
    })),
    childAge: {
      band: 'under13',
      label: labels.under13,
      bands: (['under13', 'teen13to15', 'teen16to17'] as const).map((id) => ({ id, label: labels[id] })),
      raiseMethods: ['vendor'],
    },
  };
  const fetcher: typeof fetch = async (_input, init) => {
    const method = init?.method ?? 'GET';
    if (method === 'GET') return json(notice);
    const body = JSON.parse(String(init?.body ?? '{}')) as Record<string, unknown>;
    posted.push(body);
    const band = (body.childAge as { band?: string } | undefined)?.band;
    return json({
      consent: 'granted',
      consentScopes: body.scopes,
      ...(band && band !== 'under13'
        ? { parentAge: { band, provenance: { method: 'parent', assurance: 'verified' } } }
        : {}),
      manage: { url: '/parent/manage/m', token: 'm' },
    });
  };
  return { fetch: fetcher, posted };
}

describe.each(['en', 'es'] as const)('a parent confirms the child’s age group (%s)', (locale) => {
  it('offers the groups with the child’s own chosen, refuses an older one without a check, and records it with one', async () => {
    const t = pickMessages(parentConsentMessages, locale) as ParentConsentMessages;
    const labels = BANDS[locale];
    const api = server(locale);
    const decided = vi.fn<(decision: ParentDecision) => void>();
    const page = render(
      <YouthSafetyProvider locale={locale} storage={null} fetch={api.fetch}>
        <ParentConsent
          token="live"
          verifiers={{ vendor: async ({ nonce }) => ({ jwt: `signed-for-${nonce}` }) }}
          onDecided={decided}
        />
      </YouthSafetyProvider>,
    );
    const view = within(page.container);
    const group = await view.findByRole('group', { name: t.ageLegend });
    const age = within(group);
    expect(age.getAllByRole('radio')).toHaveLength(3);
    expect(age.getByRole('radio', { name: labels.under13 })).toBeChecked();
    expect(group).toHaveAccessibleDescription(formatMessage(t.ageHint, { band: labels.under13 }));
    await expectNoAxeViolations(page.container);

    // An older group by email: explained, nothing sent.
    await userEvent.click(age.getByRole('radio', { name: labels.teen13to15 }));
    await userEvent.click(view.getByRole('checkbox', { name: 'Use the chat' }));
    await userEvent.click(view.getByRole('radio', { name: 'Confirm by email' }));
    await userEvent.click(view.getByRole('button', { name: t.grant }));
    expect(view.getByRole('alert')).toHaveTextContent(t.errorAgeNeedsCheck);
    expect(group).toHaveAccessibleDescription(
      `${formatMessage(t.ageHint, { band: labels.under13 })} ${t.errorAgeNeedsCheck}`,
    );
    expect(api.posted).toHaveLength(0);
    await expectNoAxeViolations(page.container);

    // The same through the check that verifies the parent: sent with the group, and the outcome says it.
    await userEvent.click(view.getByRole('radio', { name: 'Verify with an ID check' }));
    expect(view.getByRole('alert')).toBeEmptyDOMElement();
    await userEvent.click(view.getByRole('button', { name: t.grant }));
    expect(await view.findByRole('heading', { name: t.grantedTitle })).toHaveFocus();
    expect(api.posted[0]).toMatchObject({
      decision: 'grant',
      method: 'vendor',
      scopes: ['use'],
      childAge: { band: 'teen13to15' },
      evidence: { jwt: 'signed-for-story-nonce' },
    });
    expect(view.getByText(formatMessage(t.grantedAge, { band: labels.teen13to15 }))).toBeVisible();
    expect(decided).toHaveBeenCalledWith(expect.objectContaining({ childBand: 'teen13to15' }));
    await expectNoAxeViolations(page.container);
  });
});
