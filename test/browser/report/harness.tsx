import { cleanup, render, waitFor, within } from '@testing-library/react';
import type { ModeratorReport } from '@youthchat/core';
import {
  ReportButton,
  type ReportButtonProps,
  YouthSafetyProvider,
  type YouthSafetyProviderProps,
} from '@youthchat/react';
import { expect } from 'vitest';
import { userEvent } from 'vitest/browser';

/** The moderator token the browser tests' server is started with (test/browser/global-setup.ts). */
export const MODERATOR = { authorization: 'Bearer browser-test-moderator-token' };

export function freshDevice(): void {
  cleanup();
  localStorage.clear();
}

export function renderButton(props: ReportButtonProps = {}, provider: Partial<YouthSafetyProviderProps> = {}) {
  return render(
    <YouthSafetyProvider locale="en-GB" {...provider}>
      <ReportButton {...props} />
    </YouthSafetyProvider>,
  );
}

/** The open report dialog. */
export async function dialog(): Promise<HTMLElement> {
  return (await within(document.body).findByRole('dialog')) as HTMLElement;
}

/** Opens the dialog, picks a reason, writes details and sends, as a person would. */
export async function report(
  root: ParentNode & Element,
  reason: RegExp | string,
  details?: string,
): Promise<HTMLElement> {
  const trigger = within(root as HTMLElement).getByRole('button', { name: /report/i });
  await userEvent.click(trigger);
  const d = await dialog();
  await userEvent.click(within(d).getByRole('radio', { name: reason }));
  if (details) await userEvent.fill(within(d).getByRole('textbox', { name: /tell us/i }), details);
  await userEvent.click(within(d).getByRole('button', { name: /send report/i }));
  return d;
}

/** Reports the server holds for a clientReportId, read through the moderator route. */
export async function storedReports(clientReportId: string): Promise<ModeratorReport[]> {
  const response = await fetch(`/api/reports?clientReportId=${encodeURIComponent(clientReportId)}`, {
    headers: MODERATOR,
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { reports: ModeratorReport[] }).reports;
}

/** The single outbox entry stored under a storage key prefix. */
export function outboxEntries(
  storageKey = 'youthchat',
): { clientReportId: string; state: string; attempts: number; receipt?: { reference: string } }[] {
  return JSON.parse(localStorage.getItem(`${storageKey}:report-outbox`) ?? '[]');
}

export async function until(check: () => boolean, what: string, timeout = 15_000): Promise<void> {
  await waitFor(() => expect(check(), what).toBe(true), { timeout });
}
