import { randomInt } from "node:crypto";

import { test as base } from "@playwright/test";

/**
 * Playwright's test, with each test appearing to come from an address of its own (the server honours
 * X-Real-IP when no proxy is configured), so per-address limits count one test's requests, not the suite's.
 */
export const test = base.extend({
  extraHTTPHeaders: async ({}, use) => {
    await use({ "x-real-ip": `198.51.${randomInt(0, 255)}.${randomInt(1, 254)}` });
  },
});

export { expect } from "@playwright/test";
