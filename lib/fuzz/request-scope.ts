/**
 * A stand-in for Next.js's request scope, so server actions and route handlers that read `headers()` and
 * `cookies()` run in process, many at once, each with a client address of its own. The fuzz tests mock
 * `next/headers` with this module (`vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"))`), whose
 * `headers`/`cookies` are `requestHeaders`/`requestCookies`; `inRequest` runs a case inside its scope.
 */
import { AsyncLocalStorage } from "node:async_hooks";

import { PEER_HEADER, trustPeerHeader } from "@/lib/http/client-ip";

// In a running portal its server writes the connection's address into PEER_HEADER; here the scope does.
trustPeerHeader();

type TScope = { ip: string; locale: "ru" | "en" };

const scope = new AsyncLocalStorage<TScope>();

export function inRequest<T>(ip: string, work: () => Promise<T>, locale: TScope["locale"] = "ru"): Promise<T> {
  return scope.run({ ip, locale }, work);
}

/** A distinct client address per case: per-client limits then count each case alone (see the tests). */
export function clientAddress(index: number): string {
  return `10.${(index >> 16) & 255}.${(index >> 8) & 255}.${index & 255}`;
}

export async function requestHeaders(): Promise<Headers> {
  const current = scope.getStore();
  return new Headers(current ? { [PEER_HEADER]: current.ip, "x-request-id": `fuzz-${current.ip}` } : {});
}

export async function requestCookies() {
  const locale = scope.getStore()?.locale ?? "ru";
  const values = new Map([["NEXT_LOCALE", locale]]);
  return {
    get: (name: string) => (values.has(name) ? { name, value: values.get(name)! } : undefined),
    getAll: () => [...values].map(([name, value]) => ({ name, value })),
    has: (name: string) => values.has(name),
    set: () => undefined,
    delete: () => undefined,
  };
}

/** The names next/headers exports, for mocking it with this module. */
export { requestCookies as cookies, requestHeaders as headers };
