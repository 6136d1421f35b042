import { randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as readBalance } from "@/app/api/v1/loyalty/members/[card]/balance/route";
import { POST as postPurchase } from "@/app/api/v1/loyalty/purchases/route";
import { API_KEY_BUCKET_PREFIX } from "@/lib/api-keys/authenticate-api-key";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import type { TApiScope } from "@/lib/api-keys/scopes";
import { PER_API_KEY } from "@/lib/api/limit-rules";
import { staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";

import { createRule, createTestMember, uniqueCategory } from "./test-fixtures";

const BASE = "http://localhost:3000";
const noParams = { params: Promise.resolve({}) };

let admin: { id: string };
let writeKey: string;
let readKey: string;

beforeAll(async () => {
  admin = await staff("ADMIN");
  writeKey = await key("loyalty:write");
  readKey = await key("loyalty:read");
});

const key = async (...scopes: TApiScope[]) => (await issueApiKey({ name: "Кассы", scopes }, admin)).key;
const bearer = (credential: string) => ({ Authorization: `Bearer ${credential}` });

function post(body: unknown, headers: Record<string, string> = {}) {
  const request = new NextRequest(`${BASE}/api/v1/loyalty/purchases`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
  return postPurchase(request, noParams);
}

function balance(card: string, headers: Record<string, string> = {}) {
  const request = new NextRequest(`${BASE}/api/v1/loyalty/members/${card}/balance`, { headers });
  return readBalance(request, { params: Promise.resolve({ card }) });
}

/** A purchase of 10 roubles in «goods», now, with a fresh externalId; `overrides` change what a test is about. */
function purchase(cardNumber: string, overrides: Record<string, unknown> = {}) {
  return {
    externalId: randomUUID(),
    cardNumber,
    amountKopecks: 1000,
    category: "goods",
    purchasedAt: new Date().toISOString(),
    ...overrides,
  };
}

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  return response.json();
}

describe("POST /api/v1/loyalty/purchases", () => {
  it("answers 201 with the points, 200 with the same answer on a replay, and the balance reads them", async () => {
    const member = await createTestMember();
    const category = uniqueCategory("goods");
    await createRule({ kind: "PURCHASE", subject: category, pointsPer100Rub: 3 });
    const body = purchase(member.cardNumber, { amountKopecks: 99_999, category, officePostcode: "101000" });

    const first = await post(body, bearer(writeKey));
    expect(first.status).toBe(201);
    const posted = await first.json();
    expect(posted).toEqual({ purchaseId: expect.any(String), externalId: body.externalId, points: 27, balance: 27 });

    const again = await post(body, bearer(writeKey));
    expect(again.status).toBe(200);
    expect(await again.json()).toEqual(posted);

    const read = await balance(member.cardNumber, bearer(readKey));
    expect(read.status).toBe(200);
    expect(await read.json()).toEqual({
      cardNumber: member.cardNumber,
      balance: 27,
      updatedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
  });

  it("answers 422 naming the fields: a mistyped card number, amounts that are not whole kopecks, a future time", async () => {
    const member = await createTestMember();
    const typo = member.cardNumber.slice(0, 12) + ((Number(member.cardNumber[12]) + 1) % 10);
    const problem = await expectProblem(
      await post(
        purchase(typo, { amountKopecks: 100.5, purchasedAt: new Date(Date.now() + 3_600_000).toISOString() }),
        { ...bearer(writeKey), "Accept-Language": "en" },
      ),
      422,
    );
    expect(Object.keys(problem.errors).sort()).toEqual(["amountKopecks", "cardNumber", "purchasedAt"]);
    expect(problem.errors.cardNumber).toContain("check for a typo");

    const zero = await expectProblem(
      await post(
        purchase(member.cardNumber, { externalId: "a", amountKopecks: 0, purchasedAt: "yesterday" }),
        bearer(writeKey),
      ),
      422,
    );
    expect(Object.keys(zero.errors).sort()).toEqual(["amountKopecks", "purchasedAt"]);
  });

  it("answers 404 for a valid card nobody holds, and 409 for a reused externalId with another amount", async () => {
    const body = purchase("2799999999997");
    const unknown = await expectProblem(await post(body, bearer(writeKey)), 404);
    expect(unknown.detail).toBe("Карта с таким номером не найдена");

    const member = await createTestMember();
    const mine = { ...body, cardNumber: member.cardNumber };
    expect((await post(mine, bearer(writeKey))).status).toBe(201);
    await expectProblem(await post({ ...mine, amountKopecks: 2000 }, bearer(writeKey)), 409);
  });

  it("refuses no key with 401 and a key without loyalty:write with 403", async () => {
    const member = await createTestMember();
    const body = purchase(member.cardNumber);
    await expectProblem(await post(body), 401);
    await expectProblem(await post(body, bearer(readKey)), 403);
    await expectProblem(await post(body, bearer(await key("cases:write"))), 403);
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(0);
  });

  it("refuses a key over its limit with 429 and records nothing; a bad body without a key is 401, not 422", async () => {
    const member = await createTestMember();
    const issued = await issueApiKey({ name: "Кассы", scopes: ["loyalty:write"] }, admin);
    await db.rateLimitBucket.create({
      data: { key: `${API_KEY_BUCKET_PREFIX}${issued.id}`, count: PER_API_KEY.limit, windowStartedAt: new Date() },
    });
    const body = purchase(member.cardNumber);
    await expectProblem(await post(body, bearer(issued.key)), 429);
    expect(await db.purchase.count({ where: { memberId: member.id } })).toBe(0);
    await expectProblem(await post({ ...body, amountKopecks: "много" }), 401);
    await expectProblem(await post({ ...body, amountKopecks: "много" }, bearer(writeKey)), 422);
  });
});

describe("GET /api/v1/loyalty/members/{card}/balance", () => {
  it("refuses no key (401) and a write-only key (403), and answers 422 and 404 for bad and unknown cards", async () => {
    const member = await createTestMember();
    await expectProblem(await balance(member.cardNumber), 401);
    await expectProblem(await balance(member.cardNumber, bearer(writeKey)), 403);
    const bad = await expectProblem(await balance("2700000000015", bearer(readKey)), 422);
    expect(Object.keys(bad.errors)).toEqual(["cardNumber"]);
    await expectProblem(await balance("2799999999997", bearer(readKey)), 404);
  });

  it("gives a new member's balance as zero, as of joining", async () => {
    const member = await createTestMember();
    const read = await balance(member.cardNumber, bearer(readKey));
    expect(await read.json()).toMatchObject({ cardNumber: member.cardNumber, balance: 0 });
  });
});
