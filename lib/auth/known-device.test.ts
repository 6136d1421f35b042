import { describe, expect, it } from "vitest";

import { knownDeviceCookie, knownDeviceCookieValue, knownDeviceStaffIds } from "./known-device";

const A = "0196a3c2-0000-7000-8000-00000000000a";
const B = "0196a3c2-0000-7000-8000-00000000000b";

describe("the known-device cookie", () => {
  it("names the accounts that signed in on this browser, the newest kept", () => {
    const first = knownDeviceCookie(A, undefined).value;
    const second = knownDeviceCookie(B, first).value;
    expect(knownDeviceStaffIds(second)).toEqual([A, B]);
    expect(knownDeviceStaffIds(knownDeviceCookie(A, second).value)).toEqual([B, A]);
  });

  it("is httpOnly and sent only to the sign-in endpoint", () => {
    const { options } = knownDeviceCookie(A, undefined);
    expect(options).toMatchObject({ httpOnly: true, sameSite: "lax", path: "/api/auth" });
  });

  it("ignores an entry whose account or expiry was changed, or that ran out", () => {
    const value = knownDeviceCookie(A, undefined).value;
    const [, expires, signature] = value.split(".");
    expect(knownDeviceStaffIds(`${B}.${expires}.${signature}`)).toEqual([]);
    expect(knownDeviceStaffIds(`${A}.${Number(expires) + 1}.${signature}`)).toEqual([]);
    expect(knownDeviceStaffIds(value, (Number(expires) + 1) * 1000)).toEqual([]);
    expect(knownDeviceStaffIds("garbage")).toEqual([]);
  });

  it("is read out of a Cookie header among others", () => {
    const value = knownDeviceCookie(A, undefined).value;
    expect(knownDeviceCookieValue(`a=1; staff-device=${encodeURIComponent(value)}; b=2`)).toBe(value);
    expect(knownDeviceCookieValue(null)).toBeUndefined();
  });
});
