import { describe, expect, it } from "vitest";

import { caseEventRow, type TCaseEvent } from "@/lib/cases/lifecycle/events";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getTranslations } from "@/scripts/test/next-intl-server-ru";

import { eventLines, quotedOf, threadRole, type THistoryContext } from "./history-lines";

const staff = { kind: "staff", id: "staff-1", role: "SUPERVISOR" } as const;

async function context(): Promise<THistoryContext> {
  const t = await getTranslations("caseDetail");
  const format = new Intl.DateTimeFormat("ru-RU", { dateStyle: "long", timeZone: "Europe/Moscow" });
  return {
    t,
    at: (value) => (value ? format.format(new Date(value)) : "—"),
    names: { assigneeId: { "staff-2": "Иванов" }, topicId: {} },
    locale: "ru",
  };
}

/** An event as the case page reads it: the row every writer builds with caseEventRow. */
function row(event: TCaseEvent) {
  const built = caseEventRow("case-1", event, staff);
  return {
    id: "event-1",
    kind: built.kind,
    isPublic: built.isPublic ?? false,
    body: built.body ?? null,
    data: built.data as Prisma.JsonValue,
    applicantId: null,
    staffId: staff.id,
    createdAt: new Date("2026-12-01T10:00:00Z"),
    staffName: "Петрова",
    applicantName: null,
  };
}

describe("the staff history says what changed, in words", () => {
  it("a status move, the clock it paused and the grounds given", async () => {
    const ctx = await context();
    const paused = row({
      kind: "STATUS_CHANGED",
      from: "IN_PROGRESS",
      to: "WAITING_FOR_CUSTOMER",
      via: "status",
      before: { status: "IN_PROGRESS", pausedAt: null },
      after: { status: "WAITING_FOR_CUSTOMER", pausedAt: "2026-12-01T10:00:00.000Z" },
    });
    expect(eventLines(ctx, paused)).toEqual([
      "Статус: в работе → ожидает ответа клиента",
      "Срок рассмотрения приостановлен",
    ]);

    const resumed = row({
      kind: "STATUS_CHANGED",
      from: "WAITING_FOR_CUSTOMER",
      to: "IN_PROGRESS",
      via: "customer",
      before: {
        status: "WAITING_FOR_CUSTOMER",
        pausedAt: "2026-12-01T10:00:00.000Z",
        dueAt: "2026-12-21T20:59:59.999Z",
      },
      after: { status: "IN_PROGRESS", pausedAt: null, dueAt: "2026-12-23T20:59:59.999Z" },
    });
    expect(eventLines(ctx, resumed)).toEqual([
      "Статус: ожидает ответа клиента → в работе",
      "Срок рассмотрения снова идёт",
      "Срок ответа: 21 декабря 2026 г. → 23 декабря 2026 г.",
    ]);

    const left = row({
      kind: "STATUS_CHANGED",
      from: "REGISTERED",
      to: "LEFT_UNANSWERED",
      via: "outcome",
      reason: "текст не читается",
      before: {},
      after: {},
    });
    expect(eventLines(ctx, left)).toEqual([
      "Статус: зарегистрировано → оставлено без ответа",
      "Основание: текст не читается",
    ]);
  });

  it("a priority raised for being overdue, an assignment, a merge and a forwarding", async () => {
    const ctx = await context();
    const change = { before: {}, after: {} };
    expect(
      eventLines(ctx, row({ kind: "PRIORITY_CHANGED", from: "NORMAL", to: "URGENT", reason: "OVERDUE", ...change })),
    ).toEqual(["Приоритет: срочный (просрочено)"]);
    expect(
      eventLines(ctx, row({ kind: "PRIORITY_CHANGED", from: "NORMAL", to: "HIGH", reason: "TRIAGE", ...change })),
    ).toEqual(["Приоритет: обычный → высокий"]);
    expect(eventLines(ctx, row({ kind: "ASSIGNED", assigneeId: "staff-2", ...change }))).toEqual(["Назначено: Иванов"]);
    expect(eventLines(ctx, row({ kind: "ASSIGNED", assigneeId: null, ...change }))).toEqual(["Назначение снято"]);
    expect(eventLines(ctx, row({ kind: "MERGED", role: "duplicate", other: "Ж-2026-000001" }))).toEqual([
      "Объединено с обращением Ж-2026-000001 как дубликат и закрыто",
    ]);
    expect(eventLines(ctx, row({ kind: "FORWARDED", to: "Роскомнадзор", body: "Вопрос тарифов" }))).toEqual([
      "Направлено: Роскомнадзор",
    ]);
  });

  it("older rows in the shapes written before, and the quoted part of a customer's email apart", async () => {
    const ctx = await context();
    const legacyTriage = {
      ...row({ kind: "INTERNAL_NOTE", body: "" }),
      body: null,
      data: { action: "TRIAGE", before: { region: "Москва" }, after: { region: "Санкт-Петербург" } },
    };
    expect(eventLines(ctx, legacyTriage)).toEqual(["Регион: Москва → Санкт-Петербург"]);
    const legacyMove = {
      ...row({ kind: "INTERNAL_NOTE", body: "" }),
      kind: "STATUS_CHANGED" as const,
      body: null,
      data: { from: "NEW", to: "REGISTERED" },
    };
    expect(eventLines(ctx, legacyMove)).toEqual(["Статус: новое → зарегистрировано"]);
    const comment = row({
      kind: "APPLICANT_COMMENT",
      body: "Окно № 3",
      channel: "EMAIL",
      quoted: "> Уточните номер окна",
    });
    expect(quotedOf(comment)).toBe("> Уточните номер окна");
  });
});

describe("the thread sets each event where it belongs", () => {
  it("letters as messages, notes apart, everything else as a one-line step", () => {
    const built = (event: TCaseEvent) => row(event);
    expect(threadRole(built({ kind: "FILED", channel: "WEB" }))).toBe("filing");
    expect(threadRole(built({ kind: "APPLICANT_COMMENT", body: "Окно № 3", channel: "WEB" }))).toBe("customer");
    expect(
      threadRole(built({ kind: "PUBLIC_REPLY", body: "Ответ", subject: "Тема", templateId: null, recipients: 1 })),
    ).toBe("reply");
    expect(threadRole(built({ kind: "FORWARDED", to: "Роскомнадзор", body: "Вопрос тарифов" }))).toBe("reply");
    expect(threadRole(built({ kind: "INTERNAL_NOTE", body: "Позвонить в отделение" }))).toBe("note");
    expect(
      threadRole(
        built({ kind: "STATUS_CHANGED", from: "NEW", to: "IN_PROGRESS", via: "status", before: {}, after: {} }),
      ),
    ).toBe("system");
    // A merged duplicate's filing is its applicant's words; a bare joining is a step.
    expect(threadRole({ ...built({ kind: "APPLICANT_JOINED" }), body: "Посылка не пришла" })).toBe("customer");
    expect(threadRole(built({ kind: "APPLICANT_JOINED" }))).toBe("system");
    // Older rows kept triage as a note with an action: a step, not a note someone wrote.
    const legacyTriage = { ...built({ kind: "INTERNAL_NOTE", body: "" }), data: { action: "TRIAGE" } };
    expect(threadRole(legacyTriage)).toBe("system");
  });
});
