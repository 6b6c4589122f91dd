import { createHmac } from 'node:crypto';
import { signEscalation, verifyEscalationSignature } from '@youthchat/server';
import { describe, expect, it } from 'vitest';

const secret = 'whsec-test-0123456789abcdef0123456789';
const body = JSON.stringify({ type: 'youthchat.escalation', event: { id: 'e1', category: 'self-harm' } });
const t = 1_767_225_600;
const at = (seconds: number) => new Date(seconds * 1000);

describe('escalation signatures', () => {
  it('signs "<timestamp>.<body>" with HMAC-SHA256 and verifies it', () => {
    const header = signEscalation(body, secret, t);
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(header).toBe(`t=${t},v1=${expected}`);
    expect(verifyEscalationSignature({ body, signature: header, secret, now: at(t + 10) })).toBe(true);
  });

  it('refuses a changed body, another secret, or a changed timestamp', () => {
    const header = signEscalation(body, secret, t);
    expect(
      verifyEscalationSignature({ body: body.replace('self-harm', 'other'), signature: header, secret, now: at(t) }),
    ).toBe(false);
    expect(verifyEscalationSignature({ body, signature: header, secret: `${secret}x`, now: at(t) })).toBe(false);
    expect(
      verifyEscalationSignature({ body, signature: header.replace(`t=${t}`, `t=${t + 1}`), secret, now: at(t) }),
    ).toBe(false);
  });

  it('refuses a replay older than the tolerance, or a timestamp from the future', () => {
    const header = signEscalation(body, secret, t);
    expect(verifyEscalationSignature({ body, signature: header, secret, now: at(t + 301) })).toBe(false);
    expect(verifyEscalationSignature({ body, signature: header, secret, now: at(t - 301) })).toBe(false);
    expect(
      verifyEscalationSignature({ body, signature: header, secret, now: at(t + 3599), toleranceSeconds: 3600 }),
    ).toBe(true);
  });

  it('accepts any of several v1 signatures, so secrets can be rotated', () => {
    const old = signEscalation(body, 'old-secret-0123456789abcdef0123', t).split(',')[1];
    const header = `${signEscalation(body, secret, t)},${old}`;
    expect(verifyEscalationSignature({ body, signature: header, secret, now: at(t) })).toBe(true);
    expect(
      verifyEscalationSignature({ body, signature: header, secret: 'old-secret-0123456789abcdef0123', now: at(t) }),
    ).toBe(true);
  });

  it('refuses missing and malformed headers', () => {
    for (const signature of [
      null,
      undefined,
      '',
      'garbage',
      `t=${t}`,
      'v1=abc',
      `t=abc,v1=${'0'.repeat(64)}`,
      `t=${t},v1=${'z'.repeat(64)}`,
      'x'.repeat(2000),
    ]) {
      expect(verifyEscalationSignature({ body, signature, secret, now: at(t) })).toBe(false);
    }
  });
});
