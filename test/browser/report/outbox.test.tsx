import { waitFor, within } from '@testing-library/react';
// Playwright's locators do not reach into another document; inside the frame, events are
// dispatched in the page as user-event does it.
import userEvents from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshDevice, outboxEntries, storedReports, until } from './harness.tsx';
// Imported (it renders nothing outside a frame) so Vite pre-bundles the frame's
// dependencies before the run: one first met inside the iframe would reload the page.
import './frame.tsx';

beforeEach(() => {
  freshDevice();
  window.ycServerUp = false;
  window.ycRequests = 0;
});
afterEach(() => {
  for (const frame of document.querySelectorAll('iframe[title="report frame"]')) frame.remove();
  freshDevice();
});

async function frameDocument(frame: HTMLIFrameElement): Promise<Document> {
  await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
  const doc = frame.contentDocument;
  if (!doc) throw new Error('frame has no document');
  await waitFor(() => expect(doc.querySelector('[data-slot="report-trigger"]')).not.toBeNull(), { timeout: 15_000 });
  return doc;
}

describe('the report outbox in Chromium', () => {
  it('keeps a report through a reload while the server is down, then sends it once the server is back', async () => {
    const frame = document.createElement('iframe');
    frame.title = 'report frame';
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.src = new URL('./frame.html', import.meta.url).href;
    document.body.append(frame);
    let doc = await frameDocument(frame);
    const userEvent = userEvents.setup({ document: doc });

    await userEvent.click(within(doc.body).getByRole('button', { name: 'Report this message' }));
    const d = await within(doc.body).findByRole('dialog');
    await userEvent.click(within(d).getByRole('radio', { name: 'Sharing personal information' }));
    await userEvent.type(within(d).getByRole('textbox', { name: /tell us/i }), 'It gave out an address');
    // The copy shown is the one that will be sent: scrubbed on the device.
    const preview = within(d).getByRole('figure').textContent ?? '';
    expect(preview).not.toContain('07700 900123');
    await userEvent.click(within(d).getByRole('button', { name: 'Send report' }));
    expect(await within(d).findByRole('heading', { name: 'We saved your report' })).toBeVisible();

    const [waiting] = outboxEntries('yc-frame');
    expect(waiting).toMatchObject({ state: 'pending' });
    const clientReportId = waiting?.clientReportId ?? '';
    expect(await storedReports(clientReportId)).toHaveLength(0);

    // A real reload of the frame's document: nothing survives but storage.
    const reloaded = new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
    frame.contentWindow?.location.reload();
    await reloaded;
    doc = frame.contentDocument as Document;
    await waitFor(() => expect(doc.querySelector('[data-slot="report-trigger"]')).not.toBeNull(), { timeout: 15_000 });
    // After the reload the outbox tried again (and failed): the report is still waiting.
    await until(() => (outboxEntries('yc-frame')[0]?.attempts ?? 0) >= 2, 'a retry after the reload');
    expect(outboxEntries('yc-frame')).toMatchObject([{ clientReportId, state: 'pending' }]);
    expect(await storedReports(clientReportId)).toHaveLength(0);

    // The server comes back; the browser says it is online again.
    window.ycServerUp = true;
    frame.contentWindow?.dispatchEvent(new Event('online'));
    await until(
      () => outboxEntries('yc-frame')[0]?.state === 'sent',
      `sent: ${localStorage.getItem('yc-frame:report-outbox')}`,
    );
    const sent = outboxEntries('yc-frame')[0];
    expect(sent?.receipt?.reference).toMatch(/^YC-/);

    const stored = await storedReports(clientReportId);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({
      reason: 'personal-info',
      details: 'It gave out an address',
      messageId: 'frame-message-1',
      messageRole: 'assistant',
      reference: sent?.receipt?.reference,
    });
    expect(stored[0]?.excerpt).not.toContain('07700 900123');
    const outcome = await fetch(`/api/reports/${sent?.receipt?.reference}/status`);
    expect(outcome.status).toBe(200);
  });
});
