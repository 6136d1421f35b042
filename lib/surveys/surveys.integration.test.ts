import { randomBytes, randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { ActionError } from "@/lib/action/action-error";
import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import { createRule, createTestMember } from "@/lib/loyalty/test-fixtures";
import { dayStart, localDate } from "@/lib/time/operator-day";

import { respondentByToken, saveDraft, submitResponse, surveyForRespondent, surveysWaiting } from "./answering";
import { saveSurvey } from "./build-survey";
import { invitationToken, inviteSurveyMembers, remindDueInvitations, remindSurveyMembers } from "./invitations";
import { resultsCsv, surveyResults, TEXTS_SHOWN } from "./results";
import { ZSaveSurvey, type TQuestion } from "./schemas";
import { closeDueSurveys, openSurvey } from "./survey-status";
import { testQuestion, visitQuestion } from "./test-fixtures";

const STAFF = { id: randomUUID() };
const POINTS = 40;
let ruleId: string;

beforeAll(async () => {
  await db.pointsRule.updateMany({
    where: { kind: "ACTIVITY", subject: "SURVEY_COMPLETED" },
    data: { isActive: false },
  });
  ({ id: ruleId } = await createRule({ kind: "ACTIVITY", subject: "SURVEY_COMPLETED", fixedPoints: POINTS }));
});

afterAll(async () => {
  await db.pointsRule.update({ where: { id: ruleId }, data: { isActive: false } });
});

// Question ids are the questions' keys: every survey of the test gets its own.
const [VISIT, WHY, NPS] = ["visit", "why", "nps"];
const QUESTIONS: TQuestion[] = [
  visitQuestion(VISIT),
  testQuestion(WHY, { text: "Что запомнилось?", isRequired: true, showIf: { questionId: VISIT, anyOf: ["yes"] } }),
  testQuestion(NPS, { kind: "NPS", text: "Порекомендуете?", isRequired: true }),
];

async function member(region: string, ageBand: "AGE_25_34" | "AGE_35_44" = "AGE_25_34") {
  const created = await createTestMember();
  await db.member.update({ where: { id: created.id }, data: { region, ageBand } });
  return db.member.findUniqueOrThrow({ where: { id: created.id }, select: { id: true, email: true } });
}

/** A survey of one region's members, saved as the console saves it, not yet open. */
function saveSurveyFor(region: string, questions: TQuestion[], closesOn?: string) {
  return saveSurvey(
    { title: `Опрос ${region}`, segment: { regions: [region], ageBands: [], services: [] }, closesOn, questions },
    STAFF,
  );
}

/** An open survey for one fresh region, its invitations sent; the members' personal links by member id. */
async function openSurveyFor(region: string, closesOn?: string) {
  const ids = new Map(QUESTIONS.map((question) => [question.id, randomUUID()]));
  const questions = QUESTIONS.map((question) => ({
    ...question,
    id: ids.get(question.id)!,
    showIf: question.showIf ? { ...question.showIf, questionId: ids.get(question.showIf.questionId)! } : null,
  }));
  const { id } = await saveSurveyFor(region, questions, closesOn);
  await openSurvey(id);
  await inviteSurveyMembers(id, 2);
  const invitations = await db.surveyInvitation.findMany({
    where: { surveyId: id },
    select: { id: true, memberId: true },
  });
  const links = new Map(invitations.map((invitation) => [invitation.memberId, invitationToken(invitation.id)]));
  /** Answers keyed by the test's names, as the survey's question ids. */
  const answers = (byName: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(byName).map(([name, value]) => [ids.get(name) ?? name, value]));
  return { id, links, answers, q: (name: string) => ids.get(name)! };
}

/** A results file's rows, all its batches together. */
async function resultsCsvRows(...args: Parameters<typeof resultsCsv>) {
  const rows = [];
  for await (const batch of resultsCsv(...args)) rows.push(...batch);
  return rows;
}

const freshRegion = () => `Регион ${randomBytes(4).toString("hex")}`;

/** A saved survey of a fresh region with one question, a required comment. */
async function commentSurvey() {
  const region = freshRegion();
  const note = randomUUID();
  const { id } = await saveSurveyFor(region, [testQuestion(note, { text: "Комментарий", isRequired: true })]);
  return { id, region, note };
}

/** The results file with the plain headings and values where a test reads only the answers. */
const plainCsvRows = (id: string, filter: Parameters<typeof resultsCsv>[1] = {}) =>
  resultsCsvRows(
    id,
    filter,
    { submittedAt: "sent", region: "", ageBand: "", services: "", tooFew: "" },
    { ageBand: String, service: String },
  );

describe("inviting", () => {
  it("invites every member of the segment once, by email with a personal link, and no one else", async () => {
    const region = freshRegion();
    const inside = await Promise.all([member(region), member(region.toUpperCase()), member(region)]);
    const outside = await member(freshRegion());
    const { id, links } = await openSurveyFor(region);

    expect([...links.keys()].sort()).toEqual(inside.map((m) => m.id).sort());
    expect(await inviteSurveyMembers(id)).toBe(0);
    const mail = await emailsWhere({
      template: "survey-invitation",
      to: { in: [...inside, outside].map((m) => m.email) },
    });
    expect(mail.map((message) => message.to).sort()).toEqual(inside.map((m) => m.email).sort());
    for (const m of inside) {
      const message = mail.find((item) => item.to === m.email)!;
      expect(message.text).toContain(`/survey/${links.get(m.id)}`);
      // Only the hash of the link's token is stored.
      expect(await db.surveyInvitation.count({ where: { tokenHash: links.get(m.id) } })).toBe(0);
    }
    expect(await surveysWaiting(inside[0].id)).toEqual([expect.objectContaining({ id })]);
    expect(await surveysWaiting(outside.id)).toEqual([]);
  });

  it("reminds only those who have not answered, with the same link", async () => {
    const region = freshRegion();
    const [answering, silent] = await Promise.all([member(region), member(region)]);
    const { id, links, answers: a } = await openSurveyFor(region);
    await submitResponse((await respondentByToken(links.get(answering.id)!))!, a({ [VISIT]: "no", [NPS]: 9 }));

    expect(await remindSurveyMembers(id, new Date())).toBe(1);
    const reminders = await emailsWhere({ template: "survey-reminder", to: { in: [answering.email, silent.email] } });
    expect(reminders.map((message) => message.to)).toEqual([silent.email]);
    expect(reminders[0].text).toContain(`/survey/${links.get(silent.id)}`);
  });

  it("reminds automatically once, three days after the invitation, those who have not answered", async () => {
    const region = freshRegion();
    const [early, recent] = await Promise.all([member(region), member(region)]);
    const { id } = await openSurveyFor(region);
    const now = new Date();
    await db.surveyInvitation.update({
      where: { surveyId_memberId: { surveyId: id, memberId: early.id } },
      data: { invitedAt: new Date(now.getTime() - 4 * 86_400_000) },
    });

    await remindDueInvitations(now);
    await remindDueInvitations(now);
    const reminders = await db.outboxMessage.findMany({
      where: { template: "survey-reminder", to: { in: [early.email, recent.email] } },
    });
    expect(reminders.map((message) => message.to)).toEqual([early.email]);
  });
});

describe("answering", () => {
  it("keeps a draft, then takes the answers once and credits the points once, also for a double submit", async () => {
    const region = freshRegion();
    const m = await member(region);
    const { id, links, answers: a, q } = await openSurveyFor(region);
    const respondent = (await respondentByToken(links.get(m.id)!))!;
    expect(respondent).toEqual({ surveyId: id, memberId: m.id });

    await saveDraft(respondent, a({ [VISIT]: "yes", [WHY]: "Вежливый оператор", stray: "x" }));
    const reloaded = await surveyForRespondent(respondent);
    expect(reloaded.answers).toEqual(a({ [VISIT]: "yes", [WHY]: "Вежливый оператор" }));
    expect(reloaded.isSubmitted).toBe(false);

    const answers = a({ [VISIT]: "yes", [WHY]: "Вежливый оператор", [NPS]: 10 });
    const [first, second] = await Promise.all([
      submitResponse(respondent, answers),
      submitResponse(respondent, answers),
    ]);
    expect([first.isFirstSubmit, second.isFirstSubmit].sort()).toEqual([false, true]);
    expect(first.points).toBe(POINTS);
    expect(second.points).toBe(POINTS);
    expect((await submitResponse(respondent, { ...answers, [q(NPS)]: 0 })).isFirstSubmit).toBe(false);

    const responses = await db.surveyResponse.findMany({ where: { surveyId: id } });
    expect(responses).toHaveLength(1);
    expect(responses[0]).toMatchObject({ status: "SUBMITTED", answers, region, ageBand: "AGE_25_34" });
    expect(await db.pointsEntry.count({ where: { memberId: m.id, source: "survey", reference: id } })).toBe(1);
    expect(await surveysWaiting(m.id)).toEqual([]);
    await expect(saveDraft(respondent, {})).rejects.toMatchObject({ messageKey: "surveys.errors.alreadySubmitted" });
  });

  it("drops the answer to a hidden question and requires only visible required ones", async () => {
    const region = freshRegion();
    const m = await member(region);
    const { id, links, answers: a, q } = await openSurveyFor(region);
    const respondent = (await respondentByToken(links.get(m.id)!))!;

    await expect(submitResponse(respondent, a({ [VISIT]: "yes", [NPS]: 8 }))).rejects.toMatchObject({
      code: "INVALID",
      field: q(WHY),
    });
    await submitResponse(respondent, a({ [VISIT]: "no", [WHY]: "не должно сохраниться", [NPS]: 8 }));
    const response = await db.surveyResponse.findFirstOrThrow({ where: { surveyId: id } });
    expect(response.answers).toEqual(a({ [VISIT]: "no", [NPS]: 8 }));
  });

  it("refuses answers once the survey is closed, and an unknown link", async () => {
    const region = freshRegion();
    const m = await member(region);
    const { id, links, answers: a } = await openSurveyFor(region);
    const respondent = (await respondentByToken(links.get(m.id)!))!;
    await db.survey.update({ where: { id }, data: { closesAt: new Date(Date.now() - 1000) } });

    const refusal = submitResponse(respondent, a({ [VISIT]: "no", [NPS]: 8 }));
    await expect(refusal).rejects.toBeInstanceOf(ActionError);
    await expect(refusal).rejects.toMatchObject({ code: "CONFLICT", messageKey: "surveys.errors.closed" });
    await expect(saveDraft(respondent, a({ [VISIT]: "no" }))).rejects.toMatchObject({
      messageKey: "surveys.errors.closed",
    });
    expect(await closeDueSurveys()).toBeGreaterThanOrEqual(1);
    expect((await db.survey.findUniqueOrThrow({ where: { id } })).status).toBe("CLOSED");
    expect(await db.pointsEntry.count({ where: { memberId: m.id, reference: id } })).toBe(0);
    expect(await respondentByToken(randomBytes(32).toString("base64url"))).toBeNull();
  });
});

describe("opening on a later day", () => {
  it("holds the invitations back until the first day, and refuses a last day before it", async () => {
    const region = freshRegion();
    await member(region);
    const opensOn = localDate(new Date(Date.now() + 3 * 24 * 3_600_000));
    const question = { ...QUESTIONS[2], id: randomUUID() };
    const { id } = await saveSurvey(
      {
        title: "Позже",
        segment: { regions: [region], ageBands: [], services: [] },
        opensOn,
        closesOn: undefined,
        questions: [question],
      },
      STAFF,
    );

    await openSurvey(id);

    const survey = await db.survey.findUniqueOrThrow({ where: { id } });
    expect(survey.status).toBe("OPEN");
    expect(survey.opensAt).toEqual(dayStart(opensOn));
    const jobs = await db.$queryRaw<{ run_at: Date }[]>`
      SELECT run_at FROM graphile_worker.jobs WHERE key = ${`survey-invite:${id}`}`;
    expect(jobs.map((job) => job.run_at)).toEqual([dayStart(opensOn)]);
    expect(await db.surveyInvitation.count({ where: { surveyId: id } })).toBe(0);

    const parsed = ZSaveSurvey.safeParse({
      title: "Даты",
      segment: {},
      opensOn: "2026-12-10",
      closesOn: "2026-12-09",
      questions: [],
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({ path: ["closesOn"], message: "surveys.errors.closesBeforeOpens" }),
    ]);
  });
});

describe("results", () => {
  it("break answers down only for groups of five or more responses, on the page and in the CSV file", async () => {
    const region = freshRegion();
    const members = await Promise.all([
      ...Array.from({ length: 5 }, () => member(region)),
      member(region, "AGE_35_44"),
    ]);
    const { id, links, answers: a } = await openSurveyFor(region);
    const answer = (index: number, answers: Record<string, unknown>) =>
      submitResponse({ surveyId: id, memberId: members[index].id }, answers);
    expect(links.size).toBe(6);

    await answer(0, a({ [VISIT]: "yes", [WHY]: '=HYPERLINK("http://x")', [NPS]: 10 }));
    await answer(1, a({ [VISIT]: "yes", [WHY]: "Очередь", [NPS]: 9 }));
    await answer(2, a({ [VISIT]: "no", [NPS]: 7 }));
    await answer(3, a({ [VISIT]: "no", [NPS]: 3 }));
    const texts = { submittedAt: "sent", region: "region", ageBand: "age", services: "services", tooFew: "too few" };
    const describe = { ageBand: (value: string) => value, service: (value: string) => value };

    const four = await surveyResults(id, {});
    expect(four).toMatchObject({ total: 4, count: 4, isTooFew: true, questions: [] });
    expect((await resultsCsvRows(id, {}, texts, describe)).slice(1)).toEqual([["too few"]]);

    await answer(5, a({ [VISIT]: "yes", [WHY]: "Быстро", [NPS]: 6 }));
    const five = await surveyResults(id, {});
    expect(five).toMatchObject({ total: 5, count: 5, isTooFew: false, regions: [region] });
    const [visit, why, nps] = five.questions;
    expect(visit.bars.map(({ label, count, percent }) => [label, count, percent])).toEqual([
      ["Да", 3, 60],
      ["Нет", 2, 40],
    ]);
    expect(why.texts.sort()).toEqual(['=HYPERLINK("http://x")', "Быстро", "Очередь"].sort());
    expect(nps.nps).toMatchObject({ promoters: 2, passives: 1, detractors: 2, score: 0 });

    // The one respondent aged 35–44 is a group of one: counted, not broken down.
    expect(await surveyResults(id, { ageBand: "AGE_35_44" })).toMatchObject({
      total: 5,
      count: 1,
      isTooFew: true,
      questions: [],
    });
    expect((await resultsCsvRows(id, { ageBand: "AGE_35_44" }, texts, describe)).slice(1)).toEqual([["too few"]]);

    const rows = await resultsCsvRows(id, {}, texts, describe);
    expect(rows[0]).toEqual([
      "sent",
      "region",
      "age",
      "services",
      "Были в отделении?",
      "Что запомнилось?",
      "Порекомендуете?",
    ]);
    expect(rows).toHaveLength(6);
    const first = rows.find((row) => row[5] === '=HYPERLINK("http://x")')!;
    expect(first.slice(1)).toEqual([region, "AGE_25_34", "", "Да", '=HYPERLINK("http://x")', 10]);
  });

  it("are counted by the database: a list's choices once each, a scale's numbers, the newest texts in alphabetical order, a page's worth", async () => {
    const region = freshRegion();
    const ids = { ways: randomUUID(), stars: randomUUID(), note: randomUUID() };
    const { id } = await saveSurveyFor(region, [
      testQuestion(ids.ways, {
        kind: "MULTIPLE",
        text: "Как отправляете?",
        isRequired: true,
        choices: [
          { id: "post", label: "Почта" },
          { id: "app", label: "Приложение" },
        ],
      }),
      testQuestion(ids.stars, { kind: "RATING", text: "Оценка", isRequired: true, scale: { min: 1, max: 5 } }),
      testQuestion(ids.note, { text: "Комментарий" }),
    ]);
    // Answers of members who have since left (no member id), written as submitting would leave them, a minute apart.
    const count = TEXTS_SHOWN + 10;
    const start = Date.now() - count * 60_000;
    await db.surveyResponse.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        surveyId: id,
        status: "SUBMITTED" as const,
        submittedAt: new Date(start + i * 60_000),
        region: i < 3 ? ` ${region.toUpperCase()} ` : region,
        answers: {
          [ids.ways]: i % 3 === 0 ? ["post", "app", "post"] : ["post"],
          [ids.stars]: (i % 5) + 1,
          ...(i === 0 ? {} : { [ids.note]: `Отзыв ${i}` }),
        },
      })),
    });

    const results = await surveyResults(id, {});
    expect(results).toMatchObject({ total: count, count, isTooFew: false });
    const [ways, stars, note] = results.questions;
    expect(ways.bars.map(({ label, count: n, percent }) => [label, n, percent])).toEqual([
      ["Почта", count, 100],
      ["Приложение", 70, 33.3],
    ]);
    expect(stars).toMatchObject({ answered: count, average: 3 });
    expect(stars.bars.map((bar) => bar.count)).toEqual([42, 42, 42, 42, 42]);
    expect(note.answered).toBe(count - 1);
    // The newest, listed in alphabetical order rather than the order they were sent.
    const newest = Array.from({ length: TEXTS_SHOWN }, (_, i) => `Отзыв ${count - 1 - i}`);
    expect(note.texts).toEqual([...newest].sort((a, b) => a.localeCompare(b, "ru")));

    // The region as another spelling of it: the same group, on the page and in the file.
    const filter = { region: region.toLowerCase() };
    expect(await surveyResults(id, filter)).toMatchObject({ count, isTooFew: false });
    expect(await plainCsvRows(id, filter)).toHaveLength(count + 1);
  });

  it("come as a CSV file read page by page: every response once, in an order that says nothing of when it was sent", async () => {
    const { id, region, note } = await commentSurvey();
    // More than two pages' worth, three at a time sent in the same millisecond.
    const count = 2_345;
    const start = Date.now() - count * 1000;
    await db.surveyResponse.createMany({
      data: Array.from({ length: count }, (_, i) => ({
        surveyId: id,
        status: "SUBMITTED" as const,
        submittedAt: new Date(start + Math.floor(i / 3) * 1000),
        region,
        answers: { [note]: `Ответ ${i}` },
      })),
    });

    const rows = await plainCsvRows(id);

    expect(rows).toHaveLength(count + 1);
    const answers = rows.slice(1).map((row) => row[4]);
    expect(new Set(answers).size).toBe(count);
    const order = answers.map((answer) => Number(String(answer).split(" ")[1]));
    expect(order).not.toEqual([...order].sort((a, b) => a - b));
    expect(order).not.toEqual([...order].sort((a, b) => b - a));
  });

  it("give in the CSV file the Moscow day a response was sent, never its time, and no day shared by fewer than five", async () => {
    const { id, region, note } = await commentSurvey();
    // Six sent late on 10 March in Moscow, six after its midnight (21:00 UTC), one alone on 15 March.
    const sentAt = [
      ...Array.from({ length: 6 }, (_, i) => `2026-03-10T20:${String(30 + i).padStart(2, "0")}:17.123Z`),
      ...Array.from({ length: 6 }, (_, i) => `2026-03-10T21:${String(10 + i).padStart(2, "0")}:42.456Z`),
      "2026-03-15T09:00:00.000Z",
    ];
    await db.surveyResponse.createMany({
      data: sentAt.map((at, i) => ({
        surveyId: id,
        status: "SUBMITTED" as const,
        submittedAt: new Date(at),
        region,
        answers: { [note]: `Ответ ${i}` },
      })),
    });

    const rows = (await plainCsvRows(id)).slice(1);

    const dayOf = new Map(rows.map((row) => [row[4], row[0]]));
    expect(sentAt.map((_, i) => dayOf.get(`Ответ ${i}`))).toEqual([
      ...Array(6).fill("2026-03-10"),
      ...Array(6).fill("2026-03-11"),
      null,
    ]);
    for (const row of rows) expect(String(row[0])).not.toMatch(/\d{2}:\d{2}|T/);
  });
});
