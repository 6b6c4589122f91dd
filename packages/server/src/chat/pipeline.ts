import type { AgeBand, BandPolicy } from '@youthchat/core';
import type { EscalationHook } from '../escalation/types.js';
import type { ReplyRisk } from '../risk/tracker.js';
import type { Assistant, AssistantEvent } from './assistant.js';
import { UpstreamError } from './assistant.js';
import { CheckFailedError, type CheckVerdict, type ModerationCheck } from './checks.js';
import { type ClassifierRecord, classifierNotes, classifierSeverity } from './classifier-notes.js';
import { ALLOW, type Decision, decide } from './decide.js';
import { EngineError, type SafetyEngine } from './engine.js';
import type { ChatServerMessages } from './messages.js';
import type { ChatLogger } from './options.js';
import type { ChatMessage } from './request.js';
import type { CategoryTable } from './rules.js';
import { type Settled, startCheck, tally } from './settle.js';
import { type OutputWindow, OutputWindower, type WindowOptions } from './windows.js';
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
  /** The reply may be asked for while remote input checks still judge the message (see overlap.ts). */
  overlapInput?: boolean;
  onEscalation: EscalationHook | undefined;
  /** Set when the youth-policy classifier is on: its verdicts, for escalation events. */
  classifier?: ClassifierRecord;
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

  // 1. Every input check at once (see judgeInput). Remote checks never run where the provider may not be contacted.
  const remoteAllowed = ctx.assistant.kind === 'openai' && ctx.upstreamAllowed;
  // The child's own earlier messages, for signals that add up across turns.
  const earlier = history.filter((m) => m.role === 'user').map((m) => m.content);
  // The reply may be asked for while the other input checks judge the message; nothing of it is released
  // before they all passed, and it is dropped (its request aborted) unless they passed it as it was sent.
  let early: EarlyReply | undefined;
  const mayOverlap =
    ctx.overlapInput === true &&
    ctx.holdBeforeReply === undefined &&
    (ctx.assistant.kind !== 'openai' || ctx.upstreamAllowed);
  let round: InputRound;
  try {
    round = await judgeInput(
      ctx,
      remoteAllowed,
      latest,
      history,
      earlier,
      mayOverlap
        ? (gates) => {
            // Only a message the gates passed as it is: one they escalate is answered with care, after the checks.
            if (gates.decision.action !== 'allow' || gates.unread || ctx.signal.aborted) return;
            early = startEarlyReply(ctx, gates.history, latest);
          }
        : undefined,
    );
  } catch (error) {
    await early?.discard();
    throw error;
  }
  if (early) {
    const passedAsSent =
      !ctx.signal.aborted &&
      round.decision.action === 'allow' &&
      !round.failed &&
      !round.unread &&
      sameMessages(round.history, early.history);
    if (passedAsSent) return early.release();
    // Refused, escalated, held, or an earlier turn left out: what the model wrote is dropped unread.
    await early.discard();
  }
  if (ctx.signal.aborted) return;
  const decision = round.decision;
  history = round.history;
  // A block stands whatever else happened; a check that gave no answer holds the message (help lines and
  // escalations found by the checks that did answer still go out).
  if (decision.action === 'block') return finishBlocked(ctx, 'input', decision, latest.content);
  if (round.failed) return finishHeld(ctx, 'input', t.inputHeld, decision, latest.content);
  // A minor's message in a language the packs cannot read goes on only if a check that reads any language passes it.
  if (round.unread && !round.remotePassed) {
    ctx.log({ event: 'input_unread', band: ctx.band });
    return finishHeld(ctx, 'input', t.inputUnread, decision, latest.content, false);
  }

  // Without a parent's consent to use the service, the local screen still protects the child; nothing answers.
  if (ctx.holdBeforeReply !== undefined)
    return finishHeld(ctx, 'input', ctx.holdBeforeReply, decision, latest.content, false);

  // 2. No upstream contact at all where zero data retention is required and not declared.
  if (ctx.assistant.kind === 'openai' && !ctx.upstreamAllowed) {
    ctx.log({ event: 'provider_not_allowed', band: ctx.band });
    return finishHeld(ctx, 'input', t.providerNotAllowed, decision, latest.content, false);
  }

  if (decision.action === 'escalate') {
    escalate(ctx, 'input', decision, latest.content);
    send(safetyEvent('escalate', 'input', decision, t.inputEscalated));
  }
  if (ctx.signal.aborted) return;

  // 3. Generation, released window by window.
  const instructions =
    decision.action === 'escalate'
      ? `${ctx.bandPolicy.chat.instructions}\n\n${ctx.escalationInstructions}`
      : ctx.bandPolicy.chat.instructions;
  // After a worrying message the offline demo speaks of care, never of a message that was fine.
  await streamReply(ctx, instructions, [...history, latest], decision.action === 'escalate');
}

/** A reply asked for before the input checks finished, held back until they decide. */
interface EarlyReply {
  history: ChatMessage[];
  /** Every input check passed: the reply goes out as it would have (windows judged, released in order). */
  release(): Promise<void>;
  /** Stops the upstream request and the window checks; nothing of the reply was sent. */
  discard(): Promise<void>;
}

function startEarlyReply(ctx: ReplyContext, history: ChatMessage[], latest: ChatMessage): EarlyReply {
  let decide: (go: boolean) => void = () => {};
  const decided = new Promise<boolean>((resolve) => {
    decide = resolve;
  });
  const running = streamReply(ctx, ctx.bandPolicy.chat.instructions, [...history, latest], false, decided);
  // Waited for by release or discard; never left unobserved.
  running.catch(() => undefined);
  return {
    history,
    async release() {
      decide(true);
      await running;
    },
    async discard() {
      decide(false);
      await running.catch(() => undefined);
    },
  };
}

function sameMessages(a: readonly ChatMessage[], b: readonly ChatMessage[]): boolean {
  return a.length === b.length && a.every((m, i) => m === b[i]);
}

interface InputRound {
  decision: Decision;
  /** The history without earlier turns that would be blocked now. */
  history: ChatMessage[];
  /** Some check could not answer (or answered wrongly) in time. */
  failed: boolean;
  /** The local screen could not read the message (no language pack). */
  unread: boolean;
  /** Remote checks ran and all answered. */
  remotePassed: boolean;
}

/** What the gate checks alone said, while the other input checks are still judging. */
interface GateRound {
  decision: Decision;
  unread: boolean;
  /** The history without earlier turns the gates block. */
  history: ChatMessage[];
}

/**
 * Judges the latest message (decides) and the history (flagged items are
 * dropped, not acted on) with every input check at once. Checks that stay on
 * this server start together; remote checks start as soon as the gate checks
 * (the local screen, which answers in milliseconds) have passed the message,
 * so a message the screen blocks or cannot screen never leaves the server.
 * Every check started is waited for, so that whatever one finds still counts
 * when another fails. `onGatesPassed` is told what the gates found once they
 * passed the message while other checks still judge it.
 */
async function judgeInput(
  ctx: ReplyContext,
  remoteAllowed: boolean,
  latest: ChatMessage,
  history: ChatMessage[],
  earlier: readonly string[],
  onGatesPassed?: (gates: GateRound) => void,
): Promise<InputRound> {
  const texts = [latest.content, ...history.map((m) => m.content)];
  const context = {
    band: ctx.band,
    stage: 'input' as const,
    signal: ctx.signal,
    history: earlier,
    turns: history,
    safetyIdentifier: ctx.safetyIdentifier,
    ...(ctx.locale ? { locale: ctx.locale } : {}),
  };
  const policy = { band: ctx.band, policy: ctx.bandPolicy };
  const start = (check: ModerationCheck) => startCheck(check, texts, context, ctx.checkTimeoutMs);
  const local = ctx.inputChecks.filter((c) => !c.remote);
  const remote = remoteAllowed ? ctx.inputChecks.filter((c) => c.remote) : [];
  const localRuns = local.map(start);
  let remoteRuns: Promise<Settled>[] = [];
  if (remote.length > 0 || onGatesPassed) {
    const gates = tally(await Promise.all(localRuns.filter((_, i) => local[i]?.gate === true)), texts.length);
    const passed = gates.perText.map((v) => decide(v, ctx.table, 'input', policy).action !== 'block');
    if (gates.failures.length === 0 && passed[0] && !ctx.signal.aborted) {
      // Earlier turns the gate blocks are not sent either; they count as found by it alone.
      const sent = texts.flatMap((_, i) => (passed[i] ? [i] : []));
      remoteRuns = remote.map((check) =>
        startCheck(
          check,
          sent.map((i) => texts[i] as string),
          context,
          ctx.checkTimeoutMs,
        ).then((settled) => spread(settled, sent, texts.length)),
      );
      // Other checks still judging: the reply may be asked for meanwhile (see overlap.ts).
      if (onGatesPassed && (remoteRuns.length > 0 || local.some((c) => c.gate !== true))) {
        const found = gates.perText[0] ?? [];
        onGatesPassed({
          decision: decide(found, ctx.table, 'input', policy),
          unread: found.some((v) => v.unread === true),
          history: history.filter((_, i) => passed[i + 1]),
        });
      }
    }
  }
  const localDone = await Promise.all(localRuns);
  const remoteDone = await Promise.all(remoteRuns);
  const { perText, failures } = tally([...localDone, ...remoteDone], texts.length);
  for (const failure of failures) logCheckFailure(ctx, 'input', failure);
  ctx.classifier?.verdicts.push(...(perText[0] ?? []));
  const decision = decide(perText[0] ?? [], ctx.table, 'input', policy);
  ctx.risk?.add(perText[0] ?? []);
  // Earlier turns the model will read again: anything that would be blocked now is left out.
  const kept = history.filter((_, i) => decide(perText[i + 1] ?? [], ctx.table, 'input', policy).action !== 'block');
  return {
    decision,
    history: kept,
    failed: failures.length > 0,
    unread: (perText[0] ?? []).some((v) => v.unread === true),
    remotePassed: remoteRuns.length > 0 && remoteDone.every((r) => !('error' in r)),
  };
}

/** A check's verdicts on some of the texts (at `indices`), as verdicts on all `count` of them. */
function spread(settled: Settled, indices: readonly number[], count: number): Settled {
  if ('error' in settled) return settled;
  const verdicts: CheckVerdict[] = Array.from({ length: count }, () => ({ categories: [] }));
  for (const [j, i] of indices.entries()) verdicts[i] = settled.verdicts[j] as CheckVerdict;
  return { check: settled.check, verdicts };
}

/** What one window's checks came to. */
type WindowOutcome = { kind: 'pass' } | { kind: 'block'; decision: Decision } | { kind: 'failed'; error: unknown };

/** A window being judged (or judged), waiting for its turn to be released. */
interface QueuedWindow {
  text: string;
  outcome?: WindowOutcome;
}

/**
 * Streams the reply window by window. Windows are cut as the model streams
 * (a short first clause, then sentences) and up to `maxInFlight` of them are
 * judged at once, each by every output check at once; they are released
 * strictly in order, each once it and every window before it passed. A
 * window that fails stops the reply: nothing after it is released, the
 * upstream stream and the checks still running are stopped.
 */
async function streamReply(
  ctx: ReplyContext,
  instructions: string,
  messages: ChatMessage[],
  escalated: boolean,
  /** Set for a reply asked for while the input checks still judge: nothing is sent before it says true. */
  inputPassed?: Promise<boolean>,
): Promise<void> {
  const { send, t } = ctx;
  const upstream = new AbortController();
  // The checks of windows still being judged stop with the reply (a block, a failure, the client leaving).
  const judging = new AbortController();
  const stopAll = () => {
    upstream.abort();
    judging.abort();
  };
  ctx.signal.addEventListener('abort', stopAll, { once: true });

  const windower = new OutputWindower(ctx.windows);
  const queue: QueuedWindow[] = [];
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
  // Until the input checks decide, windows are cut and judged but nothing is sent; a refusal drops them all.
  let mayRelease = inputPassed === undefined;
  let dropped = false;
  void inputPassed?.then((go) => {
    if (go) mayRelease = true;
    else {
      dropped = true;
      stopAll();
    }
    notify();
  });

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

  const policy = { band: ctx.band, policy: ctx.bandPolicy };
  const checkContext = {
    band: ctx.band,
    stage: 'output' as const,
    signal: judging.signal,
    turns: messages,
    safetyIdentifier: ctx.safetyIdentifier,
    ...(ctx.locale ? { locale: ctx.locale } : {}),
  };
  /** Starts judging a window with every output check at once, together with the text before it. */
  const judge = (window: OutputWindow): QueuedWindow => {
    const queued: QueuedWindow = { text: window.text };
    // White space alone needs no judging, but still waits for its turn.
    if (window.text.trim() === '') {
      queued.outcome = { kind: 'pass' };
      return queued;
    }
    const texts = [window.context + window.text];
    void Promise.all(ctx.outputChecks.map((check) => startCheck(check, texts, checkContext, ctx.checkTimeoutMs))).then(
      (settled) => {
        const { perText, failures } = tally(settled, 1);
        const decision = decide(perText[0] ?? [], ctx.table, 'output', policy);
        // A block stands even when another check failed: it says more, and escalates.
        queued.outcome =
          decision.action !== 'allow'
            ? { kind: 'block', decision }
            : failures.length > 0
              ? { kind: 'failed', error: failures[0] }
              : { kind: 'pass' };
        notify();
      },
    );
    return queued;
  };

  try {
    for (;;) {
      if (ctx.signal.aborted || dropped) return;
      // Cut and start judging windows while there is room. After an upstream failure, text not yet cut is
      // dropped, never judged or sent; windows already being judged are still released if they pass.
      if (failure === undefined) {
        while (queue.length < windower.settings.maxInFlight) {
          const window = windower.take(!producing);
          if (!window) break;
          queue.push(judge(window));
        }
      }
      const head = queue[0];
      if (head?.outcome && mayRelease) {
        if (head.outcome.kind === 'block') {
          stopAll();
          return finishBlocked(ctx, 'output', head.outcome.decision, head.text);
        }
        if (head.outcome.kind === 'failed') {
          stopAll();
          logCheckFailure(ctx, 'output', head.outcome.error);
          return finishHeld(ctx, 'output', t.outputHeld, ALLOW);
        }
        send({ type: 'delta', text: head.text });
        queue.shift();
        continue;
      }
      if (!head && !producing && (failure !== undefined || windower.pendingLength === 0) && mayRelease) break;
      await new Promise<void>((resolve) => {
        wake = resolve;
      });
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
    stopAll();
    ctx.signal.removeEventListener('abort', stopAll);
    ctx.signal.removeEventListener('abort', notify);
    await producer;
  }
}

function safetyEvent(
  action: 'block' | 'escalate' | 'hold',
  stage: Stage,
  decision: Decision,
  message: string,
  retryable = true,
): ChatStreamEvent {
  return {
    type: 'safety',
    action,
    stage,
    categories: decision.categories,
    message,
    showCrisisResources: decision.crisisResources,
    ...(retryable ? {} : { retryable: false }),
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
/**
 * Ends a reply with a hold. `retryable` is false where sending the same message again cannot help
 * (no parent's consent yet, a provider this band may not use, a language the checks cannot read),
 * so the chat offers no "Try again".
 */
function finishHeld(
  ctx: ReplyContext,
  stage: Stage,
  message: string,
  found: Decision,
  text = '',
  retryable = true,
): void {
  if (found.action === 'escalate') {
    escalate(ctx, stage, found, text);
    ctx.send(safetyEvent('escalate', stage, found, ctx.t.inputEscalated));
  }
  if (ctx.signal.aborted) return;
  // Help lines stay up for a client that shows only the latest safety line.
  ctx.send(safetyEvent('hold', stage, { ...found, categories: [] }, message, retryable));
  ctx.send({ type: 'done', id: ctx.id, finishReason: 'held' });
}

function escalate(ctx: ReplyContext, stage: Stage, decision: Decision, text: string): void {
  const hook = ctx.onEscalation;
  if (!hook) return;
  for (const { category, severity } of decision.escalations) {
    const event = {
      id: crypto.randomUUID(),
      source: 'chat' as const,
      category,
      severity: stage === 'input' ? classifierSeverity(ctx.classifier, category, severity) : severity,
      band: ctx.band,
      subject: ctx.subject,
      createdAt: ctx.now().toISOString(),
      ...(ctx.bandPolicy.escalation.includeText && text ? { text } : {}),
      ...(stage === 'input' ? classifierNotes(ctx.classifier, ctx.bandPolicy.escalation.includeText) : {}),
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
