/**
 * The address of the client behind a request, for per-client rate limits, logs and the loopback-only
 * development mailbox.
 *
 * With no proxy (TRUSTED_PROXY_HOPS=0) no header a client can write is believed: the portal's server
 * (scripts/server/portal-server.ts, what `npm start` runs) drops any client-sent copy of PEER_HEADER and
 * sets it to the TCP peer's address before Next.js sees the request, and that header is all this reads.
 * A process that Next.js started by itself (`next start`) has no such server in front, so there the header
 * could come from anyone: unless the portal's server said it is in front (trustPeerHeader), every client
 * is UNKNOWN_CLIENT — one shared budget, closed rather than open.
 *
 * Only proxies we run can be believed: each appends the address it was connected from to
 * X-Forwarded-For, and anything to the left of their entries is whatever the client chose to send. So
 * with TRUSTED_PROXY_HOPS=N proxies in front, the client is the Nth entry from the right; with fewer
 * entries the request did not come through them, and no entry is trusted.
 */
import { isIP } from "node:net";
import { z } from "zod";

export const UNKNOWN_CLIENT = "unknown";

/** The TCP peer's address, set by the portal's server on every request; never taken from the client. */
export const PEER_HEADER = "x-portal-peer";

// On globalThis, not in this module: the server and the route handlers Next.js bundled each have their
// own copy of the module, but share one process.
const PEER_HEADER_TRUSTED = Symbol.for("post-club-portal.peer-header-trusted");

/** Said by the portal's server as it starts (and by tests that play it): PEER_HEADER is its own. */
export function trustPeerHeader(isTrusted = true): void {
  (globalThis as Record<symbol, unknown>)[PEER_HEADER_TRUSTED] = isTrusted;
}

function isPeerHeaderTrusted(): boolean {
  return (globalThis as Record<symbol, unknown>)[PEER_HEADER_TRUSTED] === true;
}

const ZTrustedProxyHops = z.coerce.number().int().min(0).max(10).default(0);

/** Reads TRUSTED_PROXY_HOPS; unset or empty means no proxy. */
export function parseTrustedProxyHops(value: string | undefined): number {
  const result = ZTrustedProxyHops.safeParse(value === "" ? undefined : value);
  if (result.success) return result.data;
  throw new Error(`TRUSTED_PROXY_HOPS must be a whole number from 0 to 10, not "${value}"`);
}

let cachedHops: number | undefined;

function trustedProxyHops(): number {
  cachedHops ??= parseTrustedProxyHops(process.env.TRUSTED_PROXY_HOPS);
  return cachedHops;
}

export function clientIp(headers: Pick<Headers, "get">, hops: number = trustedProxyHops()): string {
  if (hops === 0) return isPeerHeaderTrusted() ? normalizeIp(headers.get(PEER_HEADER)?.trim()) : UNKNOWN_CLIENT;
  const forwardedFor = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  return normalizeIp(forwardedFor[forwardedFor.length - hops]);
}

/** 127.0.0.0/8 or ::1 (an address as clientIp writes it): a request from the machine the server runs on. */
export function isLoopbackAddress(address: string): boolean {
  return address === "::1" || (isIP(address) === 4 && address.startsWith("127."));
}

/** One spelling per address, so a client cannot get a second bucket by writing its address differently. */
function normalizeIp(entry: string | undefined): string {
  if (!entry) return UNKNOWN_CLIENT;
  const address = entry
    .replace(/^\[([^\]]+)\](?::\d+)?$/, "$1") // [IPv6]:port
    .replace(/^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/, "$1") // IPv4:port
    .replace(/^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i, "$1"); // IPv4 written as IPv6
  switch (isIP(address)) {
    case 4:
      return address;
    case 6:
      // The URL parser writes IPv6 in its canonical form: lower case, longest run of zeros as "::".
      return URL.canParse(`http://[${address}]`)
        ? new URL(`http://[${address}]`).hostname.slice(1, -1)
        : UNKNOWN_CLIENT;
    default:
      return UNKNOWN_CLIENT;
  }
}
