import type { IncomingMessage } from 'node:http';
import proxyaddr from 'proxy-addr';

/**
 * Which proxies in front of the server are believed when they say, in
 * `X-Forwarded-For`, who the client is (Express's `trust proxy`):
 *
 * - a number: how many proxies stand in front (1 for one load balancer);
 *   the address that many hops back from the socket is the client's;
 * - a list of addresses and CIDR ranges (`['10.0.0.0/8', '127.0.0.1']`), or
 *   the names `loopback`, `linklocal`, `uniquelocal`: hops from those
 *   addresses are skipped, and the first other address is the client's.
 *
 * Without it the socket's address counts and `X-Forwarded-For` is ignored,
 * since any client can write that header.
 */
export type TrustProxy = number | readonly string[];

/** Decides, hop by hop from the socket outwards, whether an address is a trusted proxy. */
export type TrustFunction = (address: string, hop: number) => boolean;

export class TrustProxyError extends Error {
  override readonly name = 'TrustProxyError';
}

/**
 * Reads a `YOUTHCHAT_TRUST_PROXY` value: unset, empty, `0` or `false` is off;
 * a whole number is a hop count; anything else a comma-separated list.
 *
 * @example
 * parseTrustProxy('1'); // 1
 * parseTrustProxy('10.0.0.0/8, 127.0.0.1'); // ['10.0.0.0/8', '127.0.0.1']
 */
export function parseTrustProxy(raw: string | undefined): TrustProxy | undefined {
  const value = raw?.trim() ?? '';
  if (value === '' || value === '0' || value === 'false') return undefined;
  if (/^\d+$/.test(value)) return Number(value);
  if (value === 'true' || value === '*') {
    throw new TrustProxyError(
      'trusting every hop would let any client choose its own address; give the number of proxies in front (e.g. 1) or their addresses (e.g. 10.0.0.0/8)',
    );
  }
  const list = value
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  compileTrustProxy(list);
  return list;
}

/** A trust function for `proxy-addr`; undefined when nothing is trusted. Throws TrustProxyError for a bad address. */
export function compileTrustProxy(trust: TrustProxy | undefined): TrustFunction | undefined {
  if (trust === undefined) return undefined;
  if (typeof trust === 'number') {
    if (!Number.isInteger(trust) || trust < 0) throw new TrustProxyError('a hop count must be a whole number');
    if (trust === 0) return undefined;
    return (_address, hop) => hop < trust;
  }
  if (trust.length === 0) return undefined;
  try {
    return proxyaddr.compile([...trust]);
  } catch (error) {
    throw new TrustProxyError(
      `${error instanceof Error ? error.message : String(error)}; use addresses, CIDR ranges, loopback, linklocal or uniquelocal`,
    );
  }
}

/** `::ffff:1.2.3.4` and `1.2.3.4` are one client. */
function normalize(address: string): string {
  return /^::ffff:\d+\.\d+\.\d+\.\d+$/i.test(address) ? address.slice(7) : address;
}

/**
 * The client's address for a Node request: the socket's, or, when `trust`
 * is given, the first untrusted hop of `X-Forwarded-For` (read from the
 * socket outwards, so a client cannot push its own entries past a proxy).
 */
export function requestAddress(req: IncomingMessage, trust: TrustFunction | undefined): string {
  const socket = req.socket.remoteAddress;
  if (!socket) return 'unknown';
  if (!trust) return normalize(socket);
  return normalize(proxyaddr(req, trust));
}
