import { expect, type APIResponse } from "@playwright/test";

/**
 * The headers every response carries, static files and the server's own 400s included (the e2e servers run
 * with NODE_ENV=production). Written out here rather than read from lib/http: this is what is expected.
 */
export const EVERY_RESPONSE = {
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
  "x-frame-options": "DENY",
  "permissions-policy": "camera=(), microphone=(), geolocation=()",
  "cross-origin-opener-policy": "same-origin",
  "strict-transport-security": "max-age=63072000; includeSubDomains",
};

/** Checks the headers every response carries; the policy, which differs by response, is each test's to check. */
export function expectEveryResponseHeader(response: APIResponse): void {
  const headers = response.headers();
  for (const [name, value] of Object.entries(EVERY_RESPONSE))
    expect(headers[name], `${name} on ${response.url()}`).toBe(value);
}
