import { pickMessages } from '@youthchat/core';
import { chatServerMessages } from '@youthchat/server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ageToken, type ChatTestServer, chat, expectNoReplyReleased, startChatServer } from './helpers.ts';

let online: ChatTestServer;
let offline: ChatTestServer;
beforeAll(async () => {
  [online, offline] = await Promise.all([
    startChatServer({ checkTimeoutMs: 1000 }),
    startChatServer({ openai: false }),
  ]);
});
afterAll(() => Promise.all([online.close(), offline.close()]));
beforeEach(() => {
  online.fake.script({});
  offline.escalations.length = 0;
});

const homework = {
  fr: 'Bonjour, tu peux m’aider avec mes devoirs de maths pour demain ?',
  de: 'Hallo, kannst du mir bei meinen Mathe-Hausaufgaben für morgen helfen?',
} as const;

describe('a French or German minor reads the server’s words in their language', () => {
  it.each([
    ['fr-CA', 'fr', /ton message n’a pas été envoyé/],
    ['de-AT', 'de', /wurde deine Nachricht nicht gesendet/],
  ] as const)('holds an under-13 chat with no retention agreement in %s', async (tag, language, words) => {
    const { token } = await ageToken('under13');
    const reply = await chat(online.chatUrl, token, homework[language], { locale: tag });
    expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
    const message = reply.safety[0]?.message;
    expect(message).toBe(pickMessages(chatServerMessages, language, 'under13').providerNotAllowed);
    expect(message).not.toBe(pickMessages(chatServerMessages, 'en', 'under13').providerNotAllowed);
    expect(message).toMatch(words);
    expect(reply.done?.finishReason).toBe('held');
    expect(online.fake.responseRequests()).toHaveLength(0);
  });

  it.each([
    ['fr', 'teen13to15', /n’a pas pu être vérifié.*Réessaie/],
    ['de', 'teen16to17', /konnte gerade nicht auf Sicherheit geprüft werden.*Versuch es/],
    ['fr', 'adult', /Votre message.*Réessayez/],
    ['de', 'adult', /Ihre Nachricht.*Versuchen Sie/],
  ] as const)(
    'holds a message moderation could not check (%s, %s), in the band’s register',
    async (locale, band, words) => {
      online.fake.script({ moderation: { fail: 503 } });
      const { token } = await ageToken(band);
      const reply = await chat(online.chatUrl, token, homework[locale], { locale });
      expect(reply.safety).toEqual([expect.objectContaining({ action: 'hold', stage: 'input' })]);
      expect(reply.safety[0]?.message).toBe(pickMessages(chatServerMessages, locale, band).inputHeld);
      expect(reply.safety[0]?.message).toMatch(words);
      expect(reply.done?.finishReason).toBe('held');
      // The reply may have been asked for while moderation ran; nothing of it reached the child.
      await expectNoReplyReleased(online.fake, reply);
    },
  );

  it.each([
    ['fr', /Peux-tu l’écrire en français/],
    ['de', /Kannst du sie auf Deutsch/],
  ] as const)('asks in %s for a language the checks read when they cannot read the message', async (locale, words) => {
    const { token } = await ageToken('teen13to15');
    const reply = await chat(offline.chatUrl, token, 'voglio morire, nessuno mi vuole bene, è tutto inutile davvero', {
      locale,
    });
    expect(reply.safety.at(-1)).toMatchObject({
      action: 'hold',
      message: pickMessages(chatServerMessages, locale, 'teen13to15').inputUnread,
    });
    expect(reply.safety.at(-1)?.message).toMatch(words);
    expect(reply.done?.finishReason).toBe('held');
  });

  it.each([
    ['fr', "j'ai plus envie de vivre, je veux juste disparaître", /lignes d’écoute/],
    ['de', 'ich will nicht mehr leben, alles ist sinnlos', /Hilfetelefone/],
  ] as const)('points to help in %s after a worrying message', async (locale, text, words) => {
    const { token } = await ageToken('teen16to17');
    const reply = await chat(offline.chatUrl, token, text, { locale });
    expect(reply.safety[0]).toMatchObject({
      action: 'escalate',
      showCrisisResources: true,
      message: pickMessages(chatServerMessages, locale, 'teen16to17').inputEscalated,
    });
    expect(reply.safety[0]?.message).toMatch(words);
    expect(reply.text).toBe(pickMessages(chatServerMessages, locale, 'teen16to17').demoReplyEscalated);
  });
});
