import { DEFAULT_POLICY, loadLanguages, pickMessages, SHIPPED_LANGUAGES, validatePolicy } from '@youthchat/core';
import { type ClientOptions, OpenAI } from 'openai';
import { requireAgeClaims } from '../age/token.js';
import { withConsentRecord } from '../consent/parent-age.js';
import { chatConsent } from '../consent/view.js';
import { keyedHash } from '../escalation/hash.js';
import { readJsonObject } from '../http/body.js';
import { HttpError } from '../http/errors.js';
import { acceptsLightRequests } from '../http/light-request.js';
import { checkOrigin } from '../http/origin.js';
import { clientAddress, createRateLimiter, hitLimits } from '../http/rate-limit.js';
import { errorResponse, jsonResponse, withErrors } from '../http/response.js';
import { replyRecords } from '../risk/chat.js';
import { type Assistant, offlineDemoAssistant, openAIAssistant } from './assistant.js';
import { localScreenCheck, type ModerationCheck, openAIModerationCheck } from './checks.js';
import { classifierChecks, classifierFromOptions } from './classifier-setup.js';
import { inProcessEngine } from './engine.js';
import { runGates } from './gate-run.js';
import { chatServerMessages } from './messages.js';
import { type ChatHandlerOptions, type ChatLogger, DEFAULT_ESCALATION_INSTRUCTIONS } from './options.js';
import { overlapInputAllowed } from './overlap.js';
import { runReply } from './pipeline.js';
import { policyAssuranceGate, providerAllowedByPolicy } from './policy-assurance.js';
import { chatLimits, parseChatRequest } from './request.js';
import { resolveCategoryTables } from './rules.js';
import { type ChatStreamEvent, encodeEvent, NDJSON_CONTENT_TYPE } from './wire.js';

const defaultLog: ChatLogger = (entry) => {
  const parts = [entry.event, entry.stage, entry.check, entry.code, entry.cause].filter(Boolean);
  console.warn(`[youthchat] chat ${parts.join(' ')}`);
};

/** Purposes for keyed hashes, so the provider's identifier and escalation subjects cannot be linked without the key. */
const SAFETY_IDENTIFIER_PURPOSE = 'openai-safety-identifier';

/**
 * `POST /api/chat`: a moderated, streamed reply (NDJSON, see the README's wire
 * format). `GET /api/chat` tells a client its limits and which assistant
 * answers.
 *
 * The child's message is screened locally and by the provider's moderation
 * before any reply to it is released (the model may be asked meanwhile:
 * `overlapInput`); the reply is moderated in sentence-sized windows, each
 * judged with the text before it, and released only when it passes.
 * Anything that cannot be checked is held, never passed on.
 *
 * @example
 * const chat = createChatHandler({
 *   secret: process.env.YOUTHCHAT_SECRET!,
 *   openai: new OpenAI(),
 *   zeroDataRetention: process.env.YOUTHCHAT_ZDR === '1',
 *   onEscalation: (event) => queue.push(event),
 * });
 * const handler = createYouthchatHandler({ secret, routes: { '/chat': chat } });
 */
export function createChatHandler(options: ChatHandlerOptions): (request: Request) => Promise<Response> {
  const policy = validatePolicy(options.policy ?? DEFAULT_POLICY);
  const tables = resolveCategoryTables(options.actions, policy);
  const engine = options.engine ?? inProcessEngine;
  // The server reads every shipped language; a failed load leaves those messages unread, and so held for minors.
  // An engine of its own (the Node app's workers) loads them there instead.
  const languages = options.engine ? Promise.resolve() : loadLanguages(SHIPPED_LANGUAGES).catch(() => undefined);
  const catalogue = options.messages ?? chatServerMessages;
  const log = options.log ?? defaultLog;
  const now = options.now ?? (() => new Date());
  const hashKey = options.hashKey ?? options.secret;
  const zeroDataRetention = options.zeroDataRetention ?? false;
  const maxRetries = options.maxRetries ?? 1;
  const client = options.openai ? toClient(options.openai) : undefined;
  const builtIn = options.responsesModeration;
  const assistant: Assistant = client
    ? openAIAssistant(client, {
        maxRetries,
        ...(builtIn
          ? {
              moderationModel:
                (typeof builtIn === 'object' ? builtIn.model : undefined) ??
                options.moderationModel ??
                'omni-moderation-latest',
            }
          : {}),
      })
    : offlineDemoAssistant(options.offlineDelayMs !== undefined ? { delayMs: options.offlineDelayMs } : {});
  // What answers a child whose parent has not agreed to disclosure to the model provider: nothing leaves the server.
  const localAssistant: Assistant = client
    ? offlineDemoAssistant(options.offlineDelayMs !== undefined ? { delayMs: options.offlineDelayMs } : {})
    : assistant;
  const inputChecks: ModerationCheck[] = [localScreenCheck(policy, engine)];
  const outputChecks: ModerationCheck[] = [localScreenCheck(policy, engine)];
  // Remote checks that send the message to the chat model's own provider (see overlap.ts).
  const sameProvider = new Set<ModerationCheck>();
  if (client) {
    const moderation = openAIModerationCheck(client, {
      maxRetries,
      firstParty: options.chatFirstParty === true,
      ...(options.moderationModel ? { model: options.moderationModel } : {}),
    });
    inputChecks.push(moderation);
    outputChecks.push(moderation);
    sameProvider.add(moderation);
  }
  const classifier = classifierFromOptions(options.safetyClassifier, client, policy, maxRetries);
  if (classifier && !options.safetyClassifier?.openai) sameProvider.add(classifier);
  inputChecks.push(...classifierChecks(classifier).input);
  outputChecks.push(...classifierChecks(classifier).output);
  inputChecks.push(...(options.checks?.input ?? []));
  outputChecks.push(...(options.checks?.output ?? []));
  const limitStore = options.rateLimitStore ? { store: options.rateLimitStore } : {};
  const perMinute = options.rateLimitPerMinute ?? 30;
  const perSession = createRateLimiter({ limit: perMinute, windowMs: 60_000, name: 'chat:session', ...limitStore });
  const perAddress = createRateLimiter({ limit: perMinute * 4, windowMs: 60_000, name: 'chat:address', ...limitStore });
  // Age sessions with a reply on its way: one at a time each, so one session cannot fill the engine's queue.
  const replying = new Set<string>();
  // The policy's minimum assurance for the chat comes first, then the app's own gates.
  const gates = [policyAssuranceGate(policy), ...(options.gates ?? [])];

  async function authorise(request: Request) {
    checkOrigin(request, options.allowedOrigins);
    const claims = await requireAgeClaims(request, {
      secret: options.secret,
      now: now(),
      ...(options.revocations ? { revocations: options.revocations } : {}),
    });
    // The consent record, read once, decides consent and any age group a parent confirmed.
    return withConsentRecord(claims, options.consent);
  }

  async function describe(request: Request): Promise<Response> {
    const { claims } = await authorise(request);
    const bandPolicy = policy.bands[claims.band];
    const limits = chatLimits(bandPolicy.chat, options.maxBodyBytes, options.maxScreenedChars);
    return jsonResponse({ assistant: assistant.kind, band: claims.band, limits });
  }

  async function reply(request: Request): Promise<Response> {
    const { claims, consent: consentLookup } = await authorise(request);
    // Without an adapter that knows the socket (serverless), every caller is "unknown": limit per session only.
    const address = clientAddress(request);
    await hitLimits(
      address === 'unknown'
        ? [[perSession, claims.sessionId]]
        : [
            [perAddress, address],
            [perSession, claims.sessionId],
          ],
    );
    // Every limit is met before a byte of the body is read.
    if (replying.has(claims.sessionId)) {
      throw new HttpError(
        429,
        'reply_in_progress',
        'A reply is still on its way in this chat. Wait for it to finish, or stop it, before sending the next message.',
        { headers: { 'retry-after': '1' } },
      );
    }
    replying.add(claims.sessionId);
    const release = () => replying.delete(claims.sessionId);
    const bandPolicy = policy.bands[claims.band];
    const limits = chatLimits(bandPolicy.chat, options.maxBodyBytes, options.maxScreenedChars);
    let body: ReturnType<typeof parseChatRequest>;
    try {
      body = parseChatRequest(await readJsonObject(request, { maxBytes: limits.maxBodyBytes }), limits);
      await runGates(gates, {
        claims,
        subject: keyedHash(hashKey, claims.sessionId),
        locale: body.locale,
        now: now(),
      });
      await languages;
    } catch (error) {
      release();
      throw error;
    }
    let consent: Awaited<ReturnType<typeof chatConsent>>;
    try {
      consent = await chatConsent(claims, consentLookup, body.locale);
      // Below the policy's minimum assurance for the model provider, nothing goes to a third party.
      if (!providerAllowedByPolicy(policy, claims)) consent = { ...consent, thirdParty: false };
    } catch (error) {
      release();
      throw error;
    }
    const needsZeroRetention = bandPolicy.upstream.requireZeroDataRetention || !consent.thirdParty;
    const replyAssistant = consent.thirdParty ? assistant : localAssistant;
    // Without consent to the model provider, no check that calls out (remote) runs either.
    const replyInputChecks = consent.thirdParty ? inputChecks : inputChecks.filter((c) => !c.remote);

    const subject = keyedHash(hashKey, claims.sessionId);
    const records = replyRecords({
      store: options.records,
      band: claims.band,
      policy: bandPolicy,
      table: tables[claims.band],
      subject,
      now,
      onEscalation: options.onEscalation,
      log,
    });
    const id = `reply_${crypto.randomUUID()}`;
    const internal = new AbortController();
    const signal = AbortSignal.any([request.signal, internal.signal]);
    let closed = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        const send = (event: ChatStreamEvent) => {
          if (closed) return;
          try {
            controller.enqueue(encodeEvent(event));
            // Counted only once it is on its way to the child.
            records.observe(event);
          } catch {
            closed = true;
          }
        };
        runReply({
          id,
          band: claims.band,
          bandPolicy,
          ...(body.locale ? { locale: body.locale } : {}),
          messages: body.messages,
          table: tables[claims.band],
          t: pickMessages(catalogue, body.locale, claims.band),
          assistant: replyAssistant,
          ...(consent.hold !== undefined ? { holdBeforeReply: consent.hold } : {}),
          inputChecks: replyInputChecks,
          outputChecks: consent.thirdParty ? outputChecks : outputChecks.filter((c) => !c.remote),
          // A self-hosted model is no third party: nothing leaves the organisation.
          upstreamAllowed: zeroDataRetention || options.chatFirstParty === true || !needsZeroRetention,
          // Under-13s are always scrubbed, whatever the policy object says.
          scrub: bandPolicy.pii.scrub || claims.band === 'under13',
          engine,
          safetyIdentifier: keyedHash(hashKey, claims.sessionId, SAFETY_IDENTIFIER_PURPOSE),
          subject,
          escalationInstructions: options.escalationInstructions ?? DEFAULT_ESCALATION_INSTRUCTIONS,
          checkTimeoutMs: options.checkTimeoutMs ?? 8000,
          idleTimeoutMs: options.idleTimeoutMs ?? 30_000,
          windows: options.windows ?? {},
          overlapInput: overlapInputAllowed({
            enabled: options.overlapInput ?? true,
            assistant: replyAssistant,
            chatFirstParty: options.chatFirstParty === true,
            checks: replyInputChecks,
            sameProvider,
          }),
          onEscalation: records.onEscalation,
          ...(records.risk ? { risk: records.risk } : {}),
          ...(classifier ? { classifier: { policyVersion: classifier.policyVersion(claims.band), verdicts: [] } } : {}),
          log,
          now,
          send,
          signal,
        })
          .catch((error: unknown) => {
            log({ event: 'internal_error', code: error instanceof Error ? error.name : 'error', band: claims.band });
            const t = pickMessages(catalogue, body.locale, claims.band);
            send({ type: 'error', code: 'internal_error', message: t.upstreamError });
            send({ type: 'done', id, finishReason: 'error' });
          })
          .then(() => records.finish())
          .finally(() => {
            release();
            internal.abort();
            if (closed) return;
            closed = true;
            try {
              controller.close();
            } catch {
              // Already cancelled by the client.
            }
          });
      },
      cancel() {
        closed = true;
        internal.abort();
        release();
      },
    });
    return new Response(stream, {
      status: 200,
      headers: {
        'content-type': NDJSON_CONTENT_TYPE,
        'cache-control': 'no-store',
        'x-content-type-options': 'nosniff',
        // Proxies such as nginx must not buffer a streamed reply.
        'x-accel-buffering': 'no',
      },
    });
  }

  return acceptsLightRequests(
    withErrors(async (request) => {
      switch (request.method) {
        case 'POST':
          return reply(request);
        case 'GET':
        case 'HEAD':
          return describe(request);
        default:
          return errorResponse(405, 'method_not_allowed', 'Use POST to send a message, or GET to read the limits.', {
            allow: 'GET, POST',
          });
      }
    }),
  );
}

/** A client as given (duck-typed, so a second copy of `openai` works too), or one made from options. */
function toClient(openai: OpenAI | ClientOptions): OpenAI {
  const maybe = openai as Partial<OpenAI>;
  if (typeof maybe.responses?.create === 'function' && typeof maybe.moderations?.create === 'function')
    return openai as OpenAI;
  return new OpenAI(openai as ClientOptions);
}
