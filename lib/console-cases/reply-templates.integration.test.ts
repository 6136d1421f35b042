import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { listTopics } from "@/lib/cases/list-topics";
import { db } from "@/lib/db";

import { getCaseFormOptions } from "./get-case-for-staff";
import { saveReplyTemplate, saveTopic, setReplyTemplateActive } from "./reply-templates";
import { ZSaveReplyTemplate } from "./schemas";
import { staff } from "./test-support";

let supervisor: TStaffUser;
const code = () => `t-${randomBytes(3).toString("hex")}`;
const template = (overrides: Record<string, unknown> = {}) => ({
  code: code(),
  title: "Запрос сведений",
  locale: "ru" as const,
  subject: "Нужны сведения по обращению {caseNumber}",
  body: "Здравствуйте, {name}!",
  nextStatus: null,
  ...overrides,
});

beforeAll(async () => {
  supervisor = await staff("SUPERVISOR");
});

describe("reply templates", () => {
  it("are created, edited and deactivated by supervisors, and leave the reply form when inactive", async () => {
    const { id } = await saveReplyTemplate(template(), supervisor);
    expect((await getCaseFormOptions()).templates.map((item) => item.id)).toContain(id);
    await saveReplyTemplate({ ...template({ title: "Запрос документов" }), id }, supervisor);
    expect(await db.replyTemplate.findUniqueOrThrow({ where: { id } })).toMatchObject({ title: "Запрос документов" });
    await setReplyTemplateActive({ id, isActive: false }, supervisor);
    expect((await getCaseFormOptions()).templates.map((item) => item.id)).not.toContain(id);
  });

  it("say what sending them does: the reply form gets the next status; a move no reply can make is refused", async () => {
    const { id } = await saveReplyTemplate(template({ nextStatus: "WAITING_FOR_CUSTOMER" }), supervisor);
    const offered = (await getCaseFormOptions()).templates.find((item) => item.id === id);
    expect(offered).toMatchObject({ nextStatus: "WAITING_FOR_CUSTOMER" });
    await saveReplyTemplate({ ...template(), id, nextStatus: null }, supervisor);
    expect((await getCaseFormOptions()).templates.find((item) => item.id === id)).toMatchObject({ nextStatus: null });
    for (const nextStatus of ["CLOSED", "FORWARDED", "REOPENED"]) {
      expect(ZSaveReplyTemplate.safeParse({ ...template(), nextStatus }).success).toBe(false);
    }
    expect(ZSaveReplyTemplate.safeParse({ ...template(), nextStatus: "ANSWERED" }).success).toBe(true);
  });

  it("refuse a taken code, and operators", async () => {
    const taken = template();
    await saveReplyTemplate(taken, supervisor);
    await expect(saveReplyTemplate({ ...template(), code: taken.code }, supervisor)).rejects.toMatchObject({
      code: "CONFLICT",
      field: "code",
    });
    await expect(saveReplyTemplate(template(), await staff("OPERATOR"))).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("topics", () => {
  it("appear on the public form while active, in their order", async () => {
    const topic = { code: code(), nameRu: "Почтовые ящики", nameEn: "Post boxes", sortOrder: 0, isActive: true };
    const { id } = await saveTopic(topic, supervisor);
    expect((await listTopics("en")).map((item) => item.name)).toContain("Post boxes");
    await saveTopic({ ...topic, id, isActive: false }, supervisor);
    expect((await listTopics("en")).map((item) => item.name)).not.toContain("Post boxes");
    await expect(saveTopic({ ...topic, code: code() }, await staff("ANALYST"))).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});
