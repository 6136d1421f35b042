import { afterEach, describe, expect, it } from "vitest";

import { db } from "@/lib/db";

import { POST as insert } from "./insert/route";
import { GET as select } from "./select/route";

const post = () => insert(new Request("http://localhost/api/bench/insert", { method: "POST", body: "{}" }));
const get = () => select(new Request("http://localhost/api/bench/select"));

afterEach(() => {
  delete process.env.BENCH_ROUTES;
});

describe("the benchmarks' baseline routes", () => {
  it.each([undefined, "", "0", "true"])("answer 404 and write nothing when BENCH_ROUTES is %j", async (value) => {
    if (value !== undefined) process.env.BENCH_ROUTES = value;
    const before = await db.rateLimitBucket.count({ where: { key: { startsWith: "bench:" } } });
    expect((await post()).status).toBe(404);
    expect((await get()).status).toBe(404);
    expect(await db.rateLimitBucket.count({ where: { key: { startsWith: "bench:" } } })).toBe(before);
  });

  it("with BENCH_ROUTES=1, the insert route writes one row and the select route answers", async () => {
    process.env.BENCH_ROUTES = "1";
    const before = await db.rateLimitBucket.count({ where: { key: { startsWith: "bench:" } } });
    expect((await post()).status).toBe(201);
    expect(await db.rateLimitBucket.count({ where: { key: { startsWith: "bench:" } } })).toBe(before + 1);
    const answer = await get();
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ ok: true });
  });
});
