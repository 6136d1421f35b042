/**
 * The status page's "add information" form posted again with its key — a reload after posting without
 * scripts, a double click, a retry after a lost answer — adds the comment once, with one set of files on
 * the disk and in the case, against a real PostgreSQL.
 */
import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { addInformationAction } from "@/app/(public)/status/[token]/actions";
import { submissionFormData } from "@/lib/action/submission";
import { png1x1 } from "@/lib/attachments/test-fixtures";
import { uploadAllowance } from "@/lib/attachments/upload-allowance";
import { db } from "@/lib/db";
import { inRequest } from "@/lib/fuzz/request-scope";

import { addApplicantInformation } from "./applicant-updates";
import { fileComplaint } from "./file-complaint";
import { ZFileComplaint } from "./schemas";
import { complaintFields } from "./test-fixtures";
import { seedFilingBasics } from "./test-support";

vi.mock("next/headers", () => import("@/lib/fuzz/request-scope"));
vi.mock("next-intl/server", () => import("@/scripts/test/next-intl-server-ru"));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

// Real files on a real disk, in a folder of this test's own: what a repeat stored must not stay behind.
const storageDir = await mkdtemp(path.join(tmpdir(), "comment-repeats-test-"));
process.env.STORAGE_DRIVER = "local";
process.env.STORAGE_DIR = storageDir;

let nextClient = 1;
/** A client address no other test uses, so the per-client allowance never meets another test's. */
const freshIp = () => `198.19.${Math.floor(nextClient / 250)}.${nextClient++ % 250}`;

async function filesOnDisk(): Promise<number> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).length;
}

async function fileCase(): Promise<{ token: string; caseId: string }> {
  const filed = await fileComplaint(ZFileComplaint.parse(complaintFields()), {
    channel: "WEB",
    locale: "ru",
    ip: freshIp(),
  });
  const { id } = await db.case.findUniqueOrThrow({ where: { number: filed.caseNumber }, select: { id: true } });
  return { token: filed.statusToken!, caseId: id };
}

const photos = () => [
  new File([png1x1()], "окно.png", { type: "image/png" }),
  new File([png1x1()], "талон.png", { type: "image/png" }),
];

/** The form as the browser posts it, from one client, with two photos unless told otherwise. */
function post(ip: string, token: string, key: string, text = "Окно №3 было закрыто с 10 до 12.", files = photos()) {
  return inRequest(ip, () => addInformationAction(submissionFormData({ token, text }, key, files)));
}

async function inCase(caseId: string) {
  const [comments, attachments] = await Promise.all([
    db.caseEvent.findMany({ where: { caseId, kind: "APPLICANT_COMMENT" }, select: { id: true, body: true } }),
    db.attachment.findMany({ where: { caseId }, select: { fileName: true, eventId: true } }),
  ]);
  return { comments, attachments };
}

beforeAll(async () => {
  await seedFilingBasics();
});

afterAll(async () => {
  await rm(storageDir, { recursive: true, force: true });
});

describe("a comment posted again with the same key", () => {
  it("is added once: the repeat is answered with the first comment, its files are not kept, the allowance counts once", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    const key = randomUUID();
    const disk = await filesOnDisk();

    const first = await post(ip, token, key);
    const allowanceAfterFirst = await uploadAllowance({ caseId, ip });
    const repeat = await post(ip, token, key);

    expect(first).toMatchObject({ ok: true });
    expect(repeat).toEqual(first);
    const { comments, attachments } = await inCase(caseId);
    expect(comments).toEqual([{ id: first.ok && first.data.eventId, body: "Окно №3 было закрыто с 10 до 12." }]);
    expect(attachments.map((file) => file.fileName).sort()).toEqual(["окно.png", "талон.png"]);
    expect(attachments.every((file) => file.eventId === comments[0].id)).toBe(true);
    expect(await filesOnDisk()).toBe(disk + 2);
    expect(await uploadAllowance({ caseId, ip })).toEqual(allowanceAfterFirst);
  });

  it("twice at once (a double click): one comment, one set of files", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    const key = randomUUID();
    const disk = await filesOnDisk();

    const results = await Promise.all([post(ip, token, key), post(ip, token, key), post(ip, token, key)]);

    expect(results.every((result) => result.ok)).toBe(true);
    expect(new Set(results.map((result) => result.ok && result.data.eventId)).size).toBe(1);
    const { comments, attachments } = await inCase(caseId);
    expect(comments).toHaveLength(1);
    expect(attachments).toHaveLength(2);
    expect(await filesOnDisk()).toBe(disk + 2);
  });

  it("after the day's last files were taken by the first post: answered as the repeat, not refused", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    // The case's twenty files a day, the last two with this key.
    const earlier = [...photos(), ...photos()];
    for (let i = 0; i < 4; i++)
      expect(await post(freshIp(), token, randomUUID(), `Фото ${i + 1}`, earlier)).toMatchObject({ ok: true });
    expect(await post(freshIp(), token, randomUUID(), "Ещё фото", photos())).toMatchObject({ ok: true });
    const key = randomUUID();
    const first = await post(ip, token, key);
    expect(await uploadAllowance({ caseId, ip })).toMatchObject({ files: 0 });

    expect(await post(ip, token, key)).toEqual(first);
    expect((await inCase(caseId)).comments).toHaveLength(6);
  });
});

describe("what is not a repeat", () => {
  it("another key is another comment", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    await post(ip, token, randomUUID());
    await post(ip, token, randomUUID());
    const { comments, attachments } = await inCase(caseId);
    expect(comments).toHaveLength(2);
    expect(attachments).toHaveLength(4);
  });

  it("the same key on another case adds a comment there", async () => {
    const [one, other] = [await fileCase(), await fileCase()];
    const key = randomUUID();
    await post(freshIp(), one.token, key);
    const onOther = await post(freshIp(), other.token, key);
    expect(onOther).toMatchObject({ ok: true });
    expect((await inCase(one.caseId)).comments).toHaveLength(1);
    expect((await inCase(other.caseId)).comments).toHaveLength(1);
    expect((await inCase(other.caseId)).attachments).toHaveLength(2);
  });

  it("a comment changed before it was sent again under the same key is kept too, never dropped", async () => {
    const { token, caseId } = await fileCase();
    const ip = freshIp();
    const key = randomUUID();
    await post(ip, token, key, "Окно №3 было закрыто.");
    await post(ip, token, key, "Окно №3 было закрыто с 10 до 12.");
    await post(ip, token, key, "Окно №3 было закрыто с 10 до 12.");
    const { comments } = await inCase(caseId);
    expect(comments.map((comment) => comment.body).sort()).toEqual([
      "Окно №3 было закрыто с 10 до 12.",
      "Окно №3 было закрыто.",
    ]);
  });

  it("without a key (older callers) every call adds a comment, as before", async () => {
    const { token, caseId } = await fileCase();
    await addApplicantInformation({ token, text: "Дополнение." });
    await addApplicantInformation({ token, text: "Дополнение." });
    expect((await inCase(caseId)).comments).toHaveLength(2);
  });
});
