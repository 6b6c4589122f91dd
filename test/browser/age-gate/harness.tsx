import { cleanup, render, within } from '@testing-library/react';
import { AgeGate, type AgeGateProps, YouthSafetyProvider, type YouthSafetyProviderProps } from '@youthchat/react';
import { userEvent } from 'vitest/browser';

/** Forgets any earlier answer: the device's copy and the server's cookie. */
export async function freshDevice(): Promise<void> {
  cleanup();
  localStorage.clear();
  await fetch('/api/age', { method: 'DELETE' });
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
