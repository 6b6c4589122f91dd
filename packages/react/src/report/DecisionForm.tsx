import { MODERATION_ACTIONS, type ModerationAction, type ReportQueueMessages } from '@youthchat/core';
import { type FormEvent, useId, useState } from 'react';
import type { DecisionBody } from './queue-api.js';

type GroundType = 'terms-of-service' | 'illegal-content' | 'none';

const TIMED = new Set<ModerationAction>(['restrict-content', 'suspend-account']);

/** The moderator's decision: action and scope, facts, ground, automated means. */
export function DecisionForm(props: {
  t: ReportQueueMessages;
  busy: boolean;
  onDecide: (decision: DecisionBody) => void;
  headingLevel: number;
}) {
  const { t, busy, onDecide } = props;
  const id = useId();
  const Heading = `h${Math.min(props.headingLevel, 6)}` as 'h3';
  const [action, setAction] = useState<ModerationAction>('remove-content');
  const [scope, setScope] = useState('');
  const [territorialScope, setTerritorialScope] = useState('worldwide');
  const [durationDays, setDurationDays] = useState('');
  const [facts, setFacts] = useState('');
  const [groundType, setGroundType] = useState<GroundType>('terms-of-service');
  const [reference, setReference] = useState('');
  const [explanation, setExplanation] = useState('');
  const [automatedDetection, setAutomatedDetection] = useState(false);
  const [automatedDecision, setAutomatedDecision] = useState(false);
  const [cse, setCse] = useState(false);
  const ground = action === 'no-action' ? 'none' : groundType === 'none' ? 'terms-of-service' : groundType;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const days = Number(durationDays);
    onDecide({
      action,
      ...(scope ? { scope } : {}),
      territorialScope: territorialScope.trim() || 'worldwide',
      ...(TIMED.has(action) && durationDays !== '' && Number.isInteger(days) ? { durationDays: days } : {}),
      facts,
      ground:
        ground === 'illegal-content'
          ? { type: ground, legalGround: reference, explanation }
          : ground === 'terms-of-service'
            ? { type: ground, clause: reference, explanation }
            : { type: 'none', explanation },
      automatedDetection,
      automatedDecision,
      ...(cse ? { childSexualExploitation: true } : {}),
    });
  };

  return (
    <form className="yc-queue__decision" data-slot="queue-decision" onSubmit={submit}>
      <Heading className="yc-queue__subheading">{t.decide}</Heading>
      <div className="yc-queue__row">
        <label htmlFor={`${id}-action`}>{t.action}</label>
        <select id={`${id}-action`} value={action} onChange={(e) => setAction(e.target.value as ModerationAction)}>
          {MODERATION_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {t.actions[a]}
            </option>
          ))}
        </select>
      </div>
      <div className="yc-queue__row">
        <label htmlFor={`${id}-scope`}>{t.scope}</label>
        <select id={`${id}-scope`} value={scope} onChange={(e) => setScope(e.target.value)}>
          <option value="">{t.any}</option>
          {(['message', 'conversation', 'account'] as const).map((s) => (
            <option key={s} value={s}>
              {t.scopes[s]}
            </option>
          ))}
        </select>
      </div>
      <div className="yc-queue__row">
        <label htmlFor={`${id}-territory`}>{t.territorialScope}</label>
        <input
          id={`${id}-territory`}
          value={territorialScope}
          maxLength={100}
          onChange={(e) => setTerritorialScope(e.target.value)}
        />
      </div>
      {TIMED.has(action) ? (
        <div className="yc-queue__row">
          <label htmlFor={`${id}-days`}>{t.durationDays}</label>
          <input
            id={`${id}-days`}
            type="number"
            min={1}
            max={3650}
            value={durationDays}
            aria-describedby={`${id}-days-hint`}
            onChange={(e) => setDurationDays(e.target.value)}
          />
          <p id={`${id}-days-hint`} className="yc-report__hint">
            {t.durationHint}
          </p>
        </div>
      ) : null}
      <div className="yc-queue__row">
        <label htmlFor={`${id}-facts`}>{t.facts}</label>
        <textarea
          id={`${id}-facts`}
          required
          maxLength={4000}
          rows={3}
          value={facts}
          onChange={(e) => setFacts(e.target.value)}
        />
      </div>
      {action !== 'no-action' ? (
        <fieldset className="yc-queue__ground">
          <legend>{t.groundType}</legend>
          {(['terms-of-service', 'illegal-content'] as const).map((g) => (
            <label key={g} className="yc-report__check">
              <input
                type="radio"
                name={`${id}-ground`}
                value={g}
                checked={ground === g}
                onChange={() => setGroundType(g)}
              />
              <span>{g === 'terms-of-service' ? t.groundTerms : t.groundIllegal}</span>
            </label>
          ))}
          <div className="yc-queue__row">
            <label htmlFor={`${id}-reference`}>{t.groundReference}</label>
            <input
              id={`${id}-reference`}
              required
              maxLength={500}
              value={reference}
              onChange={(e) => setReference(e.target.value)}
            />
          </div>
        </fieldset>
      ) : null}
      <div className="yc-queue__row">
        <label htmlFor={`${id}-explanation`}>{t.groundExplanation}</label>
        <textarea
          id={`${id}-explanation`}
          required
          maxLength={4000}
          rows={2}
          value={explanation}
          onChange={(e) => setExplanation(e.target.value)}
        />
      </div>
      <label className="yc-report__check">
        <input type="checkbox" checked={automatedDetection} onChange={(e) => setAutomatedDetection(e.target.checked)} />
        <span>{t.automatedDetection}</span>
      </label>
      <label className="yc-report__check">
        <input type="checkbox" checked={automatedDecision} onChange={(e) => setAutomatedDecision(e.target.checked)} />
        <span>{t.automatedDecision}</span>
      </label>
      <label className="yc-report__check">
        <input type="checkbox" checked={cse} onChange={(e) => setCse(e.target.checked)} />
        <span>{t.preserveCse}</span>
      </label>
      <div className="yc-report__actions">
        <button type="submit" className="yc-button" aria-disabled={busy || undefined}>
          {t.submitDecision}
        </button>
      </div>
    </form>
  );
}
