// PLACEHOLDER until the disclosure, crisis and report folders export their components:
// SafeChat reaches them only through this file so the switch is one edit.
import type { ReactNode } from 'react';

export function useAIDisclosure(): { acknowledged: boolean; reminderDue: boolean; open(): void } {
  return { acknowledged: true, reminderDue: false, open() {} };
}

export function AIDisclosure(): ReactNode {
  return null;
}

export function CrisisResources(_props: { categories?: readonly string[] }): ReactNode {
  return null;
}

export function ReportButton(_props: { messageId?: string; excerpt?: string }): ReactNode {
  return null;
}

export async function moderateOutgoing(
  _text: string,
  _context: { band: string; locale: string; policy: unknown; hooks?: unknown },
): Promise<never> {
  throw new Error('The safety engine is not available yet.');
}
