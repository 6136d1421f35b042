import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

import { fileClaim } from "@/lib/cases/file-claim";
import { ZFileClaim } from "@/lib/cases/schemas";
import { findStatusView } from "@/lib/cases/status-view";
import { claimFields, randomS10 } from "@/lib/cases/test-fixtures";
import { db } from "@/lib/db";

import { findAttachmentForApplicant } from "./find-attachment";
import { inspectUploads, type TInspectedFile } from "./inspect-uploads";
import { attachmentRowsFor, saveUploads } from "./save-uploads";
import { fileOf, minimalPdf, png1x1 } from "./test-fixtures";

const storageDir = await mkdtemp(path.join(tmpdir(), "applicant-attachments-test-"));
process.env.STORAGE_DRIVER = "local";
process.env.STORAGE_DIR = storageDir;

async function inspected(file: File): Promise<TInspectedFile[]> {
  const result = await inspectUploads([file]);
  if (!result.ok) throw new Error("fixture refused");
  return result.files;
}

const web = () => ({
  channel: "WEB" as const,
  locale: "ru" as const,
  ip: `203.0.113.${Math.floor(Math.random() * 250) + 1}`,
});

/** A search claim filed by the sender with a receipt, joined by the addressee with a photo, and staff's public reply with a file. */
async function sharedClaim() {
  const trackingNumber = randomS10();
  const sender = await fileClaim(ZFileClaim.parse(claimFields({ trackingNumber, filerRole: "SENDER" })), {
    ...web(),
    files: await inspected(fileOf(minimalPdf(), "чек отправителя.pdf")),
  });
  const addressee = await fileClaim(ZFileClaim.parse(claimFields({ trackingNumber, filerRole: "ADDRESSEE" })), {
    ...web(),
    files: await inspected(fileOf(png1x1(), "коробка.png")),
  });
  expect(addressee.isJoined).toBe(true);
  const { id: caseId } = await db.case.findUniqueOrThrow({
    where: { number: sender.caseNumber },
    select: { id: true },
  });
  const reply = await db.caseEvent.create({
    data: { caseId, kind: "PUBLIC_REPLY", isPublic: true, staffId: crypto.randomUUID(), body: "Ответ отдела розыска" },
  });
  const stored = await saveUploads(await inspected(fileOf(minimalPdf(), "ответ.pdf")));
  await db.attachment.createMany({ data: attachmentRowsFor(stored, caseId, reply.id) });
  const idOf = async (fileName: string) =>
    (await db.attachment.findFirstOrThrow({ where: { caseId, fileName }, select: { id: true } })).id;
  return {
    senderToken: sender.statusToken!,
    addresseeToken: addressee.statusToken!,
    senderFile: await idOf("чек отправителя.pdf"),
    addresseeFile: await idOf("коробка.png"),
    replyFile: await idOf("ответ.pdf"),
  };
}

const listed = async (token: string) =>
  (await findStatusView(token))!.events.flatMap((event) => event.attachments.map((file) => file.id)).sort();

describe("an applicant's files on a case with several applicants", () => {
  afterAll(async () => {
    await rm(storageDir, { recursive: true, force: true });
  });

  it("a co-claimant's status link does not open the primary applicant's files, nor the other way round", async () => {
    const claim = await sharedClaim();
    expect((await findAttachmentForApplicant(claim.senderFile, claim.senderToken))?.id).toBe(claim.senderFile);
    expect((await findAttachmentForApplicant(claim.addresseeFile, claim.addresseeToken))?.id).toBe(claim.addresseeFile);
    expect(await findAttachmentForApplicant(claim.senderFile, claim.addresseeToken)).toBeNull();
    expect(await findAttachmentForApplicant(claim.addresseeFile, claim.senderToken)).toBeNull();
  });

  it("files staff sent in public open for every applicant", async () => {
    const claim = await sharedClaim();
    expect((await findAttachmentForApplicant(claim.replyFile, claim.senderToken))?.id).toBe(claim.replyFile);
    expect((await findAttachmentForApplicant(claim.replyFile, claim.addresseeToken))?.id).toBe(claim.replyFile);
  });

  it("a staff file on an internal note opens for no applicant", async () => {
    const claim = await sharedClaim();
    const { caseId } = await db.attachment.findUniqueOrThrow({
      where: { id: claim.replyFile },
      select: { caseId: true },
    });
    const note = await db.caseEvent.create({
      data: { caseId, kind: "INTERNAL_NOTE", isPublic: false, staffId: crypto.randomUUID() },
    });
    const stored = await saveUploads(await inspected(fileOf(png1x1(), "служебное.png")));
    await db.attachment.createMany({ data: attachmentRowsFor(stored, caseId, note.id) });
    const { id } = await db.attachment.findFirstOrThrow({
      where: { caseId, fileName: "служебное.png" },
      select: { id: true },
    });
    expect(await findAttachmentForApplicant(id, claim.senderToken)).toBeNull();
    expect(await findAttachmentForApplicant(id, claim.addresseeToken)).toBeNull();
  });

  it("the status page lists exactly the files its link opens", async () => {
    const claim = await sharedClaim();
    expect(await listed(claim.senderToken)).toEqual([claim.senderFile, claim.replyFile].sort());
    expect(await listed(claim.addresseeToken)).toEqual([claim.addresseeFile, claim.replyFile].sort());
    for (const token of [claim.senderToken, claim.addresseeToken]) {
      for (const id of await listed(token)) expect(await findAttachmentForApplicant(id, token)).not.toBeNull();
    }
  });
});
