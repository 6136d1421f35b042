/**
 * Hostile input against every public route handler, in process: each handler export is called with a
 * NextRequest, as the server would, with thousands of generated bodies, paths, queries and headers (see
 * hostile-values.ts). Every answer must be a 2xx/4xx without a stack trace or internal message, and the
 * rows a route writes must grow by exactly what its accepted requests stored.
 *
 * Rate limits are real, and are kept from hiding validation: requests with an API key rotate over enough
 * keys that none passes its 300 a minute, and requests limited per client come from a distinct address
 * each (a test of the limits themselves is in lib/rate-limit and the fault tests).
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { GET as getAttachment } from "@/app/api/attachments/[id]/route";
import { GET as getOffice } from "@/app/api/offices/[postcode]/route";
import { GET as readCase } from "@/app/api/v1/cases/[number]/route";
import { POST as postClaim } from "@/app/api/v1/claims/route";
import { POST as postComplaint } from "@/app/api/v1/complaints/route";
import { GET as readBalance } from "@/app/api/v1/loyalty/members/[card]/balance/route";
import { POST as postPurchase } from "@/app/api/v1/loyalty/purchases/route";
import { issueApiKey } from "@/lib/api-keys/issue-api-key";
import type { TApiScope } from "@/lib/api-keys/scopes";
import { claimFields, complaintFields } from "@/lib/cases/test-fixtures";
import { seedFilingBasics } from "@/lib/cases/test-support";
import { staff } from "@/lib/console-cases/test-support";
import { db } from "@/lib/db";
import { forgetDeliveriesSince } from "@/lib/email/test-fixtures";
import { PEER_HEADER } from "@/lib/http/client-ip";
import { createTestMember } from "@/lib/loyalty/test-fixtures";

import { hostileBody, hostileString } from "./hostile-values";
import { clientAddress } from "./request-scope";
import {
  FUZZ_CASES,
  leakIn,
  liveMarkupIn,
  runFuzz,
  type TFuzzOutcome,
  type TFuzzReport,
  type TFuzzTarget,
} from "./run-fuzz";

// The attachment route falls back to the staff session when no token is given; next-auth reads it from
// Next.js's request scope, which a handler called in process lacks. The caller is an anonymous visitor.
vi.mock("@/lib/auth/current-user", async (original) => ({ ...(await original()), getCurrentUser: async () => null }));

const BASE = "http://localhost:3000";
const KEY_USES = 250; // under PER_API_KEY's 300 a minute

let admin: { id: string };
let member: { id: string; cardNumber: string };
let statusToken: string;
let caseNumber: string;

/** When this file began: the deliveries its accepted cases queued are taken back after it (see afterAll). */
const startedAt = new Date();

// Accepted cases queue thousands of emails, which the test files after this one must not wait behind.
afterAll(() => forgetDeliveriesSince(startedAt));

beforeAll(async () => {
  admin = await staff("ADMIN");
  await seedFilingBasics();
  member = await createTestMember();
  const filed = await postComplaint(
    jsonRequest("/api/v1/complaints", complaintFields(), {
      Authorization: `Bearer ${(await keys("cases:write", 1))[0]}`,
    }),
    noParams,
  );
  ({ caseNumber, statusToken } = (await filed.json()) as { caseNumber: string; statusToken: string });
});

const noParams = { params: Promise.resolve({}) };

/** Keys enough for `cases` requests at most KEY_USES each. */
async function keys(scope: TApiScope, count = Math.ceil(FUZZ_CASES / KEY_USES) + 1): Promise<string[]> {
  return Promise.all(
    Array.from(
      { length: count },
      async (_, i) => (await issueApiKey({ name: `fuzz ${scope} ${i}`, scopes: [scope] }, admin)).key,
    ),
  );
}

function jsonRequest(path: string, body: unknown, headers: Record<string, string> = {}) {
  return new NextRequest(`${BASE}${path}`, {
    method: "POST",
    headers: { "Content-Type": "application/json", ...headers },
    body: typeof body === "string" ? body : JSON.stringify(body),
  });
}

/** The answer as the caller sees it; `instance` (the request path, which may carry the input) is left out. */
async function outcomeOf(response: Response, storedWhen: (status: number) => boolean): Promise<TFuzzOutcome> {
  const text = await response.text();
  let body = text;
  if ((response.headers.get("content-type") ?? "").includes("json")) {
    try {
      const parsed = JSON.parse(text) as Record<string, unknown>;
      delete parsed.instance;
      body = JSON.stringify(parsed);
    } catch {
      body = text;
    }
  }
  return { status: response.status, body, stored: storedWhen(response.status) ? 1 : 0, label: String(response.status) };
}

/** What of a hostile string can travel in an HTTP header: Latin-1 without control characters, under Node's 16 KB. */
const headerSafe = (value: string) => value.replace(/[^\t\x20-\x7e\x80-\xff]/g, "").slice(0, 8_000);

/** What of a hostile string can travel in a URL: well-formed UTF-16, under the request line's 16 KB. */
const urlSafe = (value: string) => value.toWellFormed().slice(0, 2_000);

/** The headers a caller may send with a body, from right to wrong. */
const bodyHeaders = fc.record({
  contentType: fc.constantFrom(
    "application/json",
    "application/json",
    "application/json",
    "application/problem+json",
    "text/plain",
    "application/x-www-form-urlencoded",
    "multipart/form-data; boundary=x",
    "",
  ),
  authorization: fc.oneof(
    { arbitrary: fc.constant("valid"), weight: 8 },
    { arbitrary: hostileString.map((value) => `Bearer ${headerSafe(value)}`), weight: 1 },
    {
      arbitrary: fc.constantFrom("Bearer", "Basic YTpi", "Bearer pk_" + "A".repeat(43), "bearer  pk_x", ""),
      weight: 1,
    },
  ),
  idempotencyKey: fc.oneof(
    { arbitrary: fc.constant(undefined), weight: 4 },
    { arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{16,40}$/), weight: 3 },
    { arbitrary: hostileString.map(headerSafe), weight: 1 },
  ),
});

type THeaders = { contentType: string; authorization: string; idempotencyKey?: string };

function headersOf(headers: THeaders, key: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (headers.contentType) out["Content-Type"] = headers.contentType;
  if (headers.authorization)
    out.Authorization = headers.authorization === "valid" ? `Bearer ${key}` : headers.authorization;
  if (headers.idempotencyKey !== undefined) out["Idempotency-Key"] = headers.idempotencyKey;
  return out;
}

function postTarget(
  name: string,
  path: string,
  handler: typeof postComplaint,
  valid: () => Record<string, unknown>,
  scope: TApiScope,
  rows: () => Promise<number>,
): () => Promise<TFuzzTarget<[string, THeaders]>> {
  return async () => {
    const issued = await keys(scope);
    return {
      name,
      cases: fc.tuple(hostileBody(valid), bodyHeaders),
      rows,
      send: async ([body, headers], i) => {
        const request = new NextRequest(`${BASE}${path}`, {
          method: "POST",
          headers: headersOf(headers, issued[Math.floor(i / KEY_USES)]),
          body,
        });
        return outcomeOf(await handler(request, noParams), (status) => status === 201);
      },
    };
  };
}

/** A table row: builds its target (keys, fixtures) when its test runs, then fuzzes it. */
function fuzz<T>(make: () => Promise<TFuzzTarget<T>>): () => Promise<TFuzzReport> {
  return async () => runFuzz(await make());
}

/** A path parameter that is hostile, with the query and credential that reach the check behind it. */
const pathParam = (valid: () => string) =>
  fc
    .oneof({ arbitrary: fc.constant(null).map(() => valid()), weight: 1 }, { arbitrary: hostileString, weight: 6 })
    .map(urlSafe);

const TARGETS: Record<string, () => Promise<TFuzzReport>> = {
  "POST /api/v1/complaints": fuzz(
    postTarget(
      "POST /api/v1/complaints",
      "/api/v1/complaints",
      postComplaint,
      () => complaintFields(),
      "cases:write",
      () => db.caseApplicant.count(),
    ),
  ),
  "POST /api/v1/claims": fuzz(
    postTarget(
      "POST /api/v1/claims",
      "/api/v1/claims",
      postClaim,
      () => claimFields(),
      "cases:write",
      () => db.caseApplicant.count(),
    ),
  ),
  "POST /api/v1/loyalty/purchases": fuzz(
    postTarget(
      "POST /api/v1/loyalty/purchases",
      "/api/v1/loyalty/purchases",
      postPurchase,
      () => ({
        externalId: `fuzz-${randomBytes(6).toString("hex")}`,
        cardNumber: member.cardNumber,
        amountKopecks: 15_000,
        category: "goods",
        purchasedAt: new Date().toISOString(),
      }),
      "loyalty:write",
      () => db.purchase.count(),
    ),
  ),
  "GET /api/v1/cases/{number}": fuzz(async () => {
    const issued = await keys("cases:read");
    return {
      name: "GET /api/v1/cases/{number}",
      cases: fc.tuple(
        pathParam(() => caseNumber),
        fc.constantFrom("key", "token", "query-token", "none", "hostile"),
        hostileString,
      ),
      rows: () => db.case.count(),
      send: async ([number, credential, hostile], i) => {
        const headers: Record<string, string> = { [PEER_HEADER]: clientAddress(i) };
        let query = "";
        if (credential === "key") headers.Authorization = `Bearer ${issued[Math.floor(i / KEY_USES)]}`;
        if (credential === "token") headers.Authorization = `Bearer ${statusToken}`;
        if (credential === "query-token") query = `?token=${encodeURIComponent(urlSafe(hostile))}`;
        if (credential === "hostile") headers.Authorization = `Bearer ${headerSafe(hostile)}`;
        const request = new NextRequest(`${BASE}/api/v1/cases/${encodeURIComponent(urlSafe(number))}${query}`, {
          headers,
        });
        return outcomeOf(await readCase(request, { params: Promise.resolve({ number }) }), () => false);
      },
    };
  }),
  "GET /api/v1/loyalty/members/{card}/balance": fuzz(async () => {
    const issued = await keys("loyalty:read");
    return {
      name: "GET /api/v1/loyalty/members/{card}/balance",
      cases: pathParam(() => member.cardNumber),
      rows: () => db.pointsEntry.count(),
      send: async (card, i) => {
        const request = new NextRequest(`${BASE}/api/v1/loyalty/members/${encodeURIComponent(urlSafe(card))}/balance`, {
          headers: { Authorization: `Bearer ${issued[Math.floor(i / KEY_USES)]}` },
        });
        return outcomeOf(await readBalance(request, { params: Promise.resolve({ card }) }), () => false);
      },
    };
  }),
  "GET /api/offices/{postcode}": fuzz(async () => ({
    name: "GET /api/offices/{postcode}",
    cases: pathParam(() => "101000"),
    rows: () => db.office.count(),
    send: async (postcode) =>
      outcomeOf(
        await getOffice(new Request(`${BASE}/api/offices/${encodeURIComponent(urlSafe(postcode))}`), {
          params: Promise.resolve({ postcode }),
        }),
        () => false,
      ),
  })),
  "GET /api/attachments/{id}": fuzz(async () => ({
    name: "GET /api/attachments/{id}",
    cases: fc.tuple(
      pathParam(() => crypto.randomUUID()),
      fc.option(fc.oneof(hostileString.map(urlSafe), fc.constant(statusToken))),
      fc.option(hostileString.map(urlSafe)),
    ),
    rows: () => db.attachment.count(),
    send: async ([id, token, download]) => {
      const query = new URLSearchParams();
      if (token !== null) query.set("token", token);
      if (download !== null) query.set("download", download);
      const request = new NextRequest(`${BASE}/api/attachments/${encodeURIComponent(urlSafe(id))}?${query}`);
      return outcomeOf(await getAttachment(request, { params: Promise.resolve({ id }) }), () => false);
    },
  })),
};

/**
 * Every route handler outside the console, sign-in (next-auth; its two checks are fuzzed with the actions),
 * the benchmark routes (404 unless BENCH_ROUTES=1) and the ones without input (health, the OpenAPI
 * document, the member's data export), as "METHOD /path/{param}".
 */
function publicRoutes(): string[] {
  const api = path.join(process.cwd(), "app", "api");
  const skipped = /^(auth|bench|console|health|v1\/openapi\.json)(\/|$)/;
  return fs
    .readdirSync(api, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("route.ts") && !skipped.test(file))
    .flatMap((file) => {
      const route = `/api/${path.dirname(file)}`.replace(/\[([^\]]+)\]/g, "{$1}");
      return [
        ...fs
          .readFileSync(path.join(api, file), "utf8")
          .matchAll(/export (?:const|async function) (GET|POST|PUT|PATCH|DELETE)\b/g),
      ].map((match) => `${match[1]} ${route}`);
    });
}

describe("hostile input to the public API", () => {
  it("covers every public route handler", () => {
    const missing = publicRoutes().filter((route) => !(route in TARGETS));
    expect(missing, "add a row to TARGETS for each").toEqual([]);
  });

  for (const [name, target] of Object.entries(TARGETS)) {
    it(`${name}: no 5xx, no leak, nothing stored from a rejected request`, async () => {
      const report = await target();
      expect(report.failures.slice(0, 5)).toEqual([]);
      expect(report.cases).toBe(FUZZ_CASES);
      expect(report.rowsAdded).toBe(report.stored);
    }, 300_000);
  }

  it("knows a leak when it sees one", () => {
    expect(leakIn('{"detail":"Invalid `prisma.case.create()` invocation"}')).not.toBeNull();
    expect(
      leakIn("TypeError: x is not a function\n    at fileComplaint (/app/lib/cases/file-complaint.ts:12:3)"),
    ).not.toBeNull();
    expect(leakIn('{"detail":"Проверьте поля","errors":{"email":"Неверный адрес"}}')).toBeNull();
  });

  it("knows live markup from escaped markup", () => {
    expect(liveMarkupIn('<p title="&quot;&gt;">&lt;img src=x onerror=alert(1)&gt;</p>')).toBeNull();
    expect(liveMarkupIn('<p>x</p><img src="x" onerror="alert(1)">')).not.toBeNull();
    expect(liveMarkupIn("<div><script>alert(1)</script></div>")).not.toBeNull();
    expect(liveMarkupIn('<a href=" javascript:alert(1)">x</a>')).not.toBeNull();
  });
});
