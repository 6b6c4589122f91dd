import { type AgeBand, type AgeProvenance, DEFAULT_POLICY, definePolicy, pickMessages } from '@youthchat/core';
import { chatHoldMessages, createChatHandler, signAgeToken } from '@youthchat/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChatTestServer, chat, postChat, SECRET, startChatServer } from './helpers.ts';

const tokenFor = async (band: AgeBand, provenance: AgeProvenance) =>
  (await signAgeToken({ band, consent: 'not-needed', provenance }, { secret: SECRET })).token;

const DECLARED: AgeProvenance = { method: 'declared', assurance: 'self-declared' };
const PLATFORM: AgeProvenance = { method: 'platform', assurance: 'platform' };
const VENDOR: AgeProvenance = { method: 'vendor', assurance: 'verified' };

describe('minimum assurance in the policy', () => {
  let server: ChatTestServer;
  beforeAll(async () => {
    server = await startChatServer({
      // Adults chat only with at least a platform signal; 16- and 17-year-olds reach the model provider
      // only with a verified age, and otherwise chat with the assistant on this server.
      policy: definePolicy({
        bands: {
          adult: { assurance: { features: { chat: 'platform' } } },
          teen16to17: { assurance: { features: { 'ai-provider': 'verified' } } },
        },
      }),
    });
  });
  afterAll(() => server.close());

  it('holds a chat below the band’s minimum for `chat` with a 403 in the person’s words', async () => {
    server.fake.script({});
    const held = await postChat(server.chatUrl, await tokenFor('adult', DECLARED), {
      messages: [{ role: 'user', content: 'hello' }],
      locale: 'es',
    });
    expect(held.status).toBe(403);
    const body = (await held.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('age_assurance_required');
    expect(body.error.message).toBe(pickMessages(chatHoldMessages, 'es', 'adult').assuranceRequired);
    expect(server.fake.requests).toHaveLength(0);

    const open = await chat(server.chatUrl, await tokenFor('adult', PLATFORM), 'hello');
    expect(open.status).toBe(200);
    expect(open.done?.finishReason).toBe('stop');
    expect(server.fake.responseRequests()).toHaveLength(1);
  });

  it('sends nothing to the model provider below the minimum for `ai-provider`, and still answers', async () => {
    server.fake.script({});
    const local = await chat(server.chatUrl, await tokenFor('teen16to17', PLATFORM), 'how do tides work?');
    expect(local.status).toBe(200);
    expect(local.events[0]).toMatchObject({ type: 'start', assistant: 'offline-demo' });
    expect(local.done?.finishReason).toBe('stop');
    // No generation, and no remote check (the provider's moderation) either.
    expect(server.fake.requests).toHaveLength(0);

    server.fake.script({});
    const upstream = await chat(server.chatUrl, await tokenFor('teen16to17', VENDOR), 'how do tides work?');
    expect(upstream.events[0]).toMatchObject({ type: 'start', assistant: 'openai' });
    expect(server.fake.responseRequests()).toHaveLength(1);
  });

  it('refuses at start-up a hand-built policy whose assurance is wrong', () => {
    const policy = structuredClone(DEFAULT_POLICY);
    (policy.bands.adult as { assurance?: unknown }).assurance = { minimum: 'sure' };
    expect(() => createChatHandler({ secret: SECRET, policy })).toThrow(
      'bands.adult.assurance.minimum must be one of self-declared, platform, verified; got "sure".',
    );
  });

  it('leaves bands without a minimum as they were', async () => {
    server.fake.script({});
    const teen = await chat(server.chatUrl, await tokenFor('teen13to15', DECLARED), 'how do tides work?');
    expect(teen.events[0]).toMatchObject({ type: 'start', assistant: 'openai' });
  });
});
