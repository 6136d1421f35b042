import { afterEach, describe, expect, it, vi } from "vitest";

import { ZAcceptedOn } from "./schemas";

const issue = (value: string) => ZAcceptedOn.safeParse(value).error?.issues[0]?.message;

describe("the date a claimed item was accepted", () => {
  afterEach(() => vi.useRealTimers());

  it("counts days as the operator's calendar days: just after midnight in Moscow, today is not in the future", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-03T21:30:00Z") }); // 00:30 on 4 December in Moscow
    expect(issue("2026-12-04")).toBeUndefined();
    expect(issue("2026-12-05")).toBe("validation.dateInFuture");
  });

  it("takes items accepted up to six months ago, to the day", () => {
    vi.useFakeTimers({ toFake: ["Date"], now: new Date("2026-12-04T09:00:00Z") });
    expect(issue("2026-06-04")).toBeUndefined();
    expect(issue("2026-06-03")).toBe("claims.tooLate");
  });
});
