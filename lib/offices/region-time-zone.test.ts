import { createReadStream, existsSync } from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import { describe, expect, it } from "vitest";

import { caseTimeZone, officeTimeZone, REGION_TIME_ZONES } from "./region-time-zone";

const root = path.resolve(import.meta.dirname, "..", "..");
const SAMPLE = path.join(root, "prisma", "data", "offices-sample.csv");
const FULL = path.resolve(root, "..", "shared", "data", "post-offices.csv.gz");

/** Each distinct region of a directory file, as officeTimeZone receives it. */
async function regionsOf(file: string): Promise<Set<string>> {
  const parser = parse({ columns: true, bom: true, skip_empty_lines: true, relax_column_count: true });
  const reading = file.endsWith(".gz")
    ? pipeline(createReadStream(file), createGunzip(), parser)
    : pipeline(createReadStream(file), parser);
  const regions = new Set<string>();
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    regions.add(row.Region?.trim() || row.Autonom?.trim() || "");
  }
  await reading;
  return regions;
}

describe("office time zones", () => {
  it("names only zones this runtime knows", () => {
    for (const timeZone of new Set(Object.values(REGION_TIME_ZONES))) {
      expect(() => new Intl.DateTimeFormat("ru", { timeZone }), timeZone).not.toThrow();
    }
  });

  it.each([
    [{ region: "Приморский край" }, "Asia/Vladivostok"],
    [{ region: "Калининградская область" }, "Europe/Kaliningrad"],
    [{ region: "Москва" }, "Europe/Moscow"],
    [{ region: "Новосибирская область", area: "Болотнинский район" }, "Asia/Novosibirsk"],
    [{ region: "", autonomousOkrug: "Чукотский автономный округ" }, "Asia/Anadyr"],
    [{ region: "Саха (Якутия) Республика", area: null }, "Asia/Yakutsk"],
    [{ region: "Саха (Якутия) Республика", area: "Оймяконский Улус" }, "Asia/Vladivostok"],
    [{ region: "Саха (Якутия) Республика", area: "Среднеколымский Улус" }, "Asia/Srednekolymsk"],
    [{ region: "Саха (Якутия) Республика", area: "Верхневилюйский Улус" }, "Asia/Yakutsk"],
    [{ region: "Нигде" }, "Europe/Moscow"],
  ])("%j → %s", (office, timeZone) => {
    expect(officeTimeZone(office)).toBe(timeZone);
  });

  it("has a zone for every region of the sample directory", async () => {
    const missing = [...(await regionsOf(SAMPLE))].filter((region) => !(region in REGION_TIME_ZONES));
    expect(missing).toEqual([]);
  });

  it.skipIf(!existsSync(FULL))(
    "has a zone for every region of the full directory",
    async () => {
      const regions = await regionsOf(FULL);
      expect(regions.size).toBeGreaterThan(80);
      expect([...regions].filter((region) => !(region in REGION_TIME_ZONES))).toEqual([]);
    },
    30_000,
  );
});

describe("caseTimeZone", () => {
  it("is the office's zone, or Moscow time for a case without an office", () => {
    expect(caseTimeZone({ timeZone: "Asia/Vladivostok" })).toBe("Asia/Vladivostok");
    expect(caseTimeZone(null)).toBe("Europe/Moscow");
    expect(caseTimeZone(undefined)).toBe("Europe/Moscow");
  });
});
