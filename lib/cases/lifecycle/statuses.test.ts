import { describe, expect, it } from "vitest";

import { CaseStatus, StaffRole } from "@/lib/generated/prisma/enums";

import {
  CASE_STATUSES,
  checkMove,
  DONE_STATUSES,
  MOVES,
  OPEN_STATUSES,
  outcomeChoices,
  replyChoices,
  statusChoices,
  type TActor,
} from "./statuses";

const staff = (role: StaffRole): TActor => ({ kind: "staff", id: "s", role });
const customer: TActor = { kind: "customer", applicantId: "a" };
const job: TActor = { kind: "system", job: "escalation" };

describe("the lifecycle's table", () => {
  it("has a row for every status, naming only real statuses, each either open or done", () => {
    expect([...CASE_STATUSES].sort()).toEqual(Object.values(CaseStatus).sort());
    expect(Object.keys(MOVES).sort()).toEqual([...CASE_STATUSES].sort());
    for (const rules of Object.values(MOVES)) for (const rule of rules) expect(CASE_STATUSES).toContain(rule.to);
    expect([...OPEN_STATUSES, ...DONE_STATUSES].sort()).toEqual([...CASE_STATUSES].sort());
  });
});

describe("checkMove", () => {
  it.each([
    ["NEW", "REGISTERED", "status"],
    ["REGISTERED", "IN_PROGRESS", "status"],
    ["IN_PROGRESS", "WAITING_FOR_CUSTOMER", "status"],
    ["WAITING_FOR_CUSTOMER", "IN_PROGRESS", "status"],
    ["IN_PROGRESS", "ANSWERED", "reply"],
    ["ANSWERED", "CLOSED", "status"],
    ["CLOSED", "REOPENED", "status"],
    ["IN_PROGRESS", "FORWARDED", "outcome"],
    ["REGISTERED", "CLOSED", "merge"],
  ] as const)("lets an operator move %s → %s via %s", (from, to, via) => {
    expect(checkMove(from, to, staff("OPERATOR"), via)).toBeNull();
  });

  it.each([
    ["SAME_STATUS", "IN_PROGRESS", "IN_PROGRESS", "OPERATOR", "status"],
    ["NOT_A_MOVE", "NEW", "ANSWERED", "OPERATOR", "reply"],
    ["NOT_A_MOVE", "CLOSED", "IN_PROGRESS", "SUPERVISOR", "status"],
    ["NOT_A_MOVE", "ANSWERED", "FORWARDED", "SUPERVISOR", "outcome"],
    ["NOT_ALLOWED_FOR_ROLE", "REGISTERED", "IN_PROGRESS", "ANALYST", "status"],
    ["NOT_ALLOWED_FOR_ROLE", "IN_PROGRESS", "LEFT_UNANSWERED", "OPERATOR", "outcome"],
    ["NOT_ALLOWED_FOR_ROLE", "IN_PROGRESS", "CORRESPONDENCE_ENDED", "OFFICE_HEAD", "outcome"],
    ["NOT_ALLOWED_FOR_ROLE", "FORWARDED", "REOPENED", "OPERATOR", "status"],
    ["NEEDS_REPLY", "IN_PROGRESS", "ANSWERED", "SUPERVISOR", "status"],
    ["NEEDS_REPLY", "REGISTERED", "ANSWERED", "ADMIN", "status"],
    ["NEEDS_NOTICE", "IN_PROGRESS", "FORWARDED", "OPERATOR", "status"],
    ["NEEDS_NOTICE", "REGISTERED", "LEFT_UNANSWERED", "SUPERVISOR", "reply"],
    ["ONLY_BY_MERGE", "REGISTERED", "CLOSED", "OPERATOR", "status"],
    ["ONLY_BY_MERGE", "IN_PROGRESS", "CLOSED", "ADMIN", "reply"],
  ] as const)("refuses %s: %s → %s by %s via %s", (reason, from, to, role, via) => {
    expect(checkMove(from, to, staff(role), via)).toBe(reason);
  });

  it("lets the customer only resume a case that waits for them or reopen an answered or closed one", () => {
    const allowed: string[] = [];
    for (const from of CASE_STATUSES) {
      for (const to of CASE_STATUSES)
        if (checkMove(from, to, customer, "customer") === null) allowed.push(`${from}→${to}`);
    }
    expect(allowed.sort()).toEqual(["ANSWERED→REOPENED", "CLOSED→REOPENED", "WAITING_FOR_CUSTOMER→IN_PROGRESS"]);
    expect(checkMove("IN_PROGRESS", "ANSWERED", customer, "customer")).toBe("NEEDS_REPLY");
    expect(checkMove("IN_PROGRESS", "WAITING_FOR_CUSTOMER", customer, "customer")).toBe("NOT_ALLOWED_FOR_ROLE");
  });

  it("lets a job make any move of the table the way it must be made, and no other", () => {
    expect(checkMove("ANSWERED", "CLOSED", job, "job")).toBeNull();
    expect(checkMove("IN_PROGRESS", "ANSWERED", job, "job")).toBe("NEEDS_REPLY");
    expect(checkMove("NEW", "CLOSED", job, "merge")).toBeNull();
  });
});

describe("what the console offers", () => {
  it("never offers an answer, an outcome or a merge in the status control", () => {
    for (const from of CASE_STATUSES) {
      for (const role of Object.values(StaffRole)) {
        for (const to of statusChoices(from, role)) {
          expect(["ANSWERED", "FORWARDED", "LEFT_UNANSWERED", "CORRESPONDENCE_ENDED"]).not.toContain(to);
          expect(checkMove(from, to, staff(role), "status")).toBeNull();
        }
      }
    }
    expect(statusChoices("REGISTERED", "OPERATOR")).toEqual(["IN_PROGRESS", "WAITING_FOR_CUSTOMER"]);
    expect(statusChoices("IN_PROGRESS", "ANALYST")).toEqual([]);
  });

  it("offers forwarding to every case worker and the other outcomes to supervisors and admins, while the case is open", () => {
    expect(outcomeChoices("IN_PROGRESS", "OPERATOR")).toEqual(["FORWARDED"]);
    expect(outcomeChoices("IN_PROGRESS", "SUPERVISOR")).toEqual([
      "FORWARDED",
      "LEFT_UNANSWERED",
      "CORRESPONDENCE_ENDED",
    ]);
    expect(outcomeChoices("ANSWERED", "SUPERVISOR")).toEqual([]);
    expect(outcomeChoices("NEW", "ANALYST")).toEqual([]);
  });

  it("lets a reply answer the case or ask the customer, and never close it", () => {
    expect(replyChoices("IN_PROGRESS", "OPERATOR")).toEqual(["WAITING_FOR_CUSTOMER", "ANSWERED"]);
    for (const from of CASE_STATUSES) expect(replyChoices(from, "ADMIN")).not.toContain("CLOSED");
  });
});
