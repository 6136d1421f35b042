import { describe, expect, it } from "vitest";

import { parseReportQuery, reportSearchParams } from "./schemas";

const NOW = new Date("2026-11-21T22:30:00Z"); // already 22 November in Moscow

describe("parseReportQuery", () => {
  it("defaults to the last 12 weeks, today (a Moscow day) included", () => {
    const query = parseReportQuery({}, NOW);
    expect(query).toMatchObject({ from: "2026-08-31", to: "2026-11-22", type: undefined });
    expect(query.start.toISOString()).toBe("2026-08-30T21:00:00.000Z");
    expect(query.end.toISOString()).toBe("2026-11-22T21:00:00.000Z");
  });

  it("takes the dates and type from the URL, Moscow midnight to Moscow midnight", () => {
    const query = parseReportQuery(new URLSearchParams("from=2026-01-01&to=2026-01-31&type=CLAIM"), NOW);
    expect(query).toMatchObject({ from: "2026-01-01", to: "2026-01-31", type: "CLAIM" });
    expect(query.start.toISOString()).toBe("2025-12-31T21:00:00.000Z");
    expect(query.end.toISOString()).toBe("2026-01-31T21:00:00.000Z");
  });

  it("counts 12 weeks from a lone start date, and back from a lone end date", () => {
    expect(parseReportQuery({ from: "2026-01-05" }, NOW)).toMatchObject({ from: "2026-01-05", to: "2026-03-29" });
    expect(parseReportQuery({ to: "2026-03-29" }, NOW)).toMatchObject({ from: "2026-01-05", to: "2026-03-29" });
  });

  it("turns a reversed range round and drops what the form cannot have sent", () => {
    expect(parseReportQuery({ from: "2026-02-10", to: "2026-02-01" }, NOW)).toMatchObject({
      from: "2026-02-01",
      to: "2026-02-10",
    });
    expect(parseReportQuery({ from: "2026-02-30", to: "yesterday", type: "SPAM" }, NOW)).toMatchObject({
      from: "2026-08-31",
      to: "2026-11-22",
      type: undefined,
    });
    expect(parseReportQuery({ from: '\'; DROP TABLE "Case"; --' }, NOW).from).toBe("2026-08-31");
  });

  it("goes back into URL parameters", () => {
    const query = parseReportQuery({ from: "2026-01-01", to: "2026-01-31", type: "RATING" }, NOW);
    expect(reportSearchParams(query, { report: "topic" }).toString()).toBe(
      "report=topic&from=2026-01-01&to=2026-01-31&type=RATING",
    );
  });
});
