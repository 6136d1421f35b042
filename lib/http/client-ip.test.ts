import { describe, expect, it } from "vitest";

import { clientIp, parseTrustedProxyHops } from "./client-ip";

const request = (headers: Record<string, string>) => new Headers(headers);

describe("client address with no proxy in front", () => {
  it("takes X-Real-IP", () => {
    expect(clientIp(request({ "x-real-ip": "203.0.113.7", "x-forwarded-for": "198.51.100.1" }), 0)).toBe("203.0.113.7");
  });

  it("else takes the connection's address that Next.js put in X-Forwarded-For", () => {
    expect(clientIp(request({ "x-forwarded-for": "198.51.100.1" }), 0)).toBe("198.51.100.1");
    expect(clientIp(request({ "x-forwarded-for": "10.0.0.1, 198.51.100.1" }), 0)).toBe("198.51.100.1");
  });

  it("is unknown with neither header", () => {
    expect(clientIp(request({}), 0)).toBe("unknown");
    expect(clientIp(request({ "x-real-ip": " ", "x-forwarded-for": " , " }), 0)).toBe("unknown");
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
