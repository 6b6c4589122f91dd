import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgUrl } from '../reports/postgres.ts';
import { type ConsentApp, json, linkIn, send, startConsentApp } from './harness.ts';

async function askParent(app: ConsentApp, age: number, country: string, parentEmail: string) {
  const declared = await send(`${app.url}/api/age`, 'POST', { age, country });
  const body = await json(declared);
  const token = body.token as string;
  const cookie = (declared.headers.get('set-cookie') ?? '').split(';')[0] as string;
  const asked = await send(`${app.url}/api/consent/requests`, 'POST', { parentEmail }, { 'x-youthchat-age': token });
  expect(asked.status).toBe(202);
  const mail = (await app.mail()).find((m) => m.to === parentEmail);
  const link = linkIn(mail?.text ?? '', 'consent');
  const notice = await json(await send(`${app.url}/api/consent/${link}`, 'GET'));
  return { token, cookie, band: body.band, link, notice };
}

/** The decision mail is sent after the answer, so it may take a moment to be written. */
async function decisionMailTo(app: ConsentApp, to: string) {
  for (let i = 0; i < 50; i++) {
    const found = (await app.mail()).find((m) => m.to === to && m.subject.startsWith('Your decision'));
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return undefined;
}

const ageOf = async (app: ConsentApp, token: string) =>
  json(await send(`${app.url}/api/age`, 'GET', undefined, { 'x-youthchat-age': token }));
const chatBand = async (app: ConsentApp, token: string) =>
  (await json(await send(`${app.url}/api/chat`, 'GET', undefined, { 'x-youthchat-age': token }))).band;

for (const database of ['sqlite', 'postgres'] as const) {
  describe.skipIf(database === 'postgres' && !pgUrl)(`a parent confirms the child's age (${database})`, () => {
    let app: ConsentApp;
    beforeAll(async () => {
      app = await startConsentApp(database);
    }, 60_000);
    afterAll(async () => {
      await app?.close();
    });

    it('offers the age groups in the notice, and says which methods may raise one', async () => {
      const child = await askParent(app, 12, 'US', 'notice.parent@example.com');
      expect(child.notice.childAge).toEqual({
        band: 'under13',
        label: 'under 13',
        // Choices stand alone, so they start with a capital; the hint's sentence keeps the plain name.
        bands: [
          { id: 'under13', label: 'Under 13' },
          { id: 'teen13to15', label: '13 to 15' },
          { id: 'teen16to17', label: '16 or 17' },
        ],
        raiseMethods: ['vendor'],
      });
      expect(child.notice.methods).toEqual([
        expect.objectContaining({ id: 'email-plus', ageAssurance: 'self-declared' }),
        expect.objectContaining({ id: 'vendor', ageAssurance: 'verified' }),
      ]);
    });

    it('raises the band only through a verified check, recording method parent / verified for the child', async () => {
      const child = await askParent(app, 12, 'US', 'raise.parent@example.com');
      expect(child.band).toBe('under13');
      const grant = (body: Record<string, unknown>) =>
        send(`${app.url}/api/consent/${child.link}`, 'POST', { decision: 'grant', scopes: ['use'], ...body });

      // Email plus cannot make the child older; nothing is recorded and the link still works.
      const refused = await grant({ method: 'email-plus', childAge: { band: 'teen13to15' } });
      expect(refused.status).toBe(422);
      expect((await json(refused)).error).toMatchObject({ code: 'age_confirmation_not_allowed' });
      expect(await ageOf(app, child.token)).toMatchObject({
        band: 'under13',
        consent: 'pending',
        provenance: { method: 'declared', assurance: 'self-declared' },
      });

      // The vendor's check verifies the parent: their word on the age group counts as verified.
      const nonce = child.notice.nonce as string;
      const jwt = await app.vendor.sign({ nonce, verified: true });
      const accepted = await grant({ method: 'vendor', evidence: { jwt }, childAge: { band: 'teen13to15' } });
      expect(accepted.status).toBe(200);
      const decision = await json(accepted);
      expect(decision).toMatchObject({
        consent: 'granted',
        parentAge: { band: 'teen13to15', provenance: { method: 'parent', assurance: 'verified' } },
      });

      // The child's gate picks it up on its next GET /api/age, and the cookie's token is re-signed with it.
      const polled = await send(`${app.url}/api/age`, 'GET', undefined, { cookie: child.cookie });
      expect(await json(polled)).toMatchObject({
        band: 'teen13to15',
        consent: 'granted',
        consentScopes: ['use'],
        provenance: { method: 'parent', assurance: 'verified' },
      });
      const renewed = (polled.headers.get('set-cookie') ?? '').split(';')[0] as string;
      expect(renewed).toMatch(/^yc_age=/);
      expect(renewed).not.toBe(child.cookie);
      // A token carried in the header (not re-signed) gets the parent's answer too: the record is the authority.
      expect(await ageOf(app, child.token)).toMatchObject({ band: 'teen13to15' });
      expect(await chatBand(app, child.token)).toBe('teen13to15');

      // The parent's manage page shows the age group they confirmed.
      const manage = (decision.manage as { token: string }).token;
      const review = await json(await send(`${app.url}/api/parent/${manage}`, 'GET'));
      expect(review.child).toEqual({
        band: 'teen13to15',
        label: '13 to 15',
        country: 'US',
        confirmedBy: { method: 'parent', assurance: 'verified' },
      });
      // The decision mail says which age group the parent confirmed.
      const decisionMail = await decisionMailTo(app, 'raise.parent@example.com');
      expect(decisionMail?.text).toContain('You confirmed your child’s age group: 13 to 15.');
    });

    it('lets email plus lower the band, recorded as parent / self-declared, and the chat follows', async () => {
      const child = await askParent(app, 14, 'DE', 'lower.parent@example.de');
      expect(child.band).toBe('teen13to15');
      const granted = await send(`${app.url}/api/consent/${child.link}`, 'POST', {
        decision: 'grant',
        scopes: ['use'],
        method: 'email-plus',
        childAge: { band: 'under13' },
      });
      expect(granted.status).toBe(200);
      expect(await ageOf(app, child.token)).toMatchObject({
        band: 'under13',
        provenance: { method: 'parent', assurance: 'self-declared' },
      });
      expect(await chatBand(app, child.token)).toBe('under13');
      // In the parent's language, named as a field's value on the manage page.
      const manage = ((await json(granted)).manage as { token: string }).token;
      const review = await json(await send(`${app.url}/api/parent/${manage}`, 'GET'));
      expect(review.child).toMatchObject({ band: 'under13', label: expect.stringMatching(/^[A-ZÄÖÜ]/) });
    });

    it('records nothing new when email plus confirms the band the child gave', async () => {
      const child = await askParent(app, 12, 'US', 'same.parent@example.com');
      const granted = await send(`${app.url}/api/consent/${child.link}`, 'POST', {
        decision: 'grant',
        scopes: ['use'],
        method: 'email-plus',
        childAge: { band: 'under13' },
      });
      expect(granted.status).toBe(200);
      expect(await json(granted)).not.toHaveProperty('parentAge');
      // Nothing was changed, so the decision mail says nothing about the age group.
      const decisionMail = await decisionMailTo(app, 'same.parent@example.com');
      expect(decisionMail?.text).toContain('You agreed that your child may');
      expect(decisionMail?.text).not.toContain('age group');
      expect(await ageOf(app, child.token)).toMatchObject({
        band: 'under13',
        consent: 'granted',
        provenance: { method: 'declared', assurance: 'self-declared' },
      });
    });

    it('reads a year of birth as the younger of its two ages, and refuses one that is not a child’s', async () => {
      const child = await askParent(app, 12, 'US', 'year.parent@example.com');
      const year = new Date().getUTCFullYear();
      const grant = (childAge: unknown) =>
        send(`${app.url}/api/consent/${child.link}`, 'POST', {
          decision: 'grant',
          scopes: ['use'],
          method: 'email-plus',
          childAge,
        });
      for (const bad of [
        { birthYear: year - 30 },
        { birthYear: year + 1 },
        { birthYear: 'twenty' },
        { band: 'adult' },
        'x',
      ]) {
        const refused = await grant(bad);
        expect(refused.status).toBe(400);
        expect((await json(refused)).error).toMatchObject({ code: 'invalid_request' });
      }
      // Born eleven years ago: 10 or 11, under 13 either way; email plus may confirm it (no change, nothing raised).
      const accepted = await grant({ birthYear: year - 11 });
      expect(accepted.status).toBe(200);
      expect(await ageOf(app, child.token)).toMatchObject({ band: 'under13' });
    });
  });
}
