import { expect, it } from 'vitest';

it('reaches the real youthchat server through the /api proxy from Chromium', async () => {
  expect(navigator.userAgent).toMatch(/Chrome/);
  const response = await fetch('/api/age');
  expect(response.status).toBe(401);
  const body = (await response.json()) as { error: { code: string } };
  expect(body.error.code).toBe('age_token_invalid');
});
