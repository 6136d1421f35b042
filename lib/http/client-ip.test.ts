import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { clientIp, isLoopbackAddress, parseTrustedProxyHops, PEER_HEADER, trustPeerHeader } from "./client-ip";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("client address with no proxy in front", () => {
  beforeEach(() => trustPeerHeader());
  afterEach(() => trustPeerHeader(false));

  it("is the connection's address the portal's server wrote, whatever forwarding headers the client sent", () => {
    const forged = { "x-real-ip": "203.0.113.7", "x-forwarded-for": "198.51.100.1" };
    expect(clientIp(request({ ...forged, [PEER_HEADER]: "192.0.2.2" }), 0)).toBe("192.0.2.2");
    expect(clientIp(request({ ...forged, [PEER_HEADER]: "::ffff:127.0.0.1" }), 0)).toBe("127.0.0.1");
  });

  it("is unknown without the connection's address, even with forwarding headers", () => {
    expect(clientIp(request({}), 0)).toBe("unknown");
    expect(clientIp(request({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "198.51.100.1" }), 0)).toBe("unknown");
    expect(clientIp(request({ [PEER_HEADER]: " " }), 0)).toBe("unknown");
  });

  it("is unknown for everyone when the portal's server is not in front (a bare `next start`)", () => {
    trustPeerHeader(false);
    expect(clientIp(request({ [PEER_HEADER]: "192.0.2.2" }), 0)).toBe("unknown");
  });
});

describe("loopback", () => {
  it("is 127.0.0.0/8 and ::1, as clientIp writes them", () => {
    for (const address of ["127.0.0.1", "127.1.2.3", "::1"]) expect(isLoopbackAddress(address), address).toBe(true);
    for (const address of ["192.0.2.2", "10.0.0.1", "::", "0.0.0.0", "unknown", "::ffff:127.0.0.1", "1127.0.0.1"]) {
      expect(isLoopbackAddress(address), address).toBe(false);
    }
  });
});

describe("client address behind trusted proxies", () => {
  // The client sent "1.1.1.1" itself; the proxies appended what they saw.
  const chain = request({ "x-forwarded-for": "1.1.1.1, 203.0.113.7, 10.0.0.2", "x-real-ip": "1.1.1.1" });

  it("takes the entry as many hops from the right as there are proxies", () => {
    expect(clientIp(chain, 1)).toBe("10.0.0.2");
    expect(clientIp(chain, 2)).toBe("203.0.113.7");
  });

  it("ignores X-Real-IP, which the client may have sent", () => {
    expect(clientIp(request({ "x-real-ip": "1.1.1.1" }), 1)).toBe("unknown");
  });

  it("trusts nothing when the request has fewer entries than proxies", () => {
    expect(clientIp(request({ "x-forwarded-for": "203.0.113.7" }), 2)).toBe("unknown");
    expect(clientIp(request({ "x-forwarded-for": "198.51.100.1, 203.0.113.7" }), 2)).toBe("198.51.100.1");
  });
});

describe("address spelling", () => {
  const ip = (value: string) => clientIp(request({ "x-forwarded-for": value }), 1);

  it("drops ports and brackets", () => {
    expect(ip("203.0.113.7:51234")).toBe("203.0.113.7");
    expect(ip("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(ip("[2001:db8::1]")).toBe("2001:db8::1");
  });

  it("writes one address one way", () => {
    expect(ip("2001:DB8:0:0:0:0:0:1")).toBe("2001:db8::1");
    expect(ip("::ffff:203.0.113.7")).toBe("203.0.113.7");
  });

  it("is unknown for anything that is not an address", () => {
    for (const value of ["localhost", "203.0.113", "999.0.0.1", "unknown", "<script>", "fe80::1%eth0"]) {
      expect(ip(value), value).toBe("unknown");
    }
  });
});

describe("TRUSTED_PROXY_HOPS", () => {
  it("is 0 when unset or empty", () => {
    expect(parseTrustedProxyHops(undefined)).toBe(0);
    expect(parseTrustedProxyHops("")).toBe(0);
  });

  it("takes a small whole number", () => {
    expect(parseTrustedProxyHops("2")).toBe(2);
  });

  it("refuses anything else, naming the variable", () => {
    for (const value of ["-1", "1.5", "two", "11"]) {
      expect(() => parseTrustedProxyHops(value), value).toThrow(/TRUSTED_PROXY_HOPS/);
    }
  });
});
