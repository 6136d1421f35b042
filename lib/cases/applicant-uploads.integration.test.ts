/**
 * Files added through the status page draw on a day's allowance per case and per client address, counted
 * in PostgreSQL; over it, the whole addition is refused with what is left, in the person's language, and
 * nothing of it is kept.
 */
import { randomBytes } from "node:crypto";
import { createTranslator, type Messages } from "next-intl";
import { beforeAll, describe, expect, it, vi } from "vitest";

import { addInformationAction } from "@/app/(public)/status/[token]/actions";
import { submissionFormData } from "@/lib/action/submission";
import { UPLOAD_ALLOWANCE } from "@/lib/attachments/limits";
import { png1x1 } from "@/lib/attachments/test-fixtures";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import { db } from "@/lib/db";
import { inRequest } from "@/lib/fuzz/request-scope";
import en from "@/lib/i18n/messages/en.json";
import ru from "@/lib/i18n/messages/ru.json";

import { addApplicantInformation } from "./applicant-updates";
import { fileComplaint } from "./file-complaint";
import { inspectOrFail } from "./inspect-or-fail";
import { ZFileComplaint } from "./schemas";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const MB = 1024 * 1024;
let nextClient = 1;
/** A client address no other test uses. */
const freshIp = () => `198.18.${randomBytes(1)[0]}.${nextClient++ % 250}`;

/** A PNG (judged by its first bytes) padded to `size` bytes. */
function photo(size = 0, name = "фото.png"): File {
  const head = png1x1();
  const content = new Uint8Array(Math.max(size, head.length));
  content.set(head);
  return new File([content], name, { type: "image/png" });
}

const photos = (count: number, size = 0) => Array.from({ length: count }, (_, i) => photo(size, `фото-${i + 1}.png`));

async function fileCase(): Promise<{ token: string; caseId: string }> {
  const filed = await fileComplaint(ZFileComplaint.parse(complaintFields()), {
    channel: "WEB",
    locale: "ru",
    ip: freshIp(),
  });
  const { id } = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber }, select: { id: true } });
  return { token: filed.statusToken!, caseId: id };
}

async function add(token: string, files: File[], ip: string, text = "Прикладываю фото.") {
  return addApplicantInformation({ token, text, files: await inspectOrFail(files), ip });
}

async function stored(caseId: string) {
  const [attachments, comments] = await Promise.all([
    db.attachment.count({ where: { caseId } }),
    db.caseEvent.count({ where: { caseId, kind: "APPLICANT_COMMENT" } }),
  ]);
  return { attachments, comments };
}

const message = (messages: object, locale: string) => (key: string, values: Record<string, string | number>) =>
  createTranslator({ locale, messages: messages as Messages })(key as never, values as never);

beforeAll(async () => {
  await seedFilingBasics();
});

describe("files added on the status page", () => {
  it("are taken within the day's allowance, which the form is told before it bites", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    expect(await uploadAllowance({ caseId, ip })).toEqual({
      files: UPLOAD_ALLOWANCE.perCase.files,
      bytes: UPLOAD_ALLOWANCE.perCase.bytes,
    });
    await add(token, photos(3, 2 * MB), ip);
    expect(await stored(caseId)).toEqual({ attachments: 3, comments: 1 });
    expect(await uploadAllowance({ caseId, ip })).toEqual({ files: 17, bytes: 44 * MB });
  });

  it("over the case's daily file count: refused with what is left, nothing stored, a comment alone still taken", async () => {
    const { token, caseId } = await fileCase();
    for (let i = 0; i < 4; i++) await add(token, photos(5), freshIp());
    expect(await stored(caseId)).toEqual({ attachments: 20, comments: 4 });

    const refusal = add(token, photos(1), freshIp());
    await expect(refusal).rejects.toMatchObject({
      code: "RATE_LIMITED",
      messageKey: "attachments.overAllowance",
      field: "attachments",
    });
    expect(await stored(caseId)).toEqual({ attachments: 20, comments: 4 });

    await add(token, [], freshIp(), "Без файлов.");
    expect(await stored(caseId)).toEqual({ attachments: 20, comments: 5 });
  });

  it("over the case's daily bytes: refused with the megabytes left in Russian and English, and only accepted bytes count", async () => {
    const { token, caseId } = await fileCase();
    await add(token, photos(4, 10 * MB), freshIp());
    const error = await add(token, photos(2, 6 * MB), freshIp()).catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: "RATE_LIMITED", field: "attachments", values: { files: 16, mb: 10 } });
    const { messageKey, values } = error as { messageKey: string; values: Record<string, number> };
    expect(message(ru, "ru")(messageKey, values)).toBe(
      "Сведения не отправлены: по лимиту на сутки можно приложить ещё 16 файлов общим объёмом до 10 МБ. Уберите часть файлов.",
    );
    expect(message(en, "en")(messageKey, values)).toContain("16 more files, up to 10 MB in all");
    expect(await stored(caseId)).toEqual({ attachments: 4, comments: 1 });

    // The refused 12 MB were not counted: 9 MB still fit.
    await add(token, photos(1, 9 * MB), freshIp());
    expect(await stored(caseId)).toEqual({ attachments: 5, comments: 2 });
  });

  it("one client cannot go past its own daily budget by spreading files over cases", async () => {
    const ip = freshIp();
    const cases = [await fileCase(), await fileCase(), await fileCase()];
    for (const { token } of cases.slice(0, 2)) for (let i = 0; i < 4; i++) await add(token, photos(5), ip);
    expect(await uploadAllowance({ caseId: cases[2].caseId, ip })).toMatchObject({ files: 0 });

    await expect(add(cases[2].token, photos(1), ip)).rejects.toMatchObject({
      code: "RATE_LIMITED",
      values: { files: 0 },
    });
    expect(await stored(cases[2].caseId)).toEqual({ attachments: 0, comments: 0 });
    // The case itself has its whole allowance: the same files from another client are taken.
    await add(cases[2].token, photos(1), freshIp());
    expect(await stored(cases[2].caseId)).toEqual({ attachments: 1, comments: 1 });
  });

  it("counts uploads made at once one after another: the allowance is never exceeded", async () => {
    const { token, caseId } = await fileCase();
    const results = await Promise.allSettled(Array.from({ length: 6 }, () => add(token, photos(5), freshIp())));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(4);
    expect(results.find((result) => result.status === "rejected")).toMatchObject({ reason: { code: "RATE_LIMITED" } });
    expect(await stored(caseId)).toEqual({ attachments: 20, comments: 4 });
  });

  it("the form's answer names the files field in the person's language", async () => {
    const { token } = await fileCase();
    const ip = freshIp();
    for (let i = 0; i < 4; i++)
      await inRequest(ip, () =>
        addInformationAction(submissionFormData({ token, text: "Фото" }, crypto.randomUUID(), photos(5))),
      );
    const result = await inRequest(ip, () =>
      addInformationAction(submissionFormData({ token, text: "Ещё фото" }, crypto.randomUUID(), photos(1))),
    );
    expect(result).toMatchObject({ ok: false, code: "RATE_LIMITED" });
    expect(!result.ok && result.fieldErrors?.attachments).toBe(
      "Сведения не отправлены: лимит файлов на сутки исчерпан. Отправьте комментарий без файлов, а файлы приложите позже.",
    );
  });
});
