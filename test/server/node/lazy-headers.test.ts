import type { IncomingHttpHeaders } from 'node:http';
import { describe, expect, it } from 'vitest';
import { lazyHeaders } from '../../../packages/server/src/node/lazy-headers.ts';

/** What the adapter made before: a whole `Headers` from Node's parsed headers, with its own header set over them. */
function eager(node: IncomingHttpHeaders, own: Record<string, string>): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(node)) {
    if (value === undefined || name in own) continue;
    if (Array.isArray(value)) for (const v of value) headers.append(name, v);
    else headers.set(name, value);
  }
  for (const [name, value] of Object.entries(own)) headers.set(name, value);
  return headers;
}

const node: IncomingHttpHeaders = {
  host: 'example.test',
  'content-type': 'application/json',
  'x-forwarded-for': '203.0.113.7, 10.0.0.1',
  'set-cookie': ['a=1', 'b=2'],
  'x-padded': '  spaced\t',
  'x-youthchat-remote-address': '198.51.100.9',
};
const own = { 'x-youthchat-remote-address': '127.0.0.1' };

describe('lazy request headers', () => {
  it('answers get and has as the Headers made from the same request would, in any letter case', () => {
    const lazy = lazyHeaders(node, own);
    const whole = eager(node, own);
    for (const name of [
      'Host',
      'content-type',
      'X-Forwarded-For',
      'set-cookie',
      'x-padded',
      'x-youthchat-remote-address',
      'origin',
      'cookie',
    ]) {
      expect(lazy.get(name), name).toBe(whole.get(name));
      expect(lazy.has(name), name).toBe(whole.has(name));
    }
  });

  it("keeps the adapter's own header over a copy the client sent", () => {
    expect(lazyHeaders(node, own).get('x-youthchat-remote-address')).toBe('127.0.0.1');
    expect([...lazyHeaders(node, own)].filter(([name]) => name === 'x-youthchat-remote-address')).toEqual([
      ['x-youthchat-remote-address', '127.0.0.1'],
    ]);
  });

  it('iterates, changes and builds a Request like a Headers', () => {
    const lazy = lazyHeaders(node, own);
    expect([...lazy]).toEqual([...eager(node, own)]);
    lazy.set('x-added', 'yes');
    lazy.delete('x-padded');
    expect(lazy.get('x-added')).toBe('yes');
    expect(lazy.has('x-padded')).toBe(false);
    expect(lazy.getSetCookie()).toEqual(['a=1', 'b=2']);
    const request = new Request('http://example.test/', { headers: lazy });
    expect(request.headers.get('x-added')).toBe('yes');
    expect(request.headers.get('content-type')).toBe('application/json');
  });
});
