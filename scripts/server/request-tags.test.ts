import type { IncomingMessage, ServerResponse } from "node:http";
import { describe, expect, it } from "vitest";

import { tagRequest } from "./request-tags";

function exchange(url: string, headers: Record<string, string> = {}) {
  const request = { url, headers: { ...headers } } as IncomingMessage;
  const sent = new Map<string, string>();
  const response = {
    setHeader: (name: string, value: string) => sent.set(name.toLowerCase(), value),
  } as unknown as ServerResponse;
  tagRequest(request, response, { nodeEnv: "production", appUrl: "https://portal.example" });
  return { request: request.headers, response: sent };
}

describe("what the portal's server tags a request with", () => {
  it("gives a page an id and a policy whose nonce Next.js finds on the request", () => {
    const { request, response } = exchange("/status/abc");
    const nonce = request["x-nonce"] as string;
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    expect(request["content-security-policy"]).toContain(`'nonce-${nonce}'`);
    expect(response.get("content-security-policy")).toBe(request["content-security-policy"]);
    expect(request["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.get("x-request-id")).toBe(request["x-request-id"]);
  });

  it("gives every answer a nonce of its own", () => {
    expect(exchange("/").request["x-nonce"]).not.toBe(exchange("/").request["x-nonce"]);
  });

  it("keeps a well-formed id the client sent and replaces any other", () => {
    expect(exchange("/", { "x-request-id": "report-1234-abcd" }).response.get("x-request-id")).toBe("report-1234-abcd");
    const replaced = exchange("/", { "x-request-id": "<script>" }).response.get("x-request-id");
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("overwrites a policy the client put on the request, so it cannot choose the nonce", () => {
    const { request } = exchange("/", { "content-security-policy": "script-src 'nonce-chosen'" });
    expect(request["content-security-policy"]).not.toContain("chosen");
  });

  it("leaves an attachment's own sandboxing policy alone, but still tags it", () => {
    const { response } = exchange("/api/attachments/1f0c/file.pdf");
    expect(response.has("content-security-policy")).toBe(false);
    expect(response.get("x-request-id")).toBeDefined();
  });

  it("leaves built files untouched", () => {
    for (const url of ["/_next/static/chunks/main.js", "/favicon.ico", "/_next/image?url=%2Fx.png&w=64&q=75"]) {
      const { request, response } = exchange(url);
      expect(request["x-nonce"], url).toBeUndefined();
      expect(response.size, url).toBe(0);
    }
  });
});
