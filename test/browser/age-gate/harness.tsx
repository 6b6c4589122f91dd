import { cleanup, render, within } from '@testing-library/react';
import { AgeGate, type AgeGateProps, YouthSafetyProvider, type YouthSafetyProviderProps } from '@youthchat/react';
import { userEvent } from 'vitest/browser';

/** The reset credential the browser tests' server holds (test/browser/global-setup.ts). */
export const AGE_RESET = { authorization: 'Bearer browser-test-age-reset-token-0123456789' };

/**
 * Forgets any earlier answer: the device's copy and the server's cookie. The
 * reset is sent with the credential, as an app's server would send it.
 */
export async function freshDevice(): Promise<void> {
  cleanup();
  localStorage.clear();
  const response = await fetch('/api/age', { method: 'DELETE', headers: AGE_RESET });
  if (response.status !== 204) throw new Error(`The age reset answered ${response.status}.`);
}

export function renderGate(props: AgeGateProps = {}, provider: Partial<YouthSafetyProviderProps> = {}) {
  return render(
    <YouthSafetyProvider locale="en-GB" {...provider}>
      <AgeGate {...props} />
    </YouthSafetyProvider>,
  );
}

/** A birth date `years` old today (its birthday was 1 January), as the form takes it. */
export function birthDateYearsAgo(years: number) {
  return { day: '1', month: 'January', year: String(new Date().getFullYear() - years) };
}

/** Fills and sends the gate with the pointer and keyboard as a person would. */
export async function answer(root: HTMLElement, date: { day: string; month: string; year: string }) {
  const { getByRole } = within(root);
  await userEvent.fill(getByRole('textbox', { name: 'Day' }), date.day);
  await userEvent.selectOptions(getByRole('combobox', { name: 'Month' }), date.month);
  await userEvent.fill(getByRole('textbox', { name: 'Year' }), date.year);
  await userEvent.click(getByRole('button', { name: 'Continue' }));
}
