import { randomUUID } from "node:crypto";
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { TStaffUser } from "@/lib/auth/current-user";
import { newLinkToken } from "@/lib/auth/tokens";
import { db } from "@/lib/db";
import { getStorage } from "@/lib/storage/get-storage";

import { findAttachmentForApplicant, findAttachmentForStaff } from "./find-attachment";
import { inspectUploads, type TInspectedFile } from "./inspect-uploads";
import { attachmentRowsFor, discardUploads, saveUploads } from "./save-uploads";
import { fileOf, minimalPdf, png1x1 } from "./test-fixtures";

// Real files on a real disk: a folder of this test's own, read by getStorage() through the configuration.
const storageDir = await mkdtemp(path.join(tmpdir(), "attachments-test-"));
process.env.STORAGE_DRIVER = "local";
process.env.STORAGE_DIR = storageDir;

const OFFICE = "109999";
const OTHER_OFFICE = "109998";

function staff(role: TStaffUser["role"], officePostcodes: string[] = []): TStaffUser {
  return {
    kind: "staff",
    id: randomUUID(),
    email: "staff@portal.example",
    name: "Staff",
    role,
    officePostcodes,
    hasTotp: false,
  };
}

async function createCase(officePostcode: string | null) {
  const { token, tokenHash } = newLinkToken();
  const created = await db.case.create({
    data: {
      number: `Ж-2026-${randomUUID().slice(0, 8)}`,
      type: "COMPLAINT",
      applicantName: "Иванова Анна",
      applicantEmail: "anna@example.org",
      text: "Посылка пришла повреждённой",
      dueAt: new Date(Date.now() + 30 * 86_400_000),
      officePostcode,
      applicants: {
        create: {
          isPrimary: true,
          lastName: "Иванова",
          firstName: "Анна",
          email: "anna@example.org",
          statusTokenHash: tokenHash,
          consentPolicyVersion: "test",
          consentAt: new Date(),
        },
      },
      events: { create: { kind: "FILED" } },
    },
    include: { events: { select: { id: true } } },
  });
  return { caseId: created.id, token, filedEventId: created.events[0].id };
}

async function inspected(...files: File[]): Promise<TInspectedFile[]> {
  const result = await inspectUploads(files);
  if (!result.ok) throw new Error(`unexpected: ${JSON.stringify(result.errors)}`);
  return result.files;
}

async function filesOnDisk(): Promise<string[]> {
  const entries = await readdir(storageDir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => entry.name);
}

describe("attachments", () => {
  beforeAll(async () => {
    for (const postcode of [OFFICE, OTHER_OFFICE]) {
      await db.office.upsert({
        where: { postcode },
        create: { postcode, name: `Отделение ${postcode}`, type: "ОПС", region: "Москва" },
        update: {},
      });
    }
  });

  afterAll(async () => {
    await rm(storageDir, { recursive: true, force: true });
  });

  it("saves uploads, records them in the caller's transaction, and serves them to the applicant and staff in scope", async () => {
    const { caseId, token, filedEventId } = await createCase(OFFICE);
    const stored = await saveUploads(
      await inspected(fileOf(png1x1(), "photo.jpg"), fileOf(minimalPdf(), "квитанция.pdf")),
    );

    expect(stored.map((s) => [s.fileName, s.contentType, s.size])).toEqual([
      ["photo.png", "image/png", png1x1().length],
      ["квитанция.pdf", "application/pdf", minimalPdf().length],
    ]);
    expect(stored[0].sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(stored[0].storageKey).not.toBe(stored[1].storageKey);

    await db.$transaction(async (tx) => {
      await tx.attachment.createMany({ data: attachmentRowsFor(stored, caseId, filedEventId) });
    });
    const rows = await db.attachment.findMany({ where: { caseId }, orderBy: { contentType: "desc" } });
    expect(rows.map((r) => [r.fileName, r.contentType, r.size, r.sha256, r.eventId])).toEqual([
      ["photo.png", "image/png", stored[0].size, stored[0].sha256, filedEventId],
      ["квитанция.pdf", "application/pdf", stored[1].size, stored[1].sha256, filedEventId],
    ]);

    // The bytes on disk are the bytes uploaded, under the row's key.
    const pdfRow = rows[1];
    const onDisk = await readFile(path.join(storageDir, pdfRow.storageKey.slice(0, 2), pdfRow.storageKey));
    expect(new Uint8Array(onDisk)).toEqual(minimalPdf());
    const file = await getStorage().get(pdfRow.storageKey);
    expect(new Uint8Array(await new Response(file!.body).arrayBuffer())).toEqual(minimalPdf());

    expect((await findAttachmentForApplicant(pdfRow.id, token))?.id).toBe(pdfRow.id);
    expect((await findAttachmentForStaff(pdfRow.id, staff("OPERATOR")))?.id).toBe(pdfRow.id);
    expect((await findAttachmentForStaff(pdfRow.id, staff("OFFICE_HEAD", [OTHER_OFFICE, OFFICE])))?.id).toBe(pdfRow.id);
  });

  it("hides an attachment from another case's applicant, from a wrong token and from an office head of other offices", async () => {
    const mine = await createCase(OFFICE);
    const someoneElse = await createCase(OFFICE);
    const [upload] = await saveUploads(await inspected(fileOf(png1x1(), "двор.png")));
    await db.attachment.createMany({ data: attachmentRowsFor([upload], mine.caseId) });
    const row = await db.attachment.findUniqueOrThrow({ where: { storageKey: upload.storageKey } });

    expect(await findAttachmentForApplicant(row.id, someoneElse.token)).toBeNull();
    expect(await findAttachmentForApplicant(row.id, newLinkToken().token)).toBeNull();
    expect(await findAttachmentForApplicant(row.id, "")).toBeNull();
    expect(await findAttachmentForApplicant("not-a-uuid", mine.token)).toBeNull();
    expect(await findAttachmentForApplicant(randomUUID(), mine.token)).toBeNull();
    expect(await findAttachmentForStaff(row.id, staff("OFFICE_HEAD", [OTHER_OFFICE]))).toBeNull();
    expect(await findAttachmentForStaff(row.id, staff("OFFICE_HEAD", []))).toBeNull();
    expect(await findAttachmentForStaff("../etc", staff("ADMIN"))).toBeNull();
  });

  it("keeps an office head away from cases of no office", async () => {
    const { caseId } = await createCase(null);
    const [upload] = await saveUploads(await inspected(fileOf(png1x1(), "очередь.png")));
    await db.attachment.createMany({ data: attachmentRowsFor([upload], caseId) });
    const row = await db.attachment.findUniqueOrThrow({ where: { storageKey: upload.storageKey } });
    expect(await findAttachmentForStaff(row.id, staff("OFFICE_HEAD", [OFFICE]))).toBeNull();
    expect((await findAttachmentForStaff(row.id, staff("SUPERVISOR")))?.id).toBe(row.id);
  });

  it("ties attachments to the event that brought them", async () => {
    const { caseId } = await createCase(OFFICE);
    const event = await db.caseEvent.create({ data: { caseId, kind: "APPLICANT_COMMENT" } });
    const stored = await saveUploads(await inspected(fileOf(png1x1(), "ещё.png")));
    await db.attachment.createMany({ data: attachmentRowsFor(stored, caseId, event.id) });
    expect(await db.attachment.count({ where: { eventId: event.id } })).toBe(1);
  });

  it("removes the files again when the transaction that should record them fails", async () => {
    const { caseId } = await createCase(OFFICE);
    const before = await filesOnDisk();
    const stored = await saveUploads(await inspected(fileOf(png1x1(), "a.png"), fileOf(minimalPdf(), "b.pdf")));
    expect((await filesOnDisk()).length).toBe(before.length + 2);

    const failing = db.$transaction(async (tx) => {
      await tx.attachment.createMany({ data: attachmentRowsFor(stored, caseId) });
      throw new Error("the case could not be filed");
    });
    await expect(failing).rejects.toThrow("the case could not be filed");
    await discardUploads(stored);

    expect(await db.attachment.count({ where: { caseId } })).toBe(0);
    expect((await filesOnDisk()).sort()).toEqual(before.sort());
    for (const upload of stored) expect(await getStorage().get(upload.storageKey)).toBeNull();
    // Discarding twice, or what is already gone, is harmless.
    await expect(discardUploads(stored)).resolves.toBeUndefined();
  });
});
