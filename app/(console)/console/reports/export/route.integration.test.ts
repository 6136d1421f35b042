import { randomBytes } from "node:crypto";
import { NextRequest } from "next/server";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { STAFF_SESSION_SECONDS } from "@/lib/auth/session-claims";
import { holdCookie, signInToken } from "@/lib/auth/session-test-support";
import { csvResponse } from "@/lib/csv/csv";
import { db } from "@/lib/db";
import type { StaffRole } from "@/lib/generated/prisma/enums";
import { parseReportQuery } from "@/lib/reports/schemas";
import type { TReportViewer } from "@/lib/reports/scope";
import { reportTable } from "@/lib/reports/tables";
import { getTranslations } from "@/scripts/test/next-intl-server-ru";

import { GET } from "./route";

// The session cookie the route reads through next/headers, held by the test; the site's texts in Russian.
vi.mock("next/headers", () => import("@/lib/auth/test-request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));

const QUERY = "report=topic&from=2019-07-01&to=2019-07-07";
const NUMBER = `Ж-2019-${randomBytes(4).toString("hex")}`;

beforeAll(async () => {
  // A case in the report's week, so the file has a row besides its header.
  await db.case.create({
    data: {
      number: NUMBER,
      type: "COMPLAINT",
      status: "REGISTERED",
      applicantName: "Заявитель",
      applicantEmail: `report-export-${randomBytes(4).toString("hex")}@mail.example`,
      text: "Посылка не пришла",
      createdAt: new Date("2019-07-03T09:00:00Z"),
      dueAt: new Date("2019-08-02T09:00:00Z"),
    },
  });
});

async function signInAs(role: StaffRole): Promise<string> {
  const row = await db.staffUser.create({
    data: { email: `export-${randomBytes(4).toString("hex")}@staff.example`, name: "Сотрудник отчётов", role },
    select: { id: true, sessionVersion: true },
  });
  await holdCookie(
    await signInToken({
      kind: "staff",
      id: row.id,
      uid: row.id,
      sv: row.sessionVersion,
      role,
      until: Date.now() + STAFF_SESSION_SECONDS * 1000,
    }),
  );
  return row.id;
}

function download(query = QUERY, headers: Record<string, string> = {}) {
  const requestId = `req-${randomBytes(6).toString("hex")}`;
  const request = new NextRequest(`http://localhost:3000/console/reports/export?${query}`, {
    headers: { "x-request-id": requestId, ...headers },
  });
  return { requestId, response: GET(request, { params: Promise.resolve({}) }) };
}

describe("GET /console/reports/export through the route pipeline", () => {
  it("asks a visitor without a session to sign in: 401 problem details with the request id, in the site's language", async () => {
    await holdCookie(null);
    const { requestId, response } = download();
    const answer = await response;
    expect(answer.status).toBe(401);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.headers.get("x-request-id")).toBe(requestId);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    // A browser's session has no Bearer challenge to answer.
    expect(answer.headers.get("www-authenticate")).toBeNull();
    expect(await answer.json()).toEqual({
      type: "about:blank",
      title: "Unauthorized",
      status: 401,
      detail: "Войдите, чтобы открыть этот адрес.",
      instance: "/console/reports/export",
      requestId,
    });

    const english = await download(QUERY, { cookie: "NEXT_LOCALE=en" }).response;
    expect(await english.json()).toMatchObject({ status: 401, detail: "Sign in to open this address." });
  });

  it("refuses a role without the reports: 403 problem details, and the refusal is recorded against the person", async () => {
    const operator = await signInAs("OPERATOR");
    const { requestId, response } = download();
    const answer = await response;
    expect(answer.status).toBe(403);
    expect(answer.headers.get("content-type")).toBe("application/problem+json");
    expect(answer.headers.get("x-request-id")).toBe(requestId);
    expect(answer.headers.get("content-disposition")).toBeNull();
    expect(await answer.json()).toMatchObject({
      title: "Forbidden",
      status: 403,
      detail: "У вас нет прав открывать этот адрес.",
      requestId,
    });
    const refusals = await db.securityEvent.findMany({
      where: { staffId: operator, kind: "FORBIDDEN" },
      select: { data: true },
    });
    expect(refusals).toEqual([{ data: { target: "route:exportReport" } }]);
  });

  it("checks access before the parameters: a refused caller learns nothing from a wrong report name", async () => {
    await signInAs("OPERATOR");
    expect((await download("report=nonsense").response).status).toBe(403);
  });

  it("answers a wrong report name with 422 and the field, for a role that may download", async () => {
    await signInAs("ANALYST");
    const answer = await download("report=nonsense").response;
    expect(answer.status).toBe(422);
    expect(await answer.json()).toMatchObject({ status: 422, errors: { report: expect.any(String) } });
  });

  it("gives a role with the reports the same file the report's table makes, with the download's headers", async () => {
    await signInAs("ANALYST");
    const analyst: TReportViewer = { role: "ANALYST", officePostcodes: [] };
    const table = await reportTable(
      "topic",
      parseReportQuery(new URLSearchParams(QUERY)),
      analyst,
      await getTranslations("reports"),
      { locale: "ru" },
    );
    expect(table.rows.length).toBeGreaterThan(0);
    const expected = csvResponse("report-topic-2019-07-01-2019-07-07.csv", [table.columns, ...table.rows]);

    const { requestId, response } = download();
    const answer = await response;
    expect(answer.status).toBe(200);
    for (const header of ["content-type", "content-disposition", "cache-control", "x-content-type-options"]) {
      expect(answer.headers.get(header), header).toBe(expected.headers.get(header));
    }
    expect(answer.headers.get("x-request-id")).toBe(requestId);
    expect(await answer.text()).toBe(await expected.text());
  });

  it("writes moments in the operator's zone, as the screen shows them, and names the zone in the header", async () => {
    await signInAs("ANALYST");
    const answer = await download("report=overdue&from=2019-07-01&to=2019-07-07").response;
    expect(answer.status).toBe(200);
    const lines = (await answer.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toContain(",Срок ответа (Europe/Moscow),");
    // Due 09:00 UTC: 12:00 in Moscow.
    expect(lines.find((line) => line.startsWith(NUMBER))).toContain(",2019-08-02 12:00,");
  });
});
