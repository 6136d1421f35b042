import { describe, expect, it } from "vitest";

import { buildContentSecurityPolicy, createNonce } from "./security-headers";

/** The policy as a map from directive to its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(";").map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe("content security policy", () => {
  it("allows only this origin's scripts and those carrying the nonce in production", () => {
    const csp = directivesOf(buildContentSecurityPolicy({ nonce: "abc123", nodeEnv: "production" }));
    expect(csp.get("script-src")).toEqual(["'self'", "'nonce-abc123'", "'strict-dynamic'"]);
    expect(csp.get("style-src")).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get("img-src")).toEqual(["'self'", "data:", "blob:"]);
    expect(csp.get("object-src")).toEqual(["'none'"]);
    expect(csp.get("frame-ancestors")).toEqual(["'none'"]);
    for (const directive of ["default-src", "font-src", "connect-src", "frame-src", "form-action", "base-uri"]) {
      expect(csp.get(directive), directive).toEqual(["'self'"]);
    }
  });

  it("allows eval for React's tooling in development only", () => {
    const development = buildContentSecurityPolicy({ nonce: "n", nodeEnv: "development" });
    expect(directivesOf(development).get("script-src")).toContain("'unsafe-eval'");
    for (const nodeEnv of ["production", "test"] as const) {
      expect(buildContentSecurityPolicy({ nonce: "n", nodeEnv })).not.toContain("unsafe-eval");
    }
  });

  it("upgrades insecure requests only in production behind an https address", () => {
    const has = (options: Parameters<typeof buildContentSecurityPolicy>[0]) =>
      directivesOf(buildContentSecurityPolicy(options)).has("upgrade-insecure-requests");
    expect(has({ nonce: "n", nodeEnv: "production", appUrl: "https://club.example" })).toBe(true);
    expect(has({ nonce: "n", nodeEnv: "production", appUrl: "http://localhost:3000" })).toBe(false);
    expect(has({ nonce: "n", nodeEnv: "production" })).toBe(false);
    expect(has({ nonce: "n", nodeEnv: "development", appUrl: "https://club.example" })).toBe(false);
  });

  it("never leaves a directive without a source list or a trailing separator", () => {
    const policy = buildContentSecurityPolicy({ nonce: "n", nodeEnv: "production", appUrl: "https://a.example" });
    expect(policy).not.toMatch(/;\s*;|;\s*$/);
    expect(policy.split("; ").at(-1)).toBe("upgrade-insecure-requests");
  });
});

describe("nonce", () => {
  it("is 128 bits of base64 and new every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
