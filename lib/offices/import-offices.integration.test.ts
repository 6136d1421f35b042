import { existsSync } from "node:fs";
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { importOffices } from "./import-offices";

const root = path.resolve(import.meta.dirname, "..", "..");
const SAMPLE = path.join(root, "prisma", "data", "offices-sample.csv");
const FULL = path.resolve(root, "..", "shared", "data", "post-offices.csv.gz");
const HEADER = "Index,OPSName,OPSType,OPSSubm,Region,Autonom,Area,City,City1,ActDate,IndexOld";

let dir: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "offices-"));
  await db.office.deleteMany({});
});

afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function sampleRows(): Promise<number> {
  return (await fs.readFile(SAMPLE, "utf8")).trim().split("\n").length - 1;
}

describe("office directory import", () => {
  it("loads the sample, and a second import changes nothing but keeps staff settings", async () => {
    const expected = await sampleRows();
    const first = await importOffices(SAMPLE);
    expect(first).toEqual({ rows: expected, skipped: [] });
    expect(await db.office.count()).toBe(expected);

    await db.office.update({ where: { postcode: "101000" }, data: { contactEmail: "head@office.example" } });
    // A zone staff corrected by hand stays, although the region says otherwise.
    await db.office.update({ where: { postcode: "690001" }, data: { timeZone: "Asia/Magadan" } });
    await importOffices(SAMPLE);
    expect(await db.office.count()).toBe(expected);
    const moscow = await db.office.findUniqueOrThrow({ where: { postcode: "101000" } });
    expect(moscow).toMatchObject({ name: "Москва", region: "Москва", contactEmail: "head@office.example" });
    const vladivostok = await db.office.findUniqueOrThrow({ where: { postcode: "690000" } });
    expect(vladivostok).toMatchObject({ region: "Приморский край", timeZone: "Asia/Vladivostok" });
    expect(moscow.timeZone).toBe("Europe/Moscow");
    const corrected = await db.office.findUniqueOrThrow({ where: { postcode: "690001" } });
    expect(corrected.timeZone).toBe("Asia/Magadan");
  });

  it("reads gzip, quoted commas and reports unreadable rows with their lines", async () => {
    const csv = [
      HEADER,
      '140977,"Московский Асц Цех, Уч. 1",Участок,140996,Московская область,,,Подольск,,20180530,',
      "14097,Short code,О,0,Московская область,,,,,20180530,",
      "140978,Подольск 78,О,0,Московская область,,,Подольск,,20180530,140900",
      // Autonomous okrugs come with an empty Region.
      "689000,Анадырь,О,689700,,Чукотский автономный округ,,Анадырь,,20180530,",
    ].join("\n");
    const file = path.join(dir, "offices.csv.gz");
    await fs.writeFile(file, gzipSync(csv));

    const result = await importOffices(file);
    expect(result.rows).toBe(3);
    expect(result.skipped).toEqual([{ line: 3, reason: 'postcode "14097" is not 6 digits' }]);
    const office = await db.office.findUniqueOrThrow({ where: { postcode: "140977" } });
    expect(office.name).toBe("Московский Асц Цех, Уч. 1");
    expect(office.parentPostcode).toBe("140996");
    const renamed = await db.office.findUniqueOrThrow({ where: { postcode: "140978" } });
    expect(renamed.previousPostcode).toBe("140900");
    const anadyr = await db.office.findUniqueOrThrow({ where: { postcode: "689000" } });
    expect(anadyr.timeZone).toBe("Asia/Anadyr");
    await db.office.deleteMany({ where: { postcode: { in: ["140977", "140978", "689000"] } } });
  });

  it("refuses a file that is not the directory and applies none of it", async () => {
    const before = await db.office.count();
    const file = path.join(dir, "wrong.csv");
    await fs.writeFile(file, "postcode,name\n123456,Somewhere\n");
    await expect(importOffices(file)).rejects.toThrow(/lacks the columns Index, OPSName/);
    expect(await db.office.count()).toBe(before);
  });

  it.skipIf(!existsSync(FULL))(
    "imports the full directory twice and holds 61,429 offices",
    async () => {
      const first = await importOffices(FULL);
      const second = await importOffices(FULL);
      expect(first.rows).toBe(61_429);
      expect(second.rows).toBe(61_429);
      // The sample is part of the real directory, so nothing else remains.
      expect(await db.office.count()).toBe(61_429);
    },
    120_000,
  );
});
