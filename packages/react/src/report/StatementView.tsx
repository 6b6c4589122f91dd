import type { ReportQueueMessages, StatementOfReasons } from '@youthchat/core';

/** A statement of reasons as a description list, every DSA Art. 17(3) fact labelled. */
export function StatementView({
  statement,
  t,
  heading,
}: {
  statement: StatementOfReasons;
  t: ReportQueueMessages;
  heading: React.ReactNode;
}) {
  const ground = statement.ground;
  return (
    <section className="yc-queue__statement" data-slot="queue-statement">
      {heading}
      <dl className="yc-queue__facts">
        <dt>{t.action}</dt>
        <dd>{t.actions[statement.decision.action]}</dd>
        <dt>{t.scope}</dt>
        <dd>
          {t.scopes[statement.decision.scope]} · {statement.decision.territorialScope}
          {statement.decision.endsAt ? ` · ${statement.decision.endsAt.slice(0, 10)}` : ''}
        </dd>
        <dt>{t.facts}</dt>
        <dd>{statement.facts}</dd>
        <dt>{t.groundType}</dt>
        <dd>
          {ground.type === 'illegal-content'
            ? `${t.groundIllegal}: ${ground.legalGround}`
            : ground.type === 'terms-of-service'
              ? `${t.groundTerms}: ${ground.clause}`
              : t.groundNone}
          . {ground.explanation}
        </dd>
        <dt>{t.automatedDetection}</dt>
        <dd>{statement.automatedMeans.detection ? '✓' : '✗'}</dd>
        <dt>{t.automatedDecision}</dt>
        <dd>{statement.automatedMeans.decision ? '✓' : '✗'}</dd>
        <dt>{t.appeal}</dt>
        <dd>{statement.redress.internalComplaint.howTo}</dd>
      </dl>
    </section>
  );
}
