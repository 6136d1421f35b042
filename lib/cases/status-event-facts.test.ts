import { describe, expect, it } from "vitest";

import { caseEventRow } from "./lifecycle/events";
import { statusEventFacts } from "./status-event-facts";

const STAFF = { kind: "staff", id: "0196a3c2-0000-7000-8000-000000000001", role: "OPERATOR" } as const;
const stored = (row: ReturnType<typeof caseEventRow>) => ({
  kind: row.kind,
  data: row.data as never,
  body: row.body ?? null,
});

describe("what a status page entry says changed", () => {
  it("names the new status of a move, and the body and grounds of a forwarding", () => {
    const moved = caseEventRow(
      "c",
      {
        kind: "STATUS_CHANGED",
        from: "REGISTERED",
        to: "IN_PROGRESS",
        via: "status",
        reason: "заметка для коллег",
        before: {},
        after: {},
      },
      STAFF,
    );
    // A move's note may be meant for staff: only an outcome's grounds are the applicant's to read.
    expect(statusEventFacts(stored(moved))).toEqual({ status: "IN_PROGRESS" });

    const forwarded = caseEventRow(
      "c",
      {
        kind: "STATUS_CHANGED",
        from: "REGISTERED",
        to: "FORWARDED",
        via: "outcome",
        reason: "Вопрос о тарифах связи",
        before: { forwardedTo: null },
        after: { forwardedTo: "Роскомнадзор" },
      },
      STAFF,
    );
    expect(statusEventFacts(stored(forwarded))).toEqual({
      status: "FORWARDED",
      forwardedTo: "Роскомнадзор",
      reason: "Вопрос о тарифах связи",
    });
  });

  it("gives an extension's new deadline, in the shape extensions were stored before too", () => {
    const dueAt = new Date("2027-01-11T20:59:59.999Z");
    const extended = caseEventRow(
      "c",
      { kind: "DEADLINE_EXTENDED", days: 10, reason: "Запрос в отделение", before: { dueAt: null }, after: { dueAt } },
      STAFF,
    );
    expect(statusEventFacts(stored(extended))).toEqual({ dueAt });
    expect(
      statusEventFacts({
        kind: "DEADLINE_EXTENDED",
        body: "Запрос",
        data: { days: 5, after: { dueAt: dueAt.toISOString(), extendedAt: "x" } },
      }),
    ).toEqual({ dueAt });
  });

  it("says nothing it cannot read from an older row", () => {
    expect(statusEventFacts({ kind: "STATUS_CHANGED", body: null, data: { escalated: true } })).toEqual({});
    expect(statusEventFacts({ kind: "STATUS_CHANGED", body: null, data: { to: "SOMETHING_ELSE" } })).toEqual({});
    expect(statusEventFacts({ kind: "DEADLINE_EXTENDED", body: null, data: null })).toEqual({ dueAt: undefined });
  });
});
