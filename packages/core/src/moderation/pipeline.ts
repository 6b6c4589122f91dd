import { formatMessage } from '../i18n/catalogue.js';
import type { PIIFinding, ScreenResult } from '../safety/types.js';
import type { ModerationMessages } from './catalogue.js';
import { blockedSentence, leadingCategory, messagesFor, resolveContext, runScreen, runScrub } from './hooks.js';
import type {
  HookDecision,
  ModerateOptions,
  ModerationContext,
  ModerationOutcome,
  OutgoingAction,
  RemovedItem,
} from './types.js';

const RANK: Record<OutgoingAction, number> = { allow: 0, transform: 1, escalate: 2, block: 3 };

function list(items: string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

function summarise(findings: PIIFinding[], t: ModerationMessages): RemovedItem[] {
  const byType = new Map<PIIFinding['type'], RemovedItem>();
  for (const f of findings) {
    const item = byType.get(f.type);
    if (item) {
      item.count++;
      item.label = t.labelsMany?.[f.type] ?? t.labels[f.type];
    } else if (f.type in t.labels) byType.set(f.type, { type: f.type, count: 1, label: t.labels[f.type] });
  }
  return [...byType.values()];
}

function isDecision(value: unknown): value is HookDecision {
  if (typeof value !== 'object' || value === null) return false;
  const d = value as Record<string, unknown>;
  switch (d.action) {
    case 'allow':
      return true;
    case 'block':
      return typeof d.reason === 'string';
    case 'escalate':
      return typeof d.category === 'string';
    case 'transform':
      return typeof d.text === 'string' && (d.removed === undefined || Array.isArray(d.removed));
    default:
      return false;
  }
}

/**
 * Runs every check on a message before it leaves the device: the built-in
 * PII hook (per the band's policy, always for under-13s), the built-in
 * screening hook, then the app's hooks in order. The strongest decision wins
 * (block > escalate > transform > allow); a hook that throws, rejects or
 * answers something that is not a decision blocks the message (fail closed).
 * The outcome says what to send and, in the child's words, why.
 *
 * @example
 * const outcome = await moderateOutgoing('call me on 415-555-0199', { band: 'under13', locale: 'en' });
 * outcome.text        // 'call me on [phone]'
 * outcome.explanation // 'We took out personal details (phone number) to keep you safe.'
 */
export async function moderateOutgoing(message: string, options: ModerateOptions): Promise<ModerationOutcome> {
  const original = typeof message === 'string' ? message : String(message ?? '');
  const { band, policy, locale } = resolveContext(options);
  const context: ModerationContext = { band, policy, ...(locale === undefined ? {} : { locale }) };
  if (Array.isArray(options?.history)) context.history = options.history;
  const t = messagesFor(context);
  const findings: PIIFinding[] = [];
  const categories: string[] = [];
  let text = original;
  let screen: ScreenResult | undefined;
  const state: { action: OutgoingAction; escalatedAs?: string; coverage?: ModerationOutcome['coverage'] } = {
    action: 'allow',
  };
  const raise = (next: OutgoingAction) => {
    if (RANK[next] > RANK[state.action]) state.action = next;
  };
  const outcome = (explanation?: string, reason?: string): ModerationOutcome => {
    const blocked = state.action === 'block';
    return {
      action: state.action,
      text: blocked ? '' : text,
      original,
      transformed: !blocked && text !== original,
      removed: summarise(findings, t),
      categories: [...new Set(categories)],
      ...(state.coverage === undefined ? {} : { coverage: state.coverage }),
      ...(explanation === undefined ? {} : { explanation }),
      ...(reason === undefined ? {} : { reason }),
    };
  };
  const block = (reason: string, explanation: string) => {
    // A risk already found is escalated whatever else blocks: the child sees help, and the server raises it.
    if (state.action === 'escalate') return escalated(reason);
    state.action = 'block';
    return outcome(explanation, reason);
  };
  const escalated = (reason?: string) => {
    const key =
      state.escalatedAs && state.escalatedAs in t.escalated
        ? (state.escalatedAs as keyof ModerationMessages['escalated'])
        : 'default';
    return outcome(t.escalated[key] ?? t.escalated.default, reason);
  };

  // Nothing longer than the band allows is scanned at all.
  const max = policy.bands[band]?.chat.maxMessageChars;
  if (typeof max === 'number' && original.length > max && Array.from(original).length > max) {
    const sentence = formatMessage(t.tooLong, { max: String(max) });
    return block(sentence, sentence);
  }

  try {
    const scrubbed = runScrub(text, context);
    if (scrubbed && scrubbed.findings.length > 0) {
      text = scrubbed.text;
      findings.push(...scrubbed.findings);
      raise('transform');
    }
    // The screen reads the child's own words: placeholders would hide context it needs.
    const screened = runScreen(original, context);
    screen = screened;
    if (screened) {
      categories.push(...screened.categories);
      if (screened.coverage) state.coverage = screened.coverage;
      if (screened.action === 'block') {
        const sentence = blockedSentence(t, screened.categories);
        return block(sentence, sentence);
      }
      if (screened.action === 'escalate') {
        const lead = leadingCategory(screened, context);
        if (lead !== undefined) state.escalatedAs = lead;
        raise('escalate');
      }
    }
  } catch {
    return block(t.hookFailed, t.hookFailed);
  }

  for (const hook of options?.hooks ?? []) {
    let decision: unknown;
    try {
      decision = await hook(text, {
        ...context,
        text: original,
        scrubbedText: text,
        findings: { pii: [...findings], categories: [...new Set(categories)], ...(screen ? { screen } : {}) },
      });
    } catch {
      return block(t.hookFailed, t.hookFailed);
    }
    if (!isDecision(decision)) return block(t.hookFailed, t.hookFailed);
    if (decision.action === 'block') return block(decision.reason || t.blocked.default, t.blocked.default);
    if (decision.action === 'escalate') {
      categories.push(decision.category);
      if (state.escalatedAs === undefined) state.escalatedAs = decision.category;
      raise('escalate');
    } else if (decision.action === 'transform') {
      if (decision.text !== text) raise('transform');
      text = decision.text;
      findings.push(...(decision.removed ?? []));
    }
  }

  if (state.action === 'escalate') return escalated();
  if (state.action === 'transform') {
    const labels = summarise(findings, t).map((item) => item.label);
    return outcome(labels.length > 0 ? formatMessage(t.removed, { items: list(labels, t.and) }) : undefined);
  }
  return outcome();
}
