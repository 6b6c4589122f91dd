import { pickMessages, type ReportOutcome, reportMessages, reportQueueMessages } from '@youthchat/core';
import { ReportButton, useReportOutbox, useYouthSafety } from '@youthchat/react';
import { useState } from 'react';

/** Step 4: reporting. Each reply has its own Report button; this is the general one, and the reporter's side after. */
export function ReportsSection() {
  const { band, locale, fetch, serverUrl } = useYouthSafety('ReportsSection');
  const { entries } = useReportOutbox('ReportsSection');
  const [outcomes, setOutcomes] = useState<Record<string, ReportOutcome | string>>({});
  const reasons = pickMessages(reportMessages, locale, band).reasons;
  const actions = pickMessages(reportQueueMessages, locale).actions;

  async function checkOutcome(reference: string) {
    try {
      const response = await fetch(`${serverUrl}/reports/${encodeURIComponent(reference)}/status`);
      const body = await response.json();
      const outcome: ReportOutcome | string = response.ok ? body : (body?.error?.message ?? `HTTP ${response.status}`);
      setOutcomes((previous) => ({ ...previous, [reference]: outcome }));
    } catch (error) {
      setOutcomes((previous) => ({ ...previous, [reference]: String(error) }));
    }
  }

  const describe = (outcome: ReportOutcome | string) =>
    typeof outcome === 'string'
      ? `Could not check: ${outcome}`
      : outcome.statement
        ? `Decided: ${actions[outcome.statement.decision.action]}. ${outcome.statement.facts}`
        : 'Waiting for a moderator.';

  return (
    <section className="demo-section" aria-labelledby="demo-reports">
      <h2 id="demo-reports">
        <span className="demo-step">4</span> Reports
      </h2>
      <p className="demo-note">
        Report buttons sit under every reply; this one is the general entry. A report is kept on the device until the
        server has it, then the reporter gets a reference number to read the decision with.
      </p>
      <ReportButton />
      {entries.length > 0 && (
        <>
          <h3 id="demo-your-reports">Reports sent from this device</h3>
          <ul className="demo-reports" aria-labelledby="demo-your-reports">
            {entries.map((entry) => {
              const reference = entry.receipt?.reference;
              const outcome = reference ? outcomes[reference] : undefined;
              return (
                <li key={entry.clientReportId}>
                  <strong>{reference ?? entry.state}</strong> {reasons[entry.report.reason]}
                  {reference && (
                    <button
                      type="button"
                      className="yc-button"
                      data-variant="secondary"
                      aria-label={`Check the outcome of ${reference}`}
                      onClick={() => void checkOutcome(reference)}
                    >
                      Check the outcome
                    </button>
                  )}
                  {reference && (
                    <p className="demo-outcome" role="status">
                      {outcome === undefined ? '' : describe(outcome)}
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
