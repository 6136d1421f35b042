/**
 * The address of the client behind a request, for per-client rate limits and logs.
 *
 * Only proxies we run can be believed: each appends the address it was connected from to
 * X-Forwarded-For, and anything to the left of their entries is whatever the client chose to send. So
 * with TRUSTED_PROXY_HOPS=N proxies in front, the client is the Nth entry from the right; with fewer
 * entries the request did not come through them, and no entry is trusted.
 *
 * With no proxy (N=0) no header can be believed, and the connection's own address is not available to
 * route handlers: Next.js copies it into X-Forwarded-For, but only when the client sent none. So N=0
 * takes X-Real-IP (set by proxies configured that way), else the last X-Forwarded-For entry, which for
 * an honest client is its connection's address. A client that forges either header picks its own
 * address there: per-client limits hold only behind a proxy with TRUSTED_PROXY_HOPS set, while limits
 * keyed by account or e-mail hold everywhere.
 */
import { isIP } from "node:net";

import { z } from "zod";

export const UNKNOWN_CLIENT = "unknown";

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
  const forwardedFor = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (hops > 0) return normalizeIp(forwardedFor[forwardedFor.length - hops]);
  return normalizeIp(headers.get("x-real-ip")?.trim() || forwardedFor.at(-1));
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
      return URL.canParse(`http://[${address}]`) ? new URL(`http://[${address}]`).hostname.slice(1, -1) : UNKNOWN_CLIENT;
    default:
      return UNKNOWN_CLIENT;
  }
}
