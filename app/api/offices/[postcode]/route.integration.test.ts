import { beforeAll, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { GET } from "./route";

const get = (postcode: string) =>
  GET(new Request(`http://localhost/api/offices/${postcode}`), { params: Promise.resolve({ postcode }) });

beforeAll(async () => {
  const office = {
    postcode: "101000",
    name: "Москва",
    type: "О",
    region: "Москва",
    area: null,
    city: null,
    settlement: null,
  };
  await db.office.upsert({ where: { postcode: "101000" }, create: office, update: office });
});

describe("GET /api/offices/[postcode]", () => {
  it("answers with the office, cacheable for an hour", async () => {
    const response = await get("101000");
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=3600");
    expect(await response.json()).toMatchObject({ postcode: "101000", name: "Москва", addressLine: "101000, Москва" });
  });

  it("answers 404 with a problem document for an unknown postcode", async () => {
    const response = await get("999999");
    expect(response.status).toBe(404);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
    expect(await response.json()).toMatchObject({ status: 404, title: "Not Found" });
  });

  it.each(["10100", "1010000", "abcdef"])("answers 400 for the malformed postcode %j", async (postcode) => {
    const response = await get(postcode);
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/problem+json");
  });
});
