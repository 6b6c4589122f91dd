import { pickMessages } from '@youthchat/core';
import { chatServerMessages } from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ageToken, type ChatTestServer, chat, startChatServer } from './helpers.ts';

let offline: ChatTestServer;
let online: ChatTestServer;
beforeAll(async () => {
  offline = await startChatServer({ openai: false });
  online = await startChatServer({ zeroDataRetention: true });
});
afterAll(async () => {
  await offline.close();
  await online.close();
});
beforeEach(() => {
  offline.escalations.length = 0;
  online.escalations.length = 0;
});

const user = (content: string) => ({ role: 'user' as const, content });
const assistant = (content: string) => ({ role: 'assistant' as const, content });

describe('the server reads the whole conversation', () => {
  it('escalates grooming that shows only across the child’s turns', async () => {
    const { token } = await ageToken('under13');
    const now = 'he asked me to keep it between us';
    const alone = await chat(offline.chatUrl, token, now);
    expect(alone.safety.some((s) => s.action === 'escalate')).toBe(false);
    const history = [
      user('theres a guy i met on roblox hes 23'),
      assistant('It sounds like you have been chatting with someone online.'),
      user('he sends me robux and says im mature for my age'),
    ];
    const withHistory = await chat(offline.chatUrl, token, now, { history });
    expect(withHistory.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    expect(withHistory.safety[0]?.categories).toContain('grooming');
    expect(offline.escalations.map((e) => e.category)).toContain('grooming');
  });

  it('escalates a risk and keeps the message from the model when it also holds blocked words', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(
      online.chatUrl,
      token,
      'this guy has my nudes and says he will post them if i dont pay him',
    );
    expect(reply.safety[0]).toMatchObject({ stage: 'input', showCrisisResources: true });
    expect(online.escalations.map((e) => e.category)).toContain('sextortion');
    // The model was not asked to answer it.
    expect(online.fake.requests.filter((r) => r.endpoint === 'responses')).toHaveLength(0);
  });

  it('holds a minor’s message in a language no pack reads when no other check can read it', async () => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(offline.chatUrl, token, 'voglio morire, nessuno mi vuole bene, è tutto inutile davvero');
    expect(reply.safety.at(-1)).toMatchObject({
      action: 'hold',
      message: pickMessages(chatServerMessages, 'en', 'teen13to15').inputUnread,
    });
    expect(reply.done?.finishReason).toBe('held');
    expect(reply.text).toBe('');
  });

  it('reads French and German with their packs', async () => {
    const { token } = await ageToken('teen16to17');
    const fr = await chat(offline.chatUrl, token, "j'ai plus envie de vivre, je veux juste disparaître", {
      locale: 'fr',
    });
    expect(fr.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    const de = await chat(offline.chatUrl, token, 'ich will nicht mehr leben, alles ist sinnlos', { locale: 'de' });
    expect(de.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    const plain = await chat(offline.chatUrl, token, 'ich bin so dick geworden, was soll ich essen?', { locale: 'de' });
    expect(plain.safety.filter((s) => s.action === 'block')).toEqual([]);
  });
});
