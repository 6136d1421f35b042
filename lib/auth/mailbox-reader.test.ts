import { describe, expect, it } from "vitest";

import type { TCurrentUser } from "./current-user";
import { mayReadMailbox } from "./mailbox-reader";

describe("who may read the development mailbox", () => {
  const staff = (role: "ADMIN" | "SUPERVISOR"): TCurrentUser => ({
    kind: "staff",
    id: "s",
    email: "s@portal.example",
    name: "S",
    role,
    officePostcodes: [],
    hasTotp: false,
  });
  const member: TCurrentUser = {
    kind: "member",
    id: "m",
    email: "m@member.example",
    firstName: "M",
    lastName: "M",
    cardNumber: "1",
    status: "ACTIVE",
  };

  it("is this machine, signed in or not", () => {
    for (const ip of ["127.0.0.1", "127.0.1.1", "::1"]) expect(mayReadMailbox(ip, null), ip).toBe(true);
  });

  it("is an administrator from anywhere", () => {
    expect(mayReadMailbox("192.0.2.2", staff("ADMIN"))).toBe(true);
  });

  it("is nobody else: another address, an unknown one, other staff, members", () => {
    for (const ip of ["192.0.2.2", "unknown", "10.0.0.1"]) {
      expect(mayReadMailbox(ip, null), ip).toBe(false);
      expect(mayReadMailbox(ip, staff("SUPERVISOR")), ip).toBe(false);
      expect(mayReadMailbox(ip, member), ip).toBe(false);
    }
  });
});
