import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { findOffice } from "./find-office";

const OFFICES = [
  { postcode: "420111", name: "Казань 111", type: "О", region: "Татарстан Республика", city: "Казань" },
  {
    postcode: "692491",
    name: "Кипарисово",
    type: "О",
    region: "Приморский край",
    area: "Надеждинский район",
    settlement: "Кипарисово",
    timeZone: "Asia/Vladivostok",
  },
  {
    postcode: "689000",
    name: "Анадырь",
    type: "О",
    region: "",
    autonomousOkrug: "Чукотский автономный округ",
    city: "Анадырь",
    timeZone: "Asia/Anadyr",
  },
];

beforeAll(async () => {
  // Other test files share the database: set these rows exactly as the test expects them.
  for (const office of OFFICES) {
    const data = {
      area: null,
      city: null,
      settlement: null,
      autonomousOkrug: null,
      timeZone: "Europe/Moscow",
      ...office,
    };
    await db.office.upsert({ where: { postcode: office.postcode }, create: data, update: data });
  }
});

describe("findOffice", () => {
  it("describes an office by its postcode", async () => {
    expect(await findOffice("420111")).toEqual({
      postcode: "420111",
      name: "Казань 111",
      type: "О",
      region: "Татарстан Республика",
      area: null,
      city: "Казань",
      settlement: null,
      timeZone: "Europe/Moscow",
      addressLine: "420111, Татарстан Республика, Казань",
    });
  });

  it("names the district and village of a rural office, with its zone", async () => {
    expect(await findOffice("692491")).toMatchObject({
      timeZone: "Asia/Vladivostok",
      addressLine: "692491, Приморский край, Надеждинский район, Кипарисово",
    });
  });

  it("puts an autonomous okrug where the directory leaves the region empty", async () => {
    expect(await findOffice("689000")).toMatchObject({
      region: "Чукотский автономный округ",
      addressLine: "689000, Чукотский автономный округ, Анадырь",
    });
  });

  it.each(["999999", "42011", "42011a", ""])("finds nothing for %j", async (postcode) => {
    expect(await findOffice(postcode)).toBeNull();
  });
});
