import { createHash, randomBytes, randomUUID } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { GET as readCase } from "@/app/api/v1/cases/[number]/route";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { POST as postComplaint } from "@/app/api/v1/complaints/route";
import { API_KEY_BUCKET_PREFIX } from "@/lib/api-keys/authenticate-api-key";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import { revokeApiKey } from "@/lib/api-keys/revoke-api-key";
import type { TApiScope } from "@/lib/api-keys/scopes";
import { ZFileComplaint } from "@/lib/cases/schemas";
import { claimFields, complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";
import { logger } from "@/lib/log/logger";

import { defineFilingRoute } from "./filing-route";
import { PER_API_KEY } from "./limit-rules";

const BASE = "http://localhost:3000";
const noParams = { params: Promise.resolve({}) };

let admin: { id: string };

beforeAll(async () => {
  admin = await staff("ADMIN");
  await seedFilingBasics();
});

const key = async (...scopes: TApiScope[]) => (await issueApiKey({ name: "Колл-центр", scopes }, admin)).key;
const email = () => `api-${randomBytes(4).toString("hex")}@mail.example`;

const complaintBody = (overrides: Record<string, unknown> = {}) => complaintFields({ email: email(), ...overrides });
const claimBody = () => claimFields({ email: email() });

function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new NextRequest(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

function getCase(number: string, headers: Record<string, string> = {}, query = "") {
  const request = new NextRequest(`${BASE}/api/v1/cases/${encodeURIComponent(number)}${query}`, { headers });
  return readCase(request, { params: Promise.resolve({ number }) });
}

const bearer = (credential: string) => ({ Authorization: `Bearer ${credential}` });

async function expectProblem(response: Response, status: number) {
  expect(response.status).toBe(status);
  expect(response.headers.get("content-type")).toBe("application/problem+json");
  const problem = await response.json();
  expect(problem).toMatchObject({
    type: "about:blank",
    status,
    title: expect.any(String),
    detail: expect.any(String),
    requestId: expect.any(String),
  });
  return problem;
}

describe("API keys", () => {
  it("are shown once and stored only as a hash with a short prefix", async () => {
    const issued = await issueApiKey({ name: "Мобильное приложение", scopes: ["cases:write"] }, admin);
    expect(issued.key).toMatch(/^pk_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiKey.findUniqueOrThrow({ where: { id: issued.id } });
    expect(row.keyHash).toBe(createHash("sha256").update(issued.key).digest("hex"));
    expect(row.prefix).toBe(issued.key.slice(0, 8));
    expect(JSON.stringify(row)).not.toContain(issued.key);
    expect(row.createdById).toBe(admin.id);
  });
});

describe("filing through the API", () => {
  it("files a claim with a key, answers 201 with the case, and the key and the status token read it", async () => {
    const apiKey = await key("cases:write", "cases:read");
    const response = await postClaim(post("/api/v1/claims", claimBody(), bearer(apiKey)), noParams);
    expect(response.status).toBe(201);
    const filed = await response.json();
    expect(filed).toMatchObject({
      caseNumber: expect.stringMatching(/^Р-\d{4}-\d{6}$/),
      status: "REGISTERED",
      isJoined: false,
    });
    expect(filed.statusToken).toEqual(expect.any(String));
    expect(filed.statusUrl).toMatch(new RegExp(`/status/${filed.statusToken}$`));
    expect(new Date(filed.dueAt).getTime()).toBeGreaterThan(Date.now());
    expect(response.headers.get("location")).toMatch(
      new RegExp(`/api/v1/cases/${encodeURIComponent(filed.caseNumber)}$`),
    );
    const stored = await db.case.findUniqueOrThrow({
      where: { number: filed.caseNumber },
      select: { channel: true, type: true },
    });
    expect(stored).toEqual({ channel: "API", type: "CLAIM" });

    const byKey = await getCase(filed.caseNumber, bearer(apiKey));
    expect(byKey.status).toBe(200);
    expect(await byKey.json()).toMatchObject({
      number: filed.caseNumber,
      type: "CLAIM",
      status: "REGISTERED",
      history: [{ kind: "FILED" }],
    });
    const byToken = await getCase(filed.caseNumber, bearer(filed.statusToken));
    expect((await byToken.json()).number).toBe(filed.caseNumber);
    const byQuery = await getCase(filed.caseNumber, {}, `?token=${filed.statusToken}`);
    expect(byQuery.status).toBe(200);

    const used = await db.apiKey.findFirstOrThrow({
      where: { prefix: apiKey.slice(0, 8) },
      select: { lastUsedAt: true },
    });
    expect(used.lastUsedAt).not.toBeNull();
  });

  it("records a key's last use at most once a minute", async () => {
    const issued = await issueApiKey({ name: "Мониторинг", scopes: ["cases:read"] }, admin);
    const useAfter = async (secondsAgo: number) => {
      const before = new Date(Date.now() - secondsAgo * 1000);
      await db.apiKey.update({ where: { id: issued.id }, data: { lastUsedAt: before } });
      await getCase("Ж-2020-999999", bearer(issued.key));
      const { lastUsedAt } = await db.apiKey.findUniqueOrThrow({
        where: { id: issued.id },
        select: { lastUsedAt: true },
      });
      return lastUsedAt!.getTime() - before.getTime();
    };
    expect(await useAfter(30)).toBe(0);
    expect(await useAfter(90)).toBeGreaterThan(80_000);
  });

  it("files one case for the same Idempotency-Key twice, answering the replay with 200 and no status token", async () => {
    const apiKey = await key("cases:write");
    const body = complaintBody();
    const idempotencyKey = randomUUID();
    const first = await postComplaint(
      post("/api/v1/complaints", body, { ...bearer(apiKey), "Idempotency-Key": idempotencyKey }),
      noParams,
    );
    const second = await postComplaint(
      post("/api/v1/complaints", body, { ...bearer(apiKey), "Idempotency-Key": idempotencyKey }),
      noParams,
    );
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    const [a, b] = [await first.json(), await second.json()];
    expect(b).toEqual({ ...a, statusToken: null, statusUrl: null });
    expect(await db.case.count({ where: { applicantEmail: body.email } })).toBe(1);

    // Another client's identical key is a different request: it files a case of its own.
    const other = await postComplaint(
      post("/api/v1/complaints", body, { ...bearer(await key("cases:write")), "Idempotency-Key": idempotencyKey }),
      noParams,
    );
    expect(other.status).toBe(201);
    expect((await other.json()).caseNumber).not.toBe(a.caseNumber);
  });

  it("refuses an Idempotency-Key used again with a different body: 422 saying so, and nothing filed", async () => {
    const apiKey = await key("cases:write");
    const idempotencyKey = randomUUID();
    const body = complaintBody();
    const headers = { ...bearer(apiKey), "Idempotency-Key": idempotencyKey };
    const first = await postComplaint(post("/api/v1/complaints", body, headers), noParams);
    expect(first.status).toBe(201);
    const { caseNumber } = await first.json();

    // The same fields in another order are the same request: a retry.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const replay = await postComplaint(post("/api/v1/complaints", reordered, headers), noParams);
    expect(replay.status).toBe(200);
    expect((await replay.json()).caseNumber).toBe(caseNumber);

    const otherEmail = email();
    const changed = await postComplaint(
      post("/api/v1/complaints", { ...body, email: otherEmail, text: "Другая жалоба" }, headers),
      noParams,
    );
    const refused = await expectProblem(changed, 422);
    expect(refused.detail).toContain("Idempotency-Key");
    expect(refused.detail).toContain("другим запросом");
    expect(refused.errors).toBeUndefined();
    expect(await db.case.count({ where: { applicantEmail: otherEmail } })).toBe(0);

    // A claim under the key of a complaint is a different request too, in the caller's language.
    const asClaim = await postClaim(
      post("/api/v1/claims", claimBody(), { ...headers, "Accept-Language": "en" }),
      noParams,
    );
    expect((await expectProblem(asClaim, 422)).detail).toContain("used with a different request");
    expect(await db.caseApplicant.count({ where: { idempotencyKey: { endsWith: `:${idempotencyKey}` } } })).toBe(1);
  });

  it("refuses a missing, unknown or revoked key with 401, and a key without the scope with 403", async () => {
    const missing = await expectProblem(
      await postComplaint(post("/api/v1/complaints", complaintBody()), noParams),
      401,
    );
    expect(missing).toMatchObject({ title: "Unauthorized", instance: "/api/v1/complaints" });
    expect(missing.detail).toContain("ключ API");

    const unknown = await postComplaint(
      post("/api/v1/complaints", complaintBody(), bearer(`pk_${randomBytes(32).toString("base64url")}`)),
      noParams,
    );
    await expectProblem(unknown, 401);
    expect(unknown.headers.get("www-authenticate")).toContain('error="invalid_token"');

    const issued = await issueApiKey({ name: "Старая система", scopes: ["cases:write"] }, admin);
    await revokeApiKey(issued.id, admin);
    await expectProblem(
      await postComplaint(post("/api/v1/complaints", complaintBody(), bearer(issued.key)), noParams),
      401,
    );

    const readOnly = await key("cases:read");
    const body = claimBody();
    const forbidden = await expectProblem(
      await postClaim(post("/api/v1/claims", body, bearer(readOnly)), noParams),
      403,
    );
    expect(forbidden.detail).toBe("У ключа API нет права на это действие.");
    expect(await db.case.count({ where: { applicantEmail: body.email } })).toBe(0);

    // Without a key even an invalid body is refused as unauthorized: a stranger learns nothing of the schema.
    await expectProblem(await postComplaint(post("/api/v1/complaints", { lastName: "" }), noParams), 401);
  });

  it("answers an invalid body with 422 and each field's error in Russian, or in English when asked", async () => {
    const apiKey = await key("cases:write");
    const body = complaintBody({ email: "не почта", consent: false, text: undefined });
    const ru = await expectProblem(
      await postComplaint(post("/api/v1/complaints", body, bearer(apiKey)), noParams),
      422,
    );
    expect(ru.errors).toEqual({
      email: "Введите адрес электронной почты, например ivanova@mail.ru",
      consent: "Без согласия на обработку персональных данных мы не можем принять обращение",
      text: "Заполните это поле",
    });

    const en = await expectProblem(
      await postComplaint(
        post("/api/v1/complaints", body, { ...bearer(apiKey), "Accept-Language": "en-GB,en;q=0.9,ru;q=0.5" }),
        noParams,
      ),
      422,
    );
    expect(en.errors).toEqual({
      email: "Enter an email address, e.g. ivanova@mail.ru",
      consent: "We cannot accept the appeal without your consent to the processing of personal data",
      text: "Fill in this field",
    });
    expect(en.detail).toBe("Check the fields listed in errors.");
  });

  it("answers a topic the desk does not have with 422 on that field", async () => {
    const response = await postComplaint(
      post("/api/v1/complaints", complaintBody({ topic: "no-such-topic" }), bearer(await key("cases:write"))),
      noParams,
    );
    expect((await expectProblem(response, 422)).errors).toEqual({ topic: "Выберите тему обращения" });
  });

  it("answers a body that is not JSON with 400 or 415, and a malformed Idempotency-Key with 400", async () => {
    const apiKey = await key("cases:write");
    await expectProblem(await postComplaint(post("/api/v1/complaints", "{not json", bearer(apiKey)), noParams), 400);
    const form = new NextRequest(`${BASE}/api/v1/complaints`, {
      method: "POST",
      headers: bearer(apiKey),
      body: new URLSearchParams({ lastName: "x" }),
    });
    await expectProblem(await postComplaint(form, noParams), 415);
    const badKey = await postComplaint(
      post("/api/v1/complaints", complaintBody(), { ...bearer(apiKey), "Idempotency-Key": "short" }),
      noParams,
    );
    expect((await expectProblem(badKey, 400)).detail).toContain("Idempotency-Key");
  });

  it("answers 429 with Retry-After once a key has used up its minute", async () => {
    const issued = await issueApiKey({ name: "Пакетная загрузка", scopes: ["cases:write"] }, admin);
    await db.rateLimitBucket.create({
      data: { key: `${API_KEY_BUCKET_PREFIX}${issued.id}`, count: PER_API_KEY.limit, windowStartedAt: new Date() },
    });
    const response = await postComplaint(post("/api/v1/complaints", complaintBody(), bearer(issued.key)), noParams);
    await expectProblem(response, 429);
    expect(Number(response.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("counts each request of a key against its limit, and none a key may not make", async () => {
    const writer = await issueApiKey({ name: "Сайт-партнёр", scopes: ["cases:write"] }, admin);
    const reader = await issueApiKey({ name: "Только чтение", scopes: ["cases:read"] }, admin);
    const bucket = async (id: string) =>
      (
        await db.rateLimitBucket.findUnique({
          where: { key: `${API_KEY_BUCKET_PREFIX}${id}` },
          select: { count: true },
        })
      )?.count ?? 0;

    for (let i = 0; i < 2; i++)
      expect(
        (await postComplaint(post("/api/v1/complaints", complaintBody(), bearer(writer.key)), noParams)).status,
      ).toBe(201);
    await expectProblem(
      await postComplaint(post("/api/v1/complaints", complaintBody(), bearer(reader.key)), noParams),
      403,
    );
    expect([await bucket(writer.id), await bucket(reader.id)]).toEqual([2, 0]);
  });

  it("logs an unexpected failure with the request id and answers a generic 500 with no internals", async () => {
    const failure = new Error("connection to 10.0.0.5 refused");
    const failing = defineFilingRoute("failing", ZFileComplaint, async () => {
      throw failure;
    });
    const logged = vi.fn();
    // The request logger is a child of the app's logger carrying the request id; catch what it writes.
    const child = vi
      .spyOn(logger, "child")
      .mockReturnValue({ error: logged } as unknown as ReturnType<typeof logger.child>);
    const requestId = randomUUID();
    try {
      const response = await failing(
        post("/api/v1/complaints", complaintBody(), { ...bearer(await key("cases:write")), "x-request-id": requestId }),
        noParams,
      );
      const problem = await expectProblem(response, 500);
      expect(problem.requestId).toBe(requestId);
      expect(problem.detail).toContain(requestId);
      expect(JSON.stringify(problem)).not.toMatch(/10\.0\.0\.5|stack|at /);
      expect(child).toHaveBeenCalledWith({ requestId });
      expect(logged).toHaveBeenCalledWith({ err: failure, route: "failing" }, "api request failed");
    } finally {
      child.mockRestore();
    }
  });
});

describe("reading a case", () => {
  it("with a status token reads that case only, reply texts included; another case or number is 404", async () => {
    const apiKey = await key("cases:write", "cases:read");
    const file = async () =>
      (await postComplaint(post("/api/v1/complaints", complaintBody(), bearer(apiKey)), noParams)).json();
    const [mine, theirs] = [await file(), await file()];
    const found = await db.case.findUniqueOrThrow({ where: { number: mine.caseNumber }, select: { id: true } });
    await db.caseEvent.create({
      data: { caseId: found.id, kind: "PUBLIC_REPLY", isPublic: true, body: "Мы проверили работу отделения." },
    });
    await db.caseEvent.create({
      data: { caseId: found.id, kind: "INTERNAL_NOTE", isPublic: false, body: "Служебная заметка" },
    });

    const own = await getCase(mine.caseNumber, bearer(mine.statusToken));
    expect(own.status).toBe(200);
    const view = await own.json();
    expect(view.history).toEqual([
      { kind: "FILED", at: expect.any(String) },
      { kind: "PUBLIC_REPLY", at: expect.any(String), text: "Мы проверили работу отделения." },
    ]);

    // A key sees the same history without the texts written to the applicant.
    const byKey = await (await getCase(mine.caseNumber, bearer(apiKey))).json();
    expect(byKey.history.map((event: { kind: string; text?: string }) => [event.kind, event.text])).toEqual([
      ["FILED", undefined],
      ["PUBLIC_REPLY", undefined],
    ]);

    const other = await expectProblem(await getCase(theirs.caseNumber, bearer(mine.statusToken)), 404);
    const unknown = await expectProblem(await getCase("Ж-2020-999999", bearer(mine.statusToken)), 404);
    expect(other.detail).toBe(unknown.detail);
    await expectProblem(await getCase(mine.caseNumber, bearer("not-a-real-token")), 404);
    await expectProblem(await getCase(mine.caseNumber), 401);
    await expectProblem(await getCase(mine.caseNumber, bearer(await key("cases:write"))), 403);
  });
});
