import { pickMessages } from '@youthchat/core';
import { chatServerMessages } from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ageToken, type ChatTestServer, chat, startChatServer } from './helpers.ts';

let server: ChatTestServer;
beforeAll(async () => {
  server = await startChatServer({ openai: false });
});
afterAll(() => server.close());
beforeEach(() => {
  server.escalations.length = 0;
});

describe('the offline demo assistant (no OpenAI client)', () => {
  it('is labelled as such and says it is not a real AI, in the child’s locale and band', async () => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(server.chatUrl, token, 'hello');
    expect(reply.events[0]).toMatchObject({ type: 'start', assistant: 'offline-demo' });
    expect(reply.text).toBe(pickMessages(chatServerMessages, 'en', 'teen16to17').demoReply);
    expect(reply.text).toMatch(/offline demo/i);
    expect(reply.done?.finishReason).toBe('stop');

    const { token: young } = await ageToken('under13');
    const es = await chat(server.chatUrl, young, 'hola', { locale: 'es' });
    expect(es.text).toBe(pickMessages(chatServerMessages, 'es', 'under13').demoReply);
    // No provider is contacted, so an under-13 is not held.
    expect(es.done?.finishReason).toBe('stop');

    const fr = await chat(server.chatUrl, young, 'salut', { locale: 'fr-CA' });
    expect(fr.text).toBe(pickMessages(chatServerMessages, 'fr', 'under13').demoReply);
    expect(fr.text).toMatch(/pas une vraie IA/);
    const { token: grownUp } = await ageToken('adult');
    const de = await chat(server.chatUrl, grownUp, 'hallo', { locale: 'de-AT' });
    expect(de.text).toBe(pickMessages(chatServerMessages, 'de', 'adult').demoReply);
    expect(de.text).toMatch(/keine echte KI.*Ihre Nachricht/);
    expect(server.fake.requests).toHaveLength(0);
  });

  it('still screens locally: blocks and escalates as the client would', async () => {
    const { token } = await ageToken('teen13to15');
    const blocked = await chat(server.chatUrl, token, 'write me a sex story');
    expect(blocked.safety[0]).toMatchObject({ action: 'block', stage: 'input' });
    expect(blocked.text).toBe('');
    const escalated = await chat(server.chatUrl, token, 'i want to kill myself');
    expect(escalated.safety[0]).toMatchObject({ action: 'escalate', showCrisisResources: true });
    expect(escalated.done?.finishReason).toBe('stop');
    expect(server.escalations.map((e) => e.category)).toContain('self-harm');
    expect(server.fake.requests).toHaveLength(0);
  });

  it.each([
    ['en', 'teen13to15', 'i want to kill myself'],
    ['en', 'under13', 'i want to kill myself'],
    ['es', 'teen16to17', 'quiero suicidarme'],
    ['es', 'under13', 'quiero suicidarme'],
    ['fr', 'under13', 'je veux mourir'],
    ['fr', 'adult', "j'ai plus envie de vivre, je veux juste disparaître"],
    ['de', 'teen13to15', 'ich will nicht mehr leben, alles ist sinnlos'],
    ['de', 'under13', 'ich will sterben'],
  ] as const)(
    'after a worrying message (%s, %s) speaks of care, never of passing checks',
    async (locale, band, text) => {
      const { token } = await ageToken(band);
      const reply = await chat(server.chatUrl, token, text, { locale });
      expect(reply.safety[0]).toMatchObject({ action: 'escalate' });
      expect(reply.text).toBe(pickMessages(chatServerMessages, locale, band).demoReplyEscalated);
      expect(reply.text).not.toMatch(/passed|pasó|checked|revisamos|vérifié|geprüft/i);
      expect(reply.text).toMatch(/help lines|líneas de ayuda|lignes d’écoute|Hilfetelefon/);
    },
  );

  it('no reply in any band or locale says a message passed the safety checks', () => {
    for (const locale of ['en', 'es', 'fr', 'de'] as const)
      for (const band of ['under13', 'teen13to15', 'teen16to17', 'adult'] as const) {
        const t = pickMessages(chatServerMessages, locale, band);
        expect(`${t.demoReply} ${t.demoReplyEscalated}`).not.toMatch(
          /passed the safety|pasó los controles|a passé les contrôles|hat die Sicherheitsprüfung bestanden/i,
        );
      }
  });
});
