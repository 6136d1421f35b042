import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";

import { db } from "@/lib/db";
import { emailsWhere } from "@/lib/email/test-fixtures";
import { balanceOf } from "@/lib/loyalty/balance";
import { addTestApplication, createRule, createTestMember } from "@/lib/loyalty/test-fixtures";

import { answerIdea, areaRatingAverages, listIdeasForMember, proposeIdea, rateArea, supportIdea } from "./ideas";

const staff = { id: randomUUID() };

async function proposalRulePoints(): Promise<number> {
  const existing = await db.pointsRule.findFirst({
    where: { kind: "ACTIVITY", subject: "PROPOSAL_ACCEPTED", isActive: true },
    orderBy: { createdAt: "asc" },
  });
  const rule = existing ?? (await createRule({ kind: "ACTIVITY", subject: "PROPOSAL_ACCEPTED", fixedPoints: 100 }));
  return rule.fixedPoints ?? 0;
}

describe("ideas", () => {
  it("go from proposed to accepted with a public answer; the author earns the rule's points once and is emailed", async () => {
    const points = await proposalRulePoints();
    const author = await createTestMember();
    const { id } = await proposeIdea(author.id, {
      title: "Больше окон выдачи",
      body: "Вечером очередь",
      area: "OFFICES",
    });
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).status).toBe("PROPOSED");

    const answered = await answerIdea({ ideaId: id, status: "ACCEPTED", publicAnswer: "Откроем ещё два окна" }, staff);
    expect(answered.points).toBe(points);
    expect(await balanceOf(author.id)).toBe(points);
    // Moving on to planned and done never pays again.
    await answerIdea({ ideaId: id, status: "PLANNED", publicAnswer: "В плане на весну" }, staff);
    await answerIdea({ ideaId: id, status: "DONE", publicAnswer: "Сделано" }, staff);
    expect(await balanceOf(author.id)).toBe(points);

    const idea = await db.idea.findUniqueOrThrow({ where: { id } });
    expect(idea).toMatchObject({ status: "DONE", publicAnswer: "Сделано", answeredById: staff.id });
    const { email } = await db.member.findUniqueOrThrow({ where: { id: author.id }, select: { email: true } });
    const emails = await emailsWhere({ to: email, template: "idea-answered" });
    expect(emails).toHaveLength(3);
    expect(emails[0].text).toContain("Откроем ещё два окна");
  });

  it("answered by staff are emailed to the author in the language they joined the club in", async () => {
    const author = await createTestMember();
    await addTestApplication(author.id, "en");
    const { id } = await proposeIdea(author.id, { title: "Evening hours", body: "Open until nine", area: "OFFICES" });

    await answerIdea({ ideaId: id, status: "DECLINED", publicAnswer: "Not this year" }, staff);

    const { email } = await db.member.findUniqueOrThrow({ where: { id: author.id }, select: { email: true } });
    const [answered] = await emailsWhere({ to: email, template: "idea-answered" });
    expect(answered.subject).toBe("An answer to your proposal: Evening hours");
    expect(answered.text).toContain("Not this year");
  });

  it("declined earn nothing", async () => {
    await proposalRulePoints();
    const author = await createTestMember();
    const { id } = await proposeIdea(author.id, { title: "Почта на Луне", body: "Срочно", area: "DELIVERY" });
    expect((await answerIdea({ ideaId: id, status: "DECLINED", publicAnswer: "Пока нет" }, staff)).points).toBe(0);
    expect(await balanceOf(author.id)).toBe(0);
  });

  it("are supported once per member, even twice at once; the count follows", async () => {
    const [author, fan, other] = await Promise.all([createTestMember(), createTestMember(), createTestMember()]);
    const { id } = await proposeIdea(author.id, {
      title: "Трекинг в приложении",
      body: "Уведомления",
      area: "WEBSITE",
    });
    const [first, second] = await Promise.all([supportIdea(fan.id, id), supportIdea(fan.id, id)]);
    expect([first.isNew, second.isNew].sort()).toEqual([false, true]);
    expect((await supportIdea(fan.id, id)).supportCount).toBe(1);
    expect((await supportIdea(other.id, id)).supportCount).toBe(2);
    expect((await db.idea.findUniqueOrThrow({ where: { id } })).supportCount).toBe(2);

    const list = await listIdeasForMember(fan.id, "new");
    const mine = list.find((idea) => idea.id === id)!;
    expect(mine).toMatchObject({ isSupported: true, isMine: false, supportCount: 2 });
  });

  it("are limited to 20 a day per member", async () => {
    const member = await createTestMember();
    for (let index = 1; index <= 20; index += 1)
      await proposeIdea(member.id, { title: `Идея ${index}`, body: "Текст", area: "STAFF" });
    await expect(proposeIdea(member.id, { title: "Ещё одна", body: "Текст", area: "STAFF" })).rejects.toMatchObject({
      code: "RATE_LIMITED",
    });
    expect(await db.idea.count({ where: { authorId: member.id } })).toBe(20);
  });

  it("ratings of an area average per area", async () => {
    const before = (await areaRatingAverages()).find((row) => row.area === "STAFF")!;
    const member = await createTestMember();
    await rateArea(member.id, { area: "STAFF", score: 2 });
    await rateArea(member.id, { area: "STAFF", score: 5, comment: "Вежливые" });
    const after = (await areaRatingAverages()).find((row) => row.area === "STAFF")!;
    expect(after.count).toBe(before.count + 2);
    const sum = (before.average ?? 0) * before.count + 7;
    expect(after.average).toBeCloseTo(sum / after.count);
  });
});
