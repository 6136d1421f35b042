import { describe, expect, it } from "vitest";

import { DONE_STATUSES, OPEN_STATUSES as LIFECYCLE_OPEN_STATUSES } from "@/lib/cases/lifecycle/statuses";
import { CaseStatus } from "@/lib/generated/prisma/enums";

import { OPEN_STATUSES, parseInboxQuery, toSearchParams } from "./schemas";
import { classifySearch } from "./search-kind";

describe("parseInboxQuery", () => {
  it("reads the filters and falls back to defaults for what is missing, empty or malformed", () => {
    expect(
      parseInboxQuery(
        new URLSearchParams("type=CLAIM&due=overdue&q=&office=12&assignee=mine&page=x&pageSize=500&sort=text"),
      ),
    ).toEqual({
      page: 1,
      pageSize: 25,
      sort: "createdAt",
      dir: "desc",
      type: "CLAIM",
      due: "overdue",
      assignee: "mine",
    });
    expect(
      parseInboxQuery({
        status: ["ANSWERED", "NEW"],
        from: "2026-01-01",
        to: "01.02.2026",
        pageSize: "100",
        dir: "asc",
        sort: "dueAt",
      }),
    ).toMatchObject({
      status: "ANSWERED",
      from: "2026-01-01",
      to: undefined,
      pageSize: 100,
      dir: "asc",
      sort: "dueAt",
    });
  });

  it("writes back only what differs from the defaults, and reads back the same query", () => {
    const query = parseInboxQuery(new URLSearchParams("q=очередь  &region=Москва&sort=dueAt&dir=asc&page=3"));
    const params = toSearchParams(query);
    expect(params.toString()).toBe(
      new URLSearchParams({ q: "очередь", region: "Москва", sort: "dueAt", dir: "asc", page: "3" }).toString(),
    );
    expect(parseInboxQuery(params)).toEqual(query);
    expect(toSearchParams(parseInboxQuery(new URLSearchParams())).toString()).toBe("");
  });
});

describe("classifySearch", () => {
  it("tells case numbers, tracking numbers and emails from words", () => {
    expect(classifySearch("ж2026000001")).toEqual({ kind: "number", value: "Ж-2026-000001" });
    expect(classifySearch("P-2026-000123")).toEqual({ kind: "number", value: "Р-2026-000123" });
    expect(classifySearch("rb 123456785 gb")).toEqual({ kind: "tracking", value: "RB123456785GB" });
    expect(classifySearch("14500012345678")).toEqual({ kind: "tracking", value: "14500012345678" });
    expect(classifySearch("Ivan@Mail.example")).toEqual({ kind: "email", value: "Ivan@Mail.example" });
    expect(classifySearch("потеряли посылку")).toEqual({ kind: "text", value: "потеряли посылку" });
  });
});

describe("OPEN_STATUSES", () => {
  it("are the lifecycle's, so the due filters and the clock never disagree on a new status", () => {
    expect(OPEN_STATUSES).toBe(LIFECYCLE_OPEN_STATUSES);
    expect([...OPEN_STATUSES, ...DONE_STATUSES].sort()).toEqual(Object.values(CaseStatus).sort());
  });
});
