import type { AgeBand, BandPolicy } from '@youthchat/core';
import type { EscalationHook } from '../escalation/types.js';
import type { ReplyRisk } from '../risk/tracker.js';
import type { Assistant, AssistantEvent } from './assistant.js';
import { UpstreamError } from './assistant.js';
import { CheckFailedError, type CheckVerdict, type ModerationCheck, runCheck } from './checks.js';
import { ALLOW, type Decision, decide, mergeDecisions } from './decide.js';
import { EngineError, type SafetyEngine } from './engine.js';
import type { ChatServerMessages } from './messages.js';
import type { ChatLogger } from './options.js';
import type { ChatMessage } from './request.js';
import type { CategoryTable } from './rules.js';
import { OutputWindower, type WindowOptions } from './windows.js';
import type { ChatStreamEvent } from './wire.js';

/** Everything one reply needs, resolved by the handler. */
export interface ReplyContext {
  id: string;
  band: AgeBand;
  bandPolicy: BandPolicy;
  locale?: string;
  messages: ChatMessage[];
  table: CategoryTable;
  t: ChatServerMessages;
  assistant: Assistant;
  inputChecks: ModerationCheck[];
  outputChecks: ModerationCheck[];
  /** False when the provider may not be contacted (no zero data retention where it is required). */
  upstreamAllowed: boolean;
  /** A message that holds the reply after the local checks (consent not given): screened, escalated, never answered. */
  holdBeforeReply?: string;
  scrub: boolean;
  /** Where scrubbing runs (the local screen check carries its own). */
  engine: SafetyEngine;
  safetyIdentifier: string;
  subject: string;
  escalationInstructions: string;
  checkTimeoutMs: number;
  idleTimeoutMs: number;
  windows: Partial<WindowOptions>;
  onEscalation: EscalationHook | undefined;
  /** Risk that adds up across turns: told the verdicts on the child's latest message. */
  risk?: ReplyRisk;
  log: ChatLogger;
  now: () => Date;
  send: (event: ChatStreamEvent) => void;
  signal: AbortSignal;
}

type Stage = 'input' | 'output';

/** Runs one reply: input checks, generation, windowed output checks. Never throws for a client's input. */
export async function runReply(ctx: ReplyContext): Promise<void> {
  const { send, t } = ctx;
  if (ctx.signal.aborted) return;
  send({ type: 'start', id: ctx.id, assistant: ctx.assistant.kind });

  let scrubbed: string[];
  try {
    scrubbed = ctx.scrub
      ? await ctx.engine.run(
          { kind: 'scrub', texts: ctx.messages.map((m) => m.content), ...(ctx.locale ? { locale: ctx.locale } : {}) },
          ctx.signal,
        )
      : ctx.messages.map((m) => m.content);
  } catch (error) {
    // Unscrubbed text never goes on: the message is held as for any check that could not run.
    if (ctx.signal.aborted) return;
    ctx.log({ event: 'check_failed', code: errorCode(error), check: 'scrub', stage: 'input', band: ctx.band });
    return finishHeld(ctx, 'input', t.inputHeld, ALLOW);
  }
  if (ctx.signal.aborted) return;
  const messages = ctx.messages
    .map((m, i) => ({ role: m.role, content: scrubbed[i] ?? '' }))
    .filter((m) => m.content.trim() !== '');
  const latest = messages[messages.length - 1] as ChatMessage;
  let history = messages.slice(0, -1);

  // 1. Checks that stay on this server (the same screen as the client).
  const local = ctx.inputChecks.filter((c) => !c.remote);
  const remote = ctx.assistant.kind === 'openai' ? ctx.inputChecks.filter((c) => c.remote) : [];
  let decision: Decision = ALLOW;
  // The child's own earlier messages, for signals that add up across turns.
  const earlier = history.filter((m) => m.role === 'user').map((m) => m.content);
  const localRound = await judgeInput(ctx, local, latest, history, earlier);
  if (localRound === 'held') return finishHeld(ctx, 'input', t.inputHeld, decision);
  decision = localRound.decision;
  history = localRound.history;
  if (decision.action === 'block') return finishBlocked(ctx, 'input', decision, latest.content);
  // A minor's message in a language the packs cannot read goes on only if a check that reads any language passes it.
  const unread = localRound.unread && (remote.length === 0 || !ctx.upstreamAllowed);
  if (unread) {
    ctx.log({ event: 'input_unread', band: ctx.band });
    return finishHeld(ctx, 'input', t.inputUnread, decision, latest.content);
  }

  // Without a parent's consent to use the service, the local screen still protects the child; nothing answers.
  if (ctx.holdBeforeReply !== undefined) return finishHeld(ctx, 'input', ctx.holdBeforeReply, decision, latest.content);

  // 2. No upstream contact at all where zero data retention is required and not declared.
  if (ctx.assistant.kind === 'openai' && !ctx.upstreamAllowed) {
    ctx.log({ event: 'provider_not_allowed', band: ctx.band });
    return finishHeld(ctx, 'input', t.providerNotAllowed, decision, latest.content);
  }

  // 3. The provider's moderation, before any generation call.
  if (remote.length > 0) {
    const remoteRound = await judgeInput(ctx, remote, latest, history, earlier);
    if (remoteRound === 'held') return finishHeld(ctx, 'input', t.inputHeld, decision, latest.content);
    decision = mergeDecisions(decision, remoteRound.decision);
    history = remoteRound.history;
    if (decision.action === 'block') return finishBlocked(ctx, 'input', decision, latest.content);
  }
  if (decision.action === 'escalate') {
    escalate(ctx, 'input', decision, latest.content);
    send(safetyEvent('escalate', 'input', decision, t.inputEscalated));
  }
  if (ctx.signal.aborted) return;

  // 4. Generation, released window by window.
  const instructions =
    decision.action === 'escalate'
      ? `${ctx.bandPolicy.chat.instructions}\n\n${ctx.escalationInstructions}`
      : ctx.bandPolicy.chat.instructions;
  // After a worrying message the offline demo speaks of care, never of a message that was fine.
  await streamReply(ctx, instructions, [...history, latest], decision.action === 'escalate');
}

/** Judges the latest message (decides) and the history (flagged items are dropped, not acted on). */
async function judgeInput(
  ctx: ReplyContext,
  checks: ModerationCheck[],
  latest: ChatMessage,
  history: ChatMessage[],
  earlier: readonly string[],
): Promise<{ decision: Decision; history: ChatMessage[]; unread: boolean } | 'held'> {
  if (checks.length === 0) return { decision: ALLOW, history, unread: false };
  const texts = [latest.content, ...history.map((m) => m.content)];
  const perText: CheckVerdict[][] = texts.map(() => []);
  try {
    for (const check of checks) {
      const verdicts = await runCheck(
        check,
        texts,
        {
          band: ctx.band,
          stage: 'input',
          signal: ctx.signal,
          history: earlier,
          ...(ctx.locale ? { locale: ctx.locale } : {}),
        },
        ctx.checkTimeoutMs,
      );
      for (const [i, verdict] of verdicts.entries()) perText[i]?.push(verdict);
    }
  } catch (error) {
    logCheckFailure(ctx, 'input', error);
    return 'held';
  }
  ctx.risk?.add(perText[0] ?? []);
  const decision = decide(perText[0] ?? [], ctx.table, 'input', { band: ctx.band, policy: ctx.bandPolicy });
  // Earlier turns the model will read again: anything that would be blocked now is left out.
  const kept = history.filter(
    (_, i) =>
      decide(perText[i + 1] ?? [], ctx.table, 'input', { band: ctx.band, policy: ctx.bandPolicy }).action !== 'block',
  );
  return { decision, history: kept, unread: (perText[0] ?? []).some((v) => v.unread === true) };
}

async function streamReply(
  ctx: ReplyContext,
  instructions: string,
  messages: ChatMessage[],
  escalated: boolean,
): Promise<void> {
  const { send, t } = ctx;
  const upstream = new AbortController();
  const stopUpstream = () => upstream.abort();
  ctx.signal.addEventListener('abort', stopUpstream, { once: true });

  const windower = new OutputWindower(ctx.windows);
  let finish: Extract<AssistantEvent, { type: 'finish' }>['reason'] | undefined;
  let failure: unknown;
  let producing = true;
  let wake: (() => void) | undefined;
  const notify = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  ctx.signal.addEventListener('abort', notify, { once: true });

  const producer = (async () => {
    let idle: ReturnType<typeof setTimeout> | undefined;
    let timedOut = false;
    const armIdle = () => {
      clearTimeout(idle);
      idle = setTimeout(() => {
        timedOut = true;
        upstream.abort();
      }, ctx.idleTimeoutMs);
    };
    try {
      armIdle();
      const events = ctx.assistant.generate({
        model: ctx.bandPolicy.chat.model,
        instructions,
        messages,
        maxOutputTokens: ctx.bandPolicy.chat.maxOutputTokens,
        safetyIdentifier: ctx.safetyIdentifier,
        demoReply: escalated ? t.demoReplyEscalated : t.demoReply,
        signal: upstream.signal,
      });
      for await (const event of events) {
        armIdle();
        if (event.type === 'text') {
          windower.push(event.text);
          notify();
        } else {
          finish = event.reason;
          break;
        }
      }
      if (timedOut) failure = new UpstreamError('upstream_timeout');
      else if (finish === undefined && !upstream.signal.aborted) failure = new UpstreamError('stream_ended_early');
    } catch (error) {
      failure = timedOut ? new UpstreamError('upstream_timeout', { cause: error }) : error;
    } finally {
      clearTimeout(idle);
      producing = false;
      notify();
    }
  })();

  try {
    for (;;) {
      if (ctx.signal.aborted) return;
      // After a failure, text not yet judged is dropped, never sent.
      if (!producing && failure !== undefined) break;
      const window = windower.take(!producing);
      if (!window) {
        if (!producing) break;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
        continue;
      }
      if (window.text.trim() === '') {
        send({ type: 'delta', text: window.text });
        windower.release(window.text);
        continue;
      }
      const verdicts: CheckVerdict[] = [];
      try {
        for (const check of ctx.outputChecks) {
          const [verdict] = await runCheck(
            check,
            [window.context + window.text],
            { band: ctx.band, stage: 'output', signal: ctx.signal, ...(ctx.locale ? { locale: ctx.locale } : {}) },
            ctx.checkTimeoutMs,
          );
          if (verdict) verdicts.push(verdict);
        }
      } catch (error) {
        upstream.abort();
        if (ctx.signal.aborted) return;
        logCheckFailure(ctx, 'output', error);
        return finishHeld(ctx, 'output', t.outputHeld, ALLOW);
      }
      const decision = decide(verdicts, ctx.table, 'output', { band: ctx.band, policy: ctx.bandPolicy });
      if (decision.action !== 'allow') {
        upstream.abort();
        return finishBlocked(ctx, 'output', decision, window.text);
      }
      if (ctx.signal.aborted) return;
      send({ type: 'delta', text: window.text });
      windower.release(window.text);
    }
    if (ctx.signal.aborted) return;
    if (failure !== undefined) {
      const code = failure instanceof UpstreamError ? failure.code : errorCode(failure);
      ctx.log({ event: 'upstream_error', code, band: ctx.band });
      send({ type: 'error', code: 'upstream_error', message: t.upstreamError });
      send({ type: 'done', id: ctx.id, finishReason: 'error' });
      return;
    }
    if (finish === 'content_filter') {
      const decision: Decision = {
        action: 'block',
        categories: ['content_filter'],
        crisisResources: false,
        escalations: [],
        withheld: true,
      };
      return finishBlocked(ctx, 'output', decision, '');
    }
    send({ type: 'done', id: ctx.id, finishReason: finish === 'length' ? 'length' : 'stop' });
  } finally {
    upstream.abort();
    ctx.signal.removeEventListener('abort', stopUpstream);
    ctx.signal.removeEventListener('abort', notify);
    await producer;
  }
}

function safetyEvent(
  action: 'block' | 'escalate' | 'hold',
  stage: Stage,
  decision: Decision,
  message: string,
): ChatStreamEvent {
  return {
    type: 'safety',
    action,
    stage,
    categories: decision.categories,
    message,
    showCrisisResources: decision.crisisResources,
  };
}

function finishBlocked(ctx: ReplyContext, stage: Stage, decision: Decision, text: string): void {
  escalate(ctx, stage, decision, text);
  if (ctx.signal.aborted) return;
  const { t } = ctx;
  const message =
    stage === 'input'
      ? decision.crisisResources
        ? t.inputBlockedCrisis
        : t.inputBlocked
      : decision.crisisResources
        ? t.outputBlockedCrisis
        : t.outputBlocked;
  ctx.send(safetyEvent('block', stage, decision, message));
  ctx.send({ type: 'done', id: ctx.id, finishReason: 'blocked' });
}

/**
 * A check could not run or the provider may not be contacted. A worrying
 * message found before that still shows help lines and still escalates.
 */
function finishHeld(ctx: ReplyContext, stage: Stage, message: string, found: Decision, text = ''): void {
  if (found.action === 'escalate') {
    escalate(ctx, stage, found, text);
    ctx.send(safetyEvent('escalate', stage, found, ctx.t.inputEscalated));
  }
  if (ctx.signal.aborted) return;
  // Help lines stay up for a client that shows only the latest safety line.
  ctx.send(safetyEvent('hold', stage, { ...found, categories: [] }, message));
  ctx.send({ type: 'done', id: ctx.id, finishReason: 'held' });
}

function escalate(ctx: ReplyContext, _stage: Stage, decision: Decision, text: string): void {
  const hook = ctx.onEscalation;
  if (!hook) return;
  for (const { category, severity } of decision.escalations) {
    const event = {
      id: crypto.randomUUID(),
      source: 'chat' as const,
      category,
      severity,
      band: ctx.band,
      subject: ctx.subject,
      createdAt: ctx.now().toISOString(),
      ...(ctx.bandPolicy.escalation.includeText && text ? { text } : {}),
    };
    Promise.resolve()
      .then(() => hook(event))
      .catch((error: unknown) => ctx.log({ event: 'escalation_hook_failed', code: errorCode(error), band: ctx.band }));
  }
}

function logCheckFailure(ctx: ReplyContext, stage: Stage, error: unknown): void {
  if (ctx.signal.aborted) return;
  const check = error instanceof CheckFailedError ? error.check : 'unknown';
  const code = error instanceof CheckFailedError ? error.code : 'check_error';
  const cause = error instanceof CheckFailedError && error.cause !== undefined ? errorCode(error.cause) : undefined;
  ctx.log({ event: 'check_failed', code, check, stage, band: ctx.band, ...(cause ? { cause } : {}) });
}

/** A short, content-free code for an error: its class and HTTP status if it has one. */
function errorCode(error: unknown): string {
  if (error instanceof EngineError) return error.code;
  if (error && typeof error === 'object') {
    const status = (error as { status?: unknown }).status;
    // Client libraries often leave `name` as "Error"; the class says more (InternalServerError, APIConnectionError).
    const name = error instanceof Error ? (error.name !== 'Error' ? error.name : error.constructor.name) : 'error';
    return typeof status === 'number' ? `${name}_${status}` : name;
  }
  return typeof error;
}
