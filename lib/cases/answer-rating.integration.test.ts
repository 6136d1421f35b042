import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { rateAnswerAction } from "@/app/(public)/status/[token]/actions";
import { commentOnAnswerAction, rateAnswerFromLinkAction } from "@/app/(public)/status/[token]/rate/actions";
import { db } from "@/lib/db";
import { inRequest } from "@/lib/fuzz/request-scope";

import { findAnswerRating, rateAnswer, RATING_CHANGE_DAYS } from "./answer-rating";
import { fileComplaint } from "./file-complaint";
import { MOVE_CASE_SELECT, moveCase } from "./lifecycle/move-case";
import { ZFileComplaint } from "./schemas";
import { statusTokenPair } from "./status-link";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
// The site's locale mechanism: the NEXT_LOCALE cookie of the request (here, of the request scope).
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const scope = await import("@/lib/fuzz/request-scope");
  const catalogues = {
    ru: (await import("@/lib/i18n/messages/ru.json")).default,
    en: (await import("@/lib/i18n/messages/en.json")).default,
  };
  const getLocale = async () => ((await scope.requestCookies()).get("NEXT_LOCALE")?.value ?? "ru") as "ru" | "en";
  return {
    getLocale,
    getTranslations: async (namespace?: string) => {
      const locale = await getLocale();
      return createTranslator({ locale, messages: catalogues[locale] as never, namespace: namespace as never });
    },
  };
});
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const DAY = 86_400_000;
let operatorId = "";

beforeAll(async () => {
  await seedFilingBasics();
  const operator = await db.staffUser.create({
    data: { email: `rating-operator-${randomUUID()}@staff.example`, name: "Оператор Оценок", role: "OPERATOR" },
  });
  operatorId = operator.id;
});

/** A complaint filed on the website, as its applicant's link gives it. */
async function filedCase() {
  const filed = await fileComplaint(ZFileComplaint.parse(complaintFields()), {
    channel: "WEB",
    locale: "ru",
    ip: "203.0.113.90",
  });
  return { token: filed.statusToken!, number: filed.caseNumber };
}

/** The operator answers by a reply: the lifecycle marks the case answered, and by whom. */
async function answer(number: string) {
  const current = await db.case.findUniqueOrThrow({ where: { number }, select: MOVE_CASE_SELECT });
  await db.$transaction((tx) =>
    moveCase(
      tx,
      current,
      "ANSWERED",
      { kind: "staff", id: operatorId, role: "OPERATOR" },
      { via: "reply", tellApplicants: false },
    ),
  );
}

async function answeredCase() {
  const filed = await filedCase();
  await answer(filed.number);
  return filed;
}

const form = (fields: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) data.set(key, String(value));
  return data;
};
const rateByLink = (token: string, score: number | string, locale: "ru" | "en" = "ru") =>
  inRequest("203.0.113.91", () => rateAnswerFromLinkAction(null, form({ token, score })), locale);
const comment = (token: string, text: string, locale: "ru" | "en" = "ru") =>
  inRequest("203.0.113.92", () => commentOnAnswerAction(null, form({ token, comment: text })), locale);

const ratedCase = (number: string) =>
  db.case.findUniqueOrThrow({
    where: { number },
    select: {
      answerRating: true,
      answerComment: true,
      answeredById: true,
      events: { where: { kind: "ANSWER_RATED" }, orderBy: { createdAt: "asc" } },
    },
  });

describe("rating the answer from the email", () => {
  it("records the score once however often the link is opened, and a second choice changes it", async () => {
    const { token, number } = await answeredCase();
    expect(await rateByLink(token, 4)).toEqual({ ok: true, data: { score: 4, isRecorded: true } });
    expect(await rateByLink(token, "4")).toEqual({ ok: true, data: { score: 4, isRecorded: false } });
    let stored = await ratedCase(number);
    expect(stored.answerRating).toBe(4);
    expect(stored.answeredById).toBe(operatorId);
    expect(stored.events.map((event) => event.data)).toEqual([{ score: 4 }]);
    expect(stored.events[0]).toMatchObject({ isPublic: true, applicantId: expect.any(String) });

    expect(await rateByLink(token, 2)).toMatchObject({ ok: true, data: { score: 2, isRecorded: true } });
    stored = await ratedCase(number);
    expect(stored.answerRating).toBe(2);
    expect(stored.events.map((event) => event.data)).toEqual([{ score: 4 }, { score: 2 }]);
    expect(await findAnswerRating(token)).toMatchObject({
      caseNumber: number,
      state: "OPEN",
      score: 2,
      canChange: true,
    });
  });

  it("two clicks at once record one rating", async () => {
    const { token, number } = await answeredCase();
    const results = await Promise.all([rateByLink(token, 5), rateByLink(token, 5)]);
    expect(results.every((result) => result.ok)).toBe(true);
    expect((await ratedCase(number)).events).toHaveLength(1);
  });

  it("keeps the comment with the rating: on the case and in that rating's one event", async () => {
    const { token, number } = await answeredCase();
    expect(await comment(token, "Сначала оценка")).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Сначала поставьте оценку — комментарий добавится к ней.",
    });
    await rateByLink(token, 5);
    expect(await comment(token, "  Ответили понятно и по делу.  ")).toEqual({
      ok: true,
      data: { comment: "Ответили понятно и по делу." },
    });
    let stored = await ratedCase(number);
    expect(stored.answerComment).toBe("Ответили понятно и по делу.");
    expect(stored.events.map((event) => event.data)).toEqual([{ score: 5, comment: "Ответили понятно и по делу." }]);

    // A changed score keeps the words already given.
    await rateByLink(token, 3);
    stored = await ratedCase(number);
    expect(stored.events.map((event) => event.data)).toEqual([
      { score: 5, comment: "Ответили понятно и по делу." },
      { score: 3, comment: "Ответили понятно и по делу." },
    ]);
    expect(await findAnswerRating(token)).toMatchObject({ score: 3, comment: "Ответили понятно и по делу." });
  });

  it("refuses a comment over 2000 characters in the page's language, and keeps nothing of it", async () => {
    const { token, number } = await answeredCase();
    await rateByLink(token, 4);
    expect(await comment(token, "а".repeat(2001))).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { comment: "Комментарий — не длиннее 2000 символов" },
    });
    expect(await comment(token, "a".repeat(2001), "en")).toMatchObject({
      fieldErrors: { comment: "The comment can be at most 2000 characters long" },
    });
    expect(await comment(token, "а".repeat(2000))).toMatchObject({ ok: true });
    expect((await ratedCase(number)).answerComment).toHaveLength(2000);
  });

  it("refuses a rating before the answer, in the page's language, and records nothing", async () => {
    const { token, number } = await filedCase();
    expect(await rateByLink(token, 5)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Оценить ответ можно после того, как он дан.",
    });
    expect(await rateByLink(token, 5, "en")).toMatchObject({
      ok: false,
      message: "The answer can be rated once it has been given.",
    });
    expect(await rateByLink(token, 7)).toMatchObject({
      ok: false,
      code: "INVALID",
      fieldErrors: { score: "Поставьте оценку от 1 до 5" },
    });
    expect(await ratedCase(number)).toMatchObject({ answerRating: null, events: [] });
    expect(await findAnswerRating(token)).toMatchObject({ state: "NOT_ANSWERED", score: null });
    expect(await rateByLink("not-a-token-of-any-case-at-all", 5)).toMatchObject({ ok: false, code: "NOT_FOUND" });
  });

  it("lets the rating change for 14 days after the answer, by the applicant who gave it only", async () => {
    const { token, number } = await answeredCase();
    const { answeredAt } = await db.case.findUniqueOrThrow({ where: { number }, select: { answeredAt: true } });
    await rateAnswer({ token, score: 2 });
    const afterWindow = new Date(answeredAt!.getTime() + (RATING_CHANGE_DAYS + 1) * DAY);
    await expect(rateAnswer({ token, score: 5 }, afterWindow)).rejects.toMatchObject({
      code: "CONFLICT",
      messageKey: "answerRating.errors.tooLate",
    });
    await expect(
      rateAnswer({ token, score: 4 }, new Date(answeredAt!.getTime() + (RATING_CHANGE_DAYS - 1) * DAY)),
    ).resolves.toMatchObject({ isRecorded: true });

    // A second applicant of the same case (a claim's co-filer, say) cannot overwrite it.
    const caseRow = await db.case.findUniqueOrThrow({ where: { number }, select: { id: true } });
    const id = randomUUID();
    const other = statusTokenPair(id, 0);
    await db.caseApplicant.create({
      data: {
        id,
        caseId: caseRow.id,
        lastName: "Второй",
        firstName: "Заявитель",
        email: "second@mail.example",
        statusTokenHash: other.tokenHash,
        consentPolicyVersion: "test",
        consentAt: new Date(),
      },
    });
    expect(await rateByLink(other.token, 1)).toMatchObject({
      ok: false,
      code: "CONFLICT",
      message: "Ответ на это обращение уже оценил другой заявитель.",
    });
    expect(await findAnswerRating(other.token)).toMatchObject({ state: "RATED_BY_ANOTHER", score: null });
    expect((await ratedCase(number)).answerRating).toBe(4);
  });

  it("a first rating is taken after 14 days too; a case reopened and answered again is rated afresh", async () => {
    const { token, number } = await answeredCase();
    await db.case.update({ where: { number }, data: { answeredAt: new Date(Date.now() - 30 * DAY) } });
    expect(await rateByLink(token, 3)).toMatchObject({ ok: true, data: { isRecorded: true } });
    await db.case.update({ where: { number }, data: { status: "REOPENED" } });
    expect(await rateByLink(token, 5)).toMatchObject({ ok: false, code: "CONFLICT" });
    await db.case.update({ where: { number }, data: { status: "IN_PROGRESS" } });
    await answer(number);
    expect(await findAnswerRating(token)).toMatchObject({ state: "OPEN", score: null });
    expect(await rateByLink(token, 5)).toMatchObject({ ok: true, data: { isRecorded: true } });
    expect((await ratedCase(number)).answerRating).toBe(5);
  });

  it("the status page's own rating form rates through the same rule", async () => {
    const { token, number } = await answeredCase();
    expect(await inRequest("203.0.113.93", () => rateAnswerAction({ token, score: 4 }))).toMatchObject({ ok: true });
    expect(await ratedCase(number)).toMatchObject({ answerRating: 4, events: [{ data: { score: 4 } }] });
  });
});
