import { randomInt } from "node:crypto";
import { test as base } from "@playwright/test";

/**
 * Playwright's test, with each test appearing to come from an address of its own, so per-address limits
 * count one test's requests, not the suite's. The e2e server trusts one proxy (TRUSTED_PROXY_HOPS=1,
 * scripts/test/e2e-server.ts) and the test plays it, writing the client's address into X-Forwarded-For.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-forwarded-for": `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}` });
  },
});

export { expect } from "@playwright/test";
