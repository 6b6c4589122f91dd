import { pickMessages } from '@youthchat/core';
import { chatServerMessages, consentChatMessages } from '@youthchat/server';
import { generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgUrl } from '../reports/postgres.ts';
import { type ConsentApp, chatAs, json, linkIn, send, signResult, startConsentApp } from './harness.ts';

const PARENT = 'maya.parent@example.com';
const GERMAN_PARENT = 'eltern.schmidt@example.de';

async function declare(app: ConsentApp, age: number, country: string) {
  const body = await json(await send(`${app.url}/api/age`, 'POST', { age, country }));
  return { token: body.token as string, band: body.band, consent: body.consent };
}
const ageOf = async (app: ConsentApp, token: string) =>
  send(`${app.url}/api/age`, 'GET', undefined, { 'x-youthchat-age': token });

for (const database of ['sqlite', 'postgres'] as const) {
  describe.skipIf(database === 'postgres' && !pgUrl)(`parental consent over HTTP (${database})`, () => {
    let app: ConsentApp;
    beforeAll(async () => {
      app = await startConsentApp(database);
    }, 60_000);
    afterAll(async () => {
      await app?.close();
    });

    it('takes a US 12-year-old from "required" to chatting with nothing sent upstream, then holds them again on revocation', async () => {
      expect(app.notes.join('\n')).toContain(`mail: not sent; written as .eml files to ${app.dataDir}/mail`);
      const child = await declare(app, 12, 'US');
      expect(child).toMatchObject({ band: 'under13', consent: 'required' });
      const t = pickMessages(consentChatMessages, 'en', 'under13');
      expect(await json(await ageOf(app, child.token))).toMatchObject({ consent: 'required', consentScopes: [] });
      const before = await chatAs(app.url, child.token, 'what do whales eat?');
      // Sending it again cannot help until a parent answers, so the chat offers no "Try again".
      expect(before).toMatchObject({ held: t.consentRequired, retryable: false, finishReason: 'held' });

      // The child asks a parent.
      const asked = await send(
        `${app.url}/api/consent/requests`,
        'POST',
        { parentEmail: PARENT, locale: 'en' },
        {
          'x-youthchat-age': child.token,
        },
      );
      expect(asked.status).toBe(202);
      const pending = await json(asked);
      expect(pending.consent).toBe('pending');
      expect(Date.parse(pending.expiresAt as string) - Date.now()).toBeGreaterThan(6.9 * 24 * 3600 * 1000);
      expect(await json(await ageOf(app, child.token))).toMatchObject({ consent: 'pending', consentScopes: [] });
      expect((await chatAs(app.url, child.token, 'hello?')).held).toBe(t.consentPending);

      // The .eml the parent receives: a direct notice with a single-use link.
      const [request] = await app.mail();
      expect(request?.to).toBe(PARENT);
      expect(request?.subject).toBe('Your child asked to use Homework Helper: please decide');
      expect(request?.text).toContain('OpenAI');
      expect(request?.text).toMatch(/delete your address in 7 days/);
      expect(request?.html).toContain('<html lang="en">');
      const link = linkIn(request?.text ?? '', 'consent');

      // The page the link opens.
      const notice = await json(await send(`${app.url}/api/consent/${link}`, 'GET'));
      expect(notice).toMatchObject({
        locale: 'en',
        child: { band: 'under13', country: 'US' },
        service: { name: 'Homework Helper' },
        thirdParties: [{ name: 'OpenAI', scope: 'ai-provider' }],
        retention: { requestDays: 7 },
      });
      expect((notice.sections as { id: string }[]).map((s) => s.id)).toEqual([
        'collected',
        'purpose',
        'third-parties',
        'retention',
        'rights',
      ]);
      expect(notice.scopes).toEqual([
        expect.objectContaining({ id: 'use', methods: ['email-plus', 'vendor'] }),
        expect.objectContaining({ id: 'ai-provider', methods: ['vendor'] }),
      ]);
      expect(JSON.stringify(notice)).not.toContain(PARENT);

      // Email plus can never agree to disclosure to the model provider.
      const refused = await send(`${app.url}/api/consent/${link}`, 'POST', {
        decision: 'grant',
        scopes: ['use', 'ai-provider'],
        method: 'email-plus',
      });
      expect(refused.status).toBe(422);
      expect((await json(refused)).error).toMatchObject({ code: 'consent_method_not_allowed' });

      const granted = await send(`${app.url}/api/consent/${link}`, 'POST', {
        decision: 'grant',
        scopes: ['use'],
        method: 'email-plus',
      });
      expect(granted.status).toBe(200);
      const decision = await json(granted);
      expect(decision).toMatchObject({ consent: 'granted', consentScopes: ['use'], method: 'email-plus' });
      const manage = (decision.manage as { token: string; url: string }).token;
      expect((decision.manage as { url: string }).url).toBe(`http://app.example/parent/manage/${manage}`);

      // The link is used up.
      const replay = await send(`${app.url}/api/consent/${link}`, 'POST', { decision: 'deny' });
      expect(replay.status).toBe(410);
      expect((await json(replay)).error).toMatchObject({ code: 'consent_link_used' });
      expect((await send(`${app.url}/api/consent/${link}`, 'GET')).status).toBe(410);

      // The child's gate sees the decision; the chat answers without a single request to OpenAI.
      expect(await json(await ageOf(app, child.token))).toMatchObject({
        consent: 'granted',
        consentScopes: ['use'],
        consentMethod: 'email-plus',
      });
      // A browser's cookie is re-signed to record the consent, its method and time: same id, same expiry.
      const polled = await send(`${app.url}/api/age`, 'GET', undefined, { cookie: `yc_age=${child.token}` });
      const refreshed = /yc_age=([^;]+)/.exec(polled.headers.get('set-cookie') ?? '')?.[1] as string;
      const claimsOf = (jwt: string) => JSON.parse(Buffer.from(jwt.split('.')[1] as string, 'base64url').toString());
      expect(claimsOf(refreshed)).toMatchObject({
        consent: 'granted',
        cs: ['use'],
        cm: 'email-plus',
        ct: expect.any(Number),
        ctry: 'US',
        jti: claimsOf(child.token).jti,
        exp: claimsOf(child.token).exp,
      });
      const again = await send(`${app.url}/api/age`, 'GET', undefined, { cookie: `yc_age=${refreshed}` });
      expect(again.headers.get('set-cookie')).toBeNull();
      app.fake.script({});
      const chatting = await chatAs(app.url, child.token, 'what do whales eat?');
      expect(chatting).toMatchObject({ finishReason: 'stop', assistant: 'offline-demo' });
      expect(chatting.text.length).toBeGreaterThan(0);
      expect(app.fake.requests).toHaveLength(0);

      // A report from the child, for the parent's review, export and deletion.
      const report = await send(
        `${app.url}/api/reports`,
        'POST',
        { reason: 'bullying', details: 'someone was mean' },
        {
          'x-youthchat-age': child.token,
        },
      );
      expect(report.status).toBe(201);

      // The decision mail carries the manage link.
      const receipt = (await app.mail()).find((m) => m.headers['x-youthchat-kind'] === 'consent-decision');
      expect(linkIn(receipt?.text ?? '', 'manage')).toBe(manage);

      const review = await json(await send(`${app.url}/api/parent/${manage}`, 'GET'));
      expect(review).toMatchObject({
        child: { band: 'under13', country: 'US' },
        consent: { status: 'granted', scopes: ['use'], method: 'email-plus' },
        holdings: { consentRecords: 1, reports: 1 },
      });
      const exported = await send(`${app.url}/api/parent/${manage}/export`, 'GET');
      expect(exported.headers.get('content-disposition')).toMatch(/^attachment; filename="youthchat-export-/);
      const data = await json(exported);
      expect(data.reports).toEqual([expect.objectContaining({ reason: 'bullying', details: 'someone was mean' })]);
      expect(JSON.stringify(data)).not.toContain(PARENT);

      // Revoking holds the very next chat.
      const revoked = await send(`${app.url}/api/parent/${manage}/revoke`, 'POST', {});
      expect(await json(revoked)).toMatchObject({ consent: 'denied', consentScopes: [] });
      expect(await json(await ageOf(app, child.token))).toMatchObject({ consent: 'denied', consentScopes: [] });
      const heldAgain = await chatAs(app.url, child.token, 'are you there?');
      expect(heldAgain).toMatchObject({ held: t.consentDenied, finishReason: 'held' });
      expect(app.fake.requests).toHaveLength(0);

      // Deleting everything: reports, the consent record, and the child's token.
      const erased = await send(`${app.url}/api/parent/${manage}/data`, 'DELETE');
      expect(await json(erased)).toMatchObject({ deleted: { reports: 1, consentRecords: 1 } });
      expect((await ageOf(app, child.token)).status).toBe(401);
      expect((await ageOf(app, refreshed)).status).toBe(401);
      const gone = await send(`${app.url}/api/parent/${manage}`, 'GET');
      expect(gone.status).toBe(404);
      expect((await json(gone)).error).toMatchObject({ code: 'manage_link_unknown' });

      // Nothing the server printed holds the parent's address or a link.
      const printed = app.logs.join('\n');
      expect(printed).not.toContain(PARENT);
      expect(printed).not.toContain(link);
      expect(printed).not.toContain(manage);
    });

    it('still holds an under-13 whose parent granted both scopes when zero data retention is not declared', async () => {
      const child = await declare(app, 11, 'US');
      await send(
        `${app.url}/api/consent/requests`,
        'POST',
        { parentEmail: 'zdr.parent@example.com' },
        {
          'x-youthchat-age': child.token,
        },
      );
      const mail = (await app.mail()).find((m) => m.to === 'zdr.parent@example.com');
      const link = linkIn(mail?.text ?? '', 'consent');
      const { nonce } = (await json(await send(`${app.url}/api/consent/${link}`, 'GET'))) as { nonce: string };
      const granted = await send(`${app.url}/api/consent/${link}`, 'POST', {
        decision: 'grant',
        scopes: ['use', 'ai-provider'],
        method: 'vendor',
        evidence: { jwt: await app.vendor.sign({ nonce, verified: true }) },
      });
      expect(await json(granted)).toMatchObject({ consent: 'granted', consentScopes: ['use', 'ai-provider'] });
      app.fake.script({});
      const reply = await chatAs(app.url, child.token, 'why is the sky blue?');
      expect(reply).toMatchObject({
        finishReason: 'held',
        held: pickMessages(chatServerMessages, 'en', 'under13').providerNotAllowed,
      });
      expect(app.fake.requests).toHaveLength(0);
    });

    it('lets a German 14-year-old chat with the model once a parent grants both scopes through a vendor check', async () => {
      const child = await declare(app, 14, 'DE');
      expect(child).toMatchObject({ band: 'teen13to15', consent: 'required' });
      app.fake.script({});
      const before = await chatAs(app.url, child.token, 'wie funktioniert Photosynthese?');
      expect(before.finishReason).toBe('held');
      expect(app.fake.requests).toHaveLength(0);

      const asked = await send(
        `${app.url}/api/consent/requests`,
        'POST',
        { parentEmail: GERMAN_PARENT },
        {
          'x-youthchat-age': child.token,
          'accept-language': 'de-DE,de;q=0.9,en;q=0.5',
        },
      );
      expect(asked.status).toBe(202);
      const mail = (await app.mail()).find((m) => m.to === GERMAN_PARENT);
      expect(mail?.subject).toBe('Ihr Kind möchte Homework Helper nutzen: bitte entscheiden Sie');
      const link = linkIn(mail?.text ?? '', 'consent');
      const notice = await json(await send(`${app.url}/api/consent/${link}`, 'GET'));
      expect(notice).toMatchObject({ locale: 'de', child: { band: 'teen13to15', country: 'DE' } });
      const nonce = notice.nonce as string;

      // A result signed by a key the vendor's JWKS does not hold is refused; the link still works.
      const stranger = await generateKeyPair('ES256');
      const forged = await signResult(stranger.privateKey, 'vendor-key-1', { nonce, verified: true });
      const grant = (jwt: string) =>
        send(`${app.url}/api/consent/${link}`, 'POST', {
          decision: 'grant',
          scopes: ['use', 'ai-provider'],
          method: 'vendor',
          evidence: { jwt },
        });
      const refused = await grant(forged);
      expect(refused.status).toBe(422);
      expect((await json(refused)).error).toMatchObject({ code: 'consent_verification_failed' });
      // Nor is a real result for another request, or for another service.
      expect((await grant(await app.vendor.sign({ nonce: 'another-request', verified: true }))).status).toBe(422);
      expect((await grant(await app.vendor.sign({ nonce, verified: true }, { audience: 'other-app' }))).status).toBe(
        422,
      );

      const accepted = await grant(await app.vendor.sign({ nonce, verified: true, method: 'card' }));
      expect(accepted.status).toBe(200);
      expect(await json(accepted)).toMatchObject({
        consent: 'granted',
        consentScopes: ['use', 'ai-provider'],
        method: 'vendor',
      });
      expect(await json(await ageOf(app, child.token))).toMatchObject({
        consent: 'granted',
        consentScopes: ['use', 'ai-provider'],
        consentMethod: 'vendor',
      });

      const chatting = await chatAs(app.url, child.token, 'wie funktioniert Photosynthese?');
      expect(chatting).toMatchObject({ finishReason: 'stop', assistant: 'openai' });
      expect(app.fake.responseRequests()).toHaveLength(1);

      // Taking back only the model provider: the child chats on, and nothing more goes upstream.
      const decisionMail = (await app.mail()).find(
        (m) => m.to === GERMAN_PARENT && m.headers['x-youthchat-kind'] === 'consent-decision',
      );
      expect(decisionMail?.subject).toBe('Ihre Entscheidung zu Homework Helper');
      const manage = linkIn(decisionMail?.text ?? '', 'manage');
      const revoked = await send(`${app.url}/api/parent/${manage}/revoke`, 'POST', { scopes: ['ai-provider'] });
      expect(await json(revoked)).toMatchObject({ consent: 'granted', consentScopes: ['use'] });
      app.fake.script({});
      const local = await chatAs(app.url, child.token, 'und Zellatmung?');
      expect(local).toMatchObject({ finishReason: 'stop', assistant: 'offline-demo' });
      expect(app.fake.requests).toHaveLength(0);
      expect(app.logs.join('\n')).not.toContain(GERMAN_PARENT);
    });
  });
}
