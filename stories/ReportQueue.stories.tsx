import type { Decorator, Meta, StoryObj } from '@storybook/react-vite';
import type { ModeratorReport, StatementOfReasons } from '@youthchat/core';
import { ReportQueue } from '@youthchat/react';
import { expect, within } from 'storybook/test';
import { storyScheme } from './color-scheme.ts';

/** The queue needs no provider; this wrapper gives it the toolbar's colour scheme. */
const withScheme: Decorator = (Story, context) => (
  <div className="yc-theme" data-yc-theme="" data-color-scheme={storyScheme(context)}>
    <Story />
  </div>
);

const now = Date.UTC(2026, 10, 20, 9, 30);
const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();

function report(n: number, overrides: Partial<ModeratorReport>): ModeratorReport {
  return {
    id: `00000000-0000-4000-8000-00000000000${n}`,
    reference: `YC-STORY-0000${n}`,
    reason: 'other',
    severity: 'low',
    status: 'received',
    band: 'teen13to15',
    bandVerified: true,
    source: 'message',
    details: null,
    excerpt: null,
    messageId: `msg-${n}`,
    messageRole: 'assistant',
    conversationId: 'conv-1',
    locale: 'en-GB',
    goodFaith: false,
    subject: 'k3y3d-h4sh',
    escalated: false,
    createdAt: iso(n * 7),
    updatedAt: iso(n * 7),
    preserveUntil: null,
    statement: null,
    previousStatements: [],
    appeal: null,
    ...overrides,
  };
}

const REPORTS: ModeratorReport[] = [
  report(1, {
    reason: 'grooming',
    severity: 'high',
    escalated: true,
    band: 'under13',
    details: 'It keeps asking me to keep a secret',
    excerpt: 'This can be our secret. What is your [school]?',
  }),
  report(2, { reason: 'bullying', severity: 'medium', details: 'It called me stupid' }),
  report(3, { reason: 'scary', band: 'teen16to17' }),
];

/** The reports' subject: grooming added up to an escalation; harassment stays below the threshold. */
const SUBJECT_RISK = [
  {
    category: 'grooming',
    score: 4.6,
    scoreAtLastRaise: 5,
    threshold: 4,
    halfLifeHours: 336,
    lastRaisedAt: iso(60 * 26),
    escalated: true,
  },
  {
    category: 'harassment',
    score: 1.5,
    scoreAtLastRaise: 1.5,
    threshold: 4,
    halfLifeHours: 72,
    lastRaisedAt: iso(20),
    escalated: false,
  },
];

/** Answers the moderator routes like youthchat-server would, from the list above. */
function fakeModeratorServer(): typeof fetch {
  const reports = REPORTS.map((r) => ({ ...r }));
  return async (input, init) => {
    const url = new URL(String(input), 'http://story.local');
    const json = (body: unknown, status = 200) =>
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    const risk = /\/moderation\/subjects\/([^/]+)\/risk$/.exec(url.pathname);
    if (risk) return json({ subject: risk[1], band: 'under13', categories: SUBJECT_RISK });
    const decision = /\/reports\/([^/]+)\/decision$/.exec(url.pathname);
    if (decision && init?.method === 'POST') {
      const body = JSON.parse(String(init.body)) as {
        action: StatementOfReasons['decision']['action'];
        facts: string;
        ground: StatementOfReasons['ground'];
      };
      const target = reports.find((r) => r.id === decision[1]);
      if (!target) return json({ error: { code: 'report_not_found', message: 'No report with that id.' } }, 404);
      const statement: StatementOfReasons = {
        reference: target.reference,
        decidedAt: new Date(now).toISOString(),
        decision: { action: body.action, scope: 'message', territorialScope: 'worldwide', endsAt: null },
        facts: body.facts,
        basedOnNotice: true,
        automatedMeans: { detection: false, decision: false },
        ground: body.ground,
        redress: {
          internalComplaint: {
            howTo: `Ask us to look again within six months with ${target.reference}.`,
            deadline: '2027-05-22T09:30:00.000Z',
          },
          outOfCourt: 'A certified out-of-court dispute settlement body (DSA Art. 21).',
          judicial: 'The courts of your country.',
        },
      };
      Object.assign(target, { status: 'decided', statement });
      return json({ report: target, statement });
    }
    const filtered = reports.filter(
      (r) =>
        (!url.searchParams.get('status') || r.status === url.searchParams.get('status')) &&
        (!url.searchParams.get('reason') || r.reason === url.searchParams.get('reason')),
    );
    return json({ reports: filtered, nextCursor: null });
  };
}

const meta = {
  title: 'Moderation/ReportQueue',
  component: ReportQueue,
  decorators: [withScheme],
  args: { token: 'story-moderator-token', serverUrl: '/api' },
  render: (args) => <ReportQueue {...args} fetch={fakeModeratorServer()} />,
} satisfies Meta<typeof ReportQueue>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Waiting reports, high severity marked. */
export const Waiting: Story = {
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Open YC-STORY-00001' })).toBeVisible();
    await expect(canvas.getAllByRole('row')).toHaveLength(4);
  },
};

/** Filtered to one reason. */
export const Filtered: Story = {
  play: async ({ canvas, userEvent }) => {
    await canvas.findByRole('button', { name: 'Open YC-STORY-00001' });
    await userEvent.selectOptions(canvas.getByRole('combobox', { name: 'Reason' }), 'Bullying or being mean');
    await userEvent.click(canvas.getByRole('button', { name: 'Show' }));
    await expect(await canvas.findByText('1 shown')).toBeVisible();
  },
};

/** One report open, with the decision form. */
export const Open: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Open YC-STORY-00001' }));
    const detail = await canvas.findByRole('article', { name: 'YC-STORY-00001' });
    await expect(within(detail).getByText('It keeps asking me to keep a secret')).toBeVisible();
    await expect(within(detail).getByRole('button', { name: 'Record decision' })).toBeVisible();
  },
};

/** One report open: its subject's risk that adds up, per category, in words and a bar. */
export const SubjectRisk: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Open YC-STORY-00001' }));
    const detail = await canvas.findByRole('article', { name: 'YC-STORY-00001' });
    const table = await within(detail).findByRole('table', { name: 'Risk that adds up for this person' });
    await expect(within(table).getByRole('row', { name: /grooming/ })).toHaveTextContent(
      'Reached the threshold: escalated',
    );
    await expect(within(table).getByText('1.5 of 4 (38%)')).toBeVisible();
  },
};

/** Decided: the statement of reasons with the DSA Art. 17 facts. */
export const Decided: Story = {
  play: async ({ canvas, userEvent }) => {
    await userEvent.click(await canvas.findByRole('button', { name: 'Open YC-STORY-00002' }));
    const detail = await canvas.findByRole('article', { name: 'YC-STORY-00002' });
    await userEvent.selectOptions(within(detail).getByRole('combobox', { name: 'Action' }), 'Remove the content');
    await userEvent.type(
      within(detail).getByRole('textbox', { name: 'Facts and circumstances relied on' }),
      'Insults aimed at the child.',
    );
    await userEvent.type(within(detail).getByRole('textbox', { name: 'Law or clause' }), 'Terms 4.2 (bullying)');
    await userEvent.type(
      within(detail).getByRole('textbox', { name: /Why the content/ }),
      'Name-calling aimed at a person.',
    );
    await userEvent.click(within(detail).getByRole('button', { name: 'Record decision' }));
    await expect(await within(detail).findByRole('heading', { name: 'Statement of reasons' })).toBeVisible();
  },
};

export const Spanish: Story = {
  args: { locale: 'es' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Abrir YC-STORY-00001' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Avisos' })).toBeVisible();
  },
};

export const French: Story = {
  args: { locale: 'fr-CA' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'Ouvrir YC-STORY-00001' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Signalements' })).toBeVisible();
  },
};

export const German: Story = {
  args: { locale: 'de-AT' },
  play: async ({ canvas }) => {
    await expect(await canvas.findByRole('button', { name: 'YC-STORY-00001 öffnen' })).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Meldungen' })).toBeVisible();
  },
};
