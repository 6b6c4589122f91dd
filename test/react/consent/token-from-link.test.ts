import { tokenFromLink } from '@youthchat/react';
import { describe, expect, it } from 'vitest';

const TOKEN = 'q3Xk_Wd-8cLthz8QQt5LWcFB6eZAShEQhJUxJ5mGZ-m';

describe('tokenFromLink', () => {
  it('reads the last path segment of a full link, a path, or a bare token', () => {
    expect(tokenFromLink(`https://app.example/parent/consent/${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromLink(`/parent/consent/${TOKEN}/`)).toBe(TOKEN);
    expect(tokenFromLink(TOKEN)).toBe(TOKEN);
  });

  it('prefers the consent= (or another named) query parameter', () => {
    expect(tokenFromLink(`https://app.example/consent?consent=${TOKEN}`)).toBe(TOKEN);
    expect(tokenFromLink(`https://app.example/parent?manage=${TOKEN}`, 'manage')).toBe(TOKEN);
    expect(tokenFromLink(`https://app.example/parent/manage/${TOKEN}?utm=mail`, 'manage')).toBe(TOKEN);
  });

  it('gives an empty token for an address without one, never throwing', () => {
    expect(tokenFromLink('https://app.example/')).toBe('');
    expect(tokenFromLink('/parent/consent/%E0%A4%A')).toBe('');
  });
});
