import type { IncomingMessage } from "node:http";
import type { Socket } from "node:net";
import { describe, expect, it } from "vitest";

import { PEER_HEADER } from "../../lib/http/client-ip";
import { isMalformedPath } from "./malformed-path";
import { admitRequest, listenHostname, listenPort } from "./portal-server";

describe("where the portal's server listens", () => {
  it("is loopback only unless HOSTNAME or HOST says otherwise", () => {
    expect(listenHostname({})).toBe("127.0.0.1");
    expect(listenHostname({ HOSTNAME: "", HOST: " " })).toBe("127.0.0.1");
  });

  it("takes HOSTNAME, else HOST", () => {
    expect(listenHostname({ HOSTNAME: "0.0.0.0", HOST: "::" })).toBe("0.0.0.0");
    expect(listenHostname({ HOST: "::" })).toBe("::");
  });

  it("takes PORT, 3000 by default, and refuses what is not a port", () => {
    expect(listenPort({})).toBe(3000);
    expect(listenPort({ PORT: "4100" })).toBe(4100);
    for (const value of ["http", "70000", "-1", "1.5"])
      expect(() => listenPort({ PORT: value }), value).toThrow(/PORT/);
  });
});

describe("what a request carries into Next.js", () => {
  const incoming = (headers: Record<string, string>, remoteAddress: string | undefined) =>
    ({ headers: { ...headers }, socket: { remoteAddress } as Socket }) as IncomingMessage;

  it("is the connection's address, whatever the client said about it", () => {
    const request = incoming(
      { "x-real-ip": "203.0.113.7", [PEER_HEADER]: "203.0.113.8", "x-request-id": "kept-as-sent" },
      "192.0.2.2",
    );
    admitRequest(request);
    expect(request.headers).toEqual({ [PEER_HEADER]: "192.0.2.2", "x-request-id": "kept-as-sent" });
  });

  it("is nothing when the connection has no address any more", () => {
    const request = incoming({ [PEER_HEADER]: "203.0.113.8" }, undefined);
    admitRequest(request);
    expect(request.headers[PEER_HEADER]).toBeUndefined();
  });
});

describe("a malformed path", () => {
  it("is one whose percent-encoding is not UTF-8", () => {
    for (const target of ["/status/%FF", "/api/v1/cases/%FF?token=x", "/console/cases/%E0%A4%A", "/%"]) {
      expect(isMalformedPath(target), target).toBe(true);
    }
  });

  it("is not a well-formed one, nor a malformed query, which Next.js reads leniently", () => {
    for (const target of ["/", "/status/abc", "/status/%D0%96%20x", "/api/v1/cases/%2F", "/?q=%FF", undefined]) {
      expect(isMalformedPath(target), String(target)).toBe(false);
    }
  });
});
